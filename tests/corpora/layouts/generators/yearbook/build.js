const {write}=require('./lib');
(async()=>{const all=[...require('./gen1'),...require('./gen2'),...require('./gen3'),...require('./gen4'),...require('./gen5'),...require('./gen6')];
for(const s of all){s.file=require('path').join(__dirname,'../../yearbook',s.file);await write(s);if(s._check)console.log(s.file,JSON.stringify(s._check()));}
console.log(all.length,'written');})();
