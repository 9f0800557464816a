const E=require('exceljs');
const fs=require('fs');const path=require('path');
const OUT=process.argv[2]??'/tmp/round48b/cases';fs.rmSync(OUT,{recursive:true,force:true});fs.mkdirSync(OUT,{recursive:true});
let seed=4811;function rnd(){seed=(seed*1103515245+12345)%2147483648;return seed/2147483648;}
function ri(a,b){return a+Math.floor(rnd()*(b-a+1));}
const r1=x=>Math.round(x*10)/10;
const TOWNS=['城关镇','东关街道','西城街道','龙泉镇','石桥镇','柳河乡','大王庄镇','高庙乡','白沙镇','青山镇'];
const DISTRICTS=['东湖区','西山区','南河县','北塘县','临江县','丰乐县'];
const CATS={S1:['非公有制企业','社会组织'],S2:['规模以上企业','规模以下企业'],S3:['单独建立','联合建立','未建立']};
const FIELDS={S1:[['n','单位数（个）'],['est','已建立党组织数（个）'],['cov','覆盖率（%）'],['mem','党员数（人）'],['ins','选派党建指导员数（人）']],
 S2:[['n','企业数（个）'],['est','已建立党组织数（个）'],['cov','覆盖率（%）'],['mem','党员数（人）'],['ins','选派党建指导员数（人）']],
 S3:[['n','企业数（个）'],['emp','职工数（人）'],['mem','党员数（人）'],['ins','选派党建指导员数（人）']]};
function genCat(set,ci,zero){
  if(zero) return {n:0,est:0,mem:0,ins:0,emp:0};
  let n,est;
  if(set==='S1'){n=ci==0?ri(12,70):ri(3,22);est=Math.max(1,Math.round(n*(0.35+rnd()*0.5)));}
  else if(set==='S2'){n=ci==0?ri(4,18):ri(15,80);est=Math.round(n*(ci==0?0.7+rnd()*0.3:0.2+rnd()*0.4));}
  else {n=ci==2?ri(5,40):ri(2,20);est=ci==2?0:n;}
  const mem=est*ri(3,7)+ri(0,9)+(set==='S3'&&ci==2?ri(0,6):0);
  const ins=Math.min(n,ri(Math.floor(n/4),Math.floor(n/2)+1));
  const emp=n*ri(15,90);
  return {n,est,mem,ins,emp};
}
function addCov(o){o.cov=o.n?r1(o.est/o.n*100):'—';return o;}
function sumOf(list){const s={n:0,est:0,mem:0,ins:0,emp:0};for(const o of list)for(const k in s)s[k]+=o[k];return addCov(s);}
function genUnits(set,names,zeroIdx){
  return names.map((nm,i)=>{const cats=CATS[set].map((c,ci)=>addCov(genCat(set,ci,zeroIdx===i&&ci==1)));return {name:nm,cats,tot:sumOf(cats)};});
}
function county(set,units){const cats=CATS[set].map((c,ci)=>sumOf(units.map(u=>u.cats[ci])));return {cats,tot:sumOf(cats)};}
const cn='ABCDEFGHIJKLMNOPQRSTUVWXYZ';const col=i=>cn[i];

// sheet model: rows (arrays, 0-based cols), merges ['A1:B2'], styles {addr:{indent}}, keys {key:addr}
function newSheet(name){return {name,rows:[],merges:[],indent:{},keys:{},fmt:{}};}
function put(sh,r,c,v){while(sh.rows.length<=r)sh.rows.push([]);sh.rows[r][c]=v;}
function head(sh,title,ncol,opt){
  put(sh,0,0,title);sh.merges.push(`A1:${col(ncol-1)}1`);
  put(sh,1,0,opt.unit||'填报单位：中共'+(opt.place||'临江县')+'委组织部（盖章）');put(sh,1,ncol-2,'填报时间：2025年12月31日');
  put(sh,2,0,'单位：个、人、%');
  return 3;
}
function foot(sh,r,notes){notes.forEach((t,i)=>put(sh,r+i,0,t));put(sh,r+notes.length,0,'填表人：王晓丽　　　审核人：陈建国　　　联系电话：0571-8xxxxxxx');}

// long layout
function longSheet(name,set,units,cty,o){
  const sh=newSheet(name);const F=o.fields||FIELDS[set];const cats=CATS[set];
  const oneLabel=o.town==='indent-space'||o.town==='indent-align';
  const lc=oneLabel?1:2;const ncol=lc+F.length;
  let r=head(sh,o.title,ncol,o);
  if(oneLabel){put(sh,r,0,o.labelHead||'乡镇（街道）/类别');}else{put(sh,r,0,o.aHead||'乡镇（街道）');put(sh,r,1,'类别');}
  F.forEach((f,i)=>put(sh,r,lc+i,f[1]));r++;
  const block=(u,uname,isCounty)=>{
    // rows order
    let order=[];const totLabel=isCounty?"合计":(o.totLabel||"合计");
    if(o.totPos==='last') order=[...cats.map((c,ci)=>[c,u.cats[ci]]),[totLabel,u.tot]];
    else order=[[totLabel,u.tot],...cats.map((c,ci)=>[c,u.cats[ci]])];
    if(isCounty && o.totPos==='last' && o.countyTotFirst) order=[['合计',u.tot],...cats.map((c,ci)=>[c,u.cats[ci]])];
    const start=r;
    if(oneLabel){
      if(o.totPos==='last'){ // header row with no figures
        put(sh,r,0,uname);r++;
        for(const [lab,d] of order){const ind=o.town==='indent-space';put(sh,r,0,ind?'　　'+lab:lab);if(!ind)sh.indent[`A${r+1}`]=2;
          F.forEach((f,i)=>{put(sh,r,lc+i,d[f[0]]);sh.keys[`${uname}|${lab}|${f[0]}`]=`${col(lc+i)}${r+1}`;});r++;}
      } else {
        for(const [lab,d] of order){const isTot=lab===totLabel;const ind=o.town==='indent-space';
          const text=isTot?uname:(ind?'　　'+lab:lab);put(sh,r,0,text);if(!isTot&&!ind)sh.indent[`A${r+1}`]=2;
          F.forEach((f,i)=>{put(sh,r,lc+i,d[f[0]]);sh.keys[`${uname}|${lab}|${f[0]}`]=`${col(lc+i)}${r+1}`;});r++;}
      }
    } else {
      for(const [lab,d] of order){put(sh,r,1,lab);F.forEach((f,i)=>{put(sh,r,lc+i,d[f[0]]);sh.keys[`${uname}|${lab}|${f[0]}`]=`${col(lc+i)}${r+1}`;});r++;}
      put(sh,start,0,uname);
      if(o.town==='merged') sh.merges.push(`A${start+1}:A${r}`);
      else if(o.town==='repeat') for(let k=start+1;k<r;k++) put(sh,k,0,uname);
    }
  };
  const cname=o.countyName||'全县合计';
  if(o.countyPos==='top') block(cty,cname,true);
  for(const u of units) block(u,u.name,false);
  if(o.countyPos==='bottom') block(cty,cname,true);
  F.forEach((f,i)=>{if(f[0]==='cov')sh.fmt[col(lc+i)]='0.0';});
  foot(sh,r+1,o.notes||['注：1.覆盖率=已建立党组织数÷单位数×100%，保留一位小数；','2.党员数指在本单位党组织中的党员，含流动党员；','3.本表由各乡镇（街道）党（工）委汇总后报县委组织部。']);
  return sh;
}
// period layout: A = year, B = category
function periodSheet(name,set,years,o){
  const sh=newSheet(name);const F=FIELDS[set];const cats=CATS[set];const ncol=2+F.length;
  let r=head(sh,o.title,ncol,o);put(sh,r,0,'年度');put(sh,r,1,'类别');F.forEach((f,i)=>put(sh,r,2+i,f[1]));r++;
  for(const y of years){const start=r;const order=[['合计',y.tot],...cats.map((c,ci)=>[c,y.cats[ci]])];
    for(const [lab,d] of order){put(sh,r,1,lab);F.forEach((f,i)=>{put(sh,r,2+i,d[f[0]]);sh.keys[`${y.name}|${lab}|${f[0]}`]=`${col(2+i)}${r+1}`;});r++;}
    put(sh,start,0,y.name);if(o.town!=='first')sh.merges.push(`A${start+1}:A${r}`);}
  F.forEach((f,i)=>{if(f[0]==='cov')sh.fmt[col(2+i)]='0.0';});
  foot(sh,r+1,['注：覆盖率=已建立党组织数÷单位数×100%。']);return sh;
}
// wide layout: towns as rows, category blocks as column groups (2-row header)
function wideSheet(name,set,units,cty,o){
  const sh=newSheet(name);const F=(o.wideFields||FIELDS[set]);const cats=CATS[set];
  const groups=[['合计',null],...cats.map((c,ci)=>[c,ci])];const ncol=1+groups.length*F.length;
  let r=head(sh,o.wideTitle||o.title,ncol,o);
  put(sh,r,0,o.aHead||'乡镇（街道）');sh.merges.push(`A${r+1}:A${r+2}`);
  groups.forEach(([g],gi)=>{const c0=1+gi*F.length;put(sh,r,c0,g);sh.merges.push(`${col(c0)}${r+1}:${col(c0+F.length-1)}${r+1}`);F.forEach((f,i)=>put(sh,r+1,c0+i,f[1]));});
  r+=2;
  const row=(u,nm)=>{put(sh,r,0,nm);groups.forEach(([g,ci],gi)=>{const d=ci===null?u.tot:u.cats[ci];F.forEach((f,i)=>{put(sh,r,1+gi*F.length+i,d[f[0]]);sh.keys[`W|${nm}|${g}|${f[0]}`]=`${col(1+gi*F.length+i)}${r+1}`;});});r++;};
  const cname=o.countyName||'全县合计';
  if(o.countyPos!=='bottom')row(cty,cname);for(const u of units)row(u,u.name);if(o.countyPos==='bottom')row(cty,cname);
  groups.forEach((g,gi)=>F.forEach((f,i)=>{if(f[0]==='cov')sh.fmt[col(1+gi*F.length+i)]='0.0';}));
  foot(sh,r+1,['注：本表与“分类汇总”表数据口径一致。']);return sh;
}
async function write(file,sheets){
  const wb=new E.Workbook();
  for(const s of sheets){const ws=wb.addWorksheet(s.name);
    s.rows.forEach((row,ri_)=>{(row||[]).forEach((v,ci)=>{if(v===undefined)return;const c=ws.getCell(ri_+1,ci+1);c.value=v;const f=s.fmt[col(ci)];if(f&&typeof v==='number'&&ri_>3)c.numFmt=f;});});
    for(const a in s.indent) ws.getCell(a).alignment={indent:s.indent[a]};
    for(const m of s.merges) ws.mergeCells(m);
    ws.getColumn(1).width=14;ws.getColumn(2).width=14;
  }
  await wb.xlsx.writeFile(path.join(OUT,file));
}
function clone(x){return JSON.parse(JSON.stringify(x));}
const manifest={};const cases=[];
function T(set,y){return set==='S3'?`${y||2025}年度非公有制企业党组织组建情况统计表`:set==='S2'?`${y||2025}年度非公有制企业党建工作统计表（按规模）`:`${y||2025}年度“两新”组织党建工作情况统计表`;}
function mk(name,build){cases.push({name,build});}
// ---- clean layouts ----
function L(set,n,o,zero){const units=genUnits(set,TOWNS.slice(0,n),zero);const cty=county(set,units);return {units,cty,o:Object.assign({title:T(set)},o),set};}
const defs=[
 ['c01_merged_top.xlsx',()=>{const d=L('S1',5,{town:'merged',countyPos:'top'});return ()=>[longSheet('分类汇总',d.set,d.units,d.cty,d.o)];}],
 ['c02_merged_bottom.xlsx',()=>{const d=L('S1',6,{town:'merged',countyPos:'bottom'});return ()=>[longSheet('分类汇总',d.set,d.units,d.cty,d.o)];}],
 ['c03_firstonly_top.xlsx',()=>{const d=L('S1',5,{town:'first',countyPos:'top'});return ()=>[longSheet('Sheet1',d.set,d.units,d.cty,d.o)];}],
 ['c04_firstonly_bottom_S2.xlsx',()=>{const d=L('S2',6,{town:'first',countyPos:'bottom'});return ()=>[longSheet('规模分类',d.set,d.units,d.cty,d.o)];}],
 ['c05_indent_space.xlsx',()=>{const d=L('S1',5,{town:'indent-space',countyPos:'top'});return ()=>[longSheet('汇总表',d.set,d.units,d.cty,d.o)];}],
 ['c06_indent_align.xlsx',()=>{const d=L('S1',5,{town:'indent-align',countyPos:'bottom'});return ()=>[longSheet('汇总表',d.set,d.units,d.cty,d.o)];}],
 ['c07_xiaoji_last.xlsx',()=>{const d=L('S1',5,{town:'merged',countyPos:'bottom',totPos:'last',totLabel:'小计',countyTotFirst:false});return ()=>[longSheet('分类汇总',d.set,d.units,d.cty,d.o)];}],
 ['c08_xiaoji_indent.xlsx',()=>{const d=L('S2',5,{town:'indent-space',countyPos:'top',totPos:'last',totLabel:'小计'});return ()=>[longSheet('分类汇总',d.set,d.units,d.cty,d.o)];}],
 ['c09_period.xlsx',()=>{const ys=['2024年','2025年'].map(y=>{const c=CATS.S1.map((x,ci)=>addCov(genCat('S1',ci)));c.forEach(o=>{o.n*=6;o.est*=6;o.mem*=6;o.ins*=5;addCov(o);});return {name:y,cats:c,tot:sumOf(c)};});return ()=>[periodSheet('年度对比','S1',ys,{title:'2024—2025年“两新”组织党建工作对比表'})];}],
 ['c10_period_S2_firstonly.xlsx',()=>{const ys=['2024年','2025年'].map(y=>{const c=CATS.S2.map((x,ci)=>addCov(genCat('S2',ci)));c.forEach(o=>{o.n*=7;o.est*=7;o.mem*=7;addCov(o);});return {name:y,cats:c,tot:sumOf(c)};});return ()=>[periodSheet('年度对比','S2',ys,{title:'非公有制企业党建工作年度对比表',town:'first'})];}],
 ['c11_S3_merged.xlsx',()=>{const d=L('S3',6,{town:'merged',countyPos:'top'});return ()=>[longSheet('组建方式',d.set,d.units,d.cty,d.o)];}],
 ['c12_S3_firstonly_bottom.xlsx',()=>{const d=L('S3',5,{town:'first',countyPos:'bottom'});return ()=>[longSheet('组建方式',d.set,d.units,d.cty,d.o)];}],
 ['c13_long_plus_wide.xlsx',()=>{const d=L('S1',5,{town:'merged',countyPos:'top'});return ()=>[longSheet('分类汇总',d.set,d.units,d.cty,d.o),wideSheet('横表',d.set,d.units,d.cty,d.o)];}],
 ['c14_long_plus_wide_bottom.xlsx',()=>{const d=L('S2',6,{town:'first',countyPos:'bottom'});return ()=>[longSheet('分类',d.set,d.units,d.cty,d.o),wideSheet('汇总（横）',d.set,d.units,d.cty,d.o)];}],
 ['c15_wide_S3_plus_long.xlsx',()=>{const d=L('S3',5,{town:'merged',countyPos:'bottom'});return ()=>[wideSheet('按乡镇',d.set,d.units,d.cty,d.o),longSheet('按组建方式',d.set,d.units,d.cty,d.o)];}],
 ['c16_zero_socorg.xlsx',()=>{const d=L('S1',6,{town:'merged',countyPos:'top'},2);return ()=>[longSheet('分类汇总',d.set,d.units,d.cty,d.o)];}],
 ['c17_city_districts.xlsx',()=>{const units=genUnits('S1',DISTRICTS,null);units.forEach(u=>{u.cats.forEach(c=>{c.n*=8;c.est*=8;c.mem*=8;c.ins*=4;addCov(c);});u.tot=sumOf(u.cats);});const cty=county('S1',units);return ()=>[longSheet('全市汇总','S1',units,cty,{title:'2025年全市“两新”组织党建工作统计表',town:'merged',countyPos:'top',countyName:'全市合计',aHead:'县（市、区）',place:'江州市',unit:'填报单位：中共江州市委组织部'})];}],
 ['c18_xiaoji_first_total_bottom.xlsx',()=>{const d=L('S1',5,{town:'first',countyPos:'bottom',totLabel:'小计'});return ()=>[longSheet('分类汇总',d.set,d.units,d.cty,d.o)];}],
 ['c19_two_years_sheets.xlsx',()=>{const a=L('S1',5,{town:'merged',countyPos:'top',title:T('S1',2024)});const b=L('S1',5,{town:'merged',countyPos:'top',title:T('S1',2025)});return ()=>[longSheet('2024年',a.set,a.units,a.cty,a.o),longSheet('2025年',b.set,b.units,b.cty,b.o)];}],
 ['c20_repeat_names_zongji.xlsx',()=>{const d=L('S1',7,{town:'repeat',countyPos:'bottom',countyName:'总计'},4);return ()=>[longSheet('分类汇总',d.set,d.units,d.cty,d.o),wideSheet('横表',d.set,d.units,d.cty,d.o)];}],
];
// plants: [clean file, key, mutate(value)->value, note, newname]
const plants=[
 ['c01_merged_top.xlsx','龙泉镇|非公有制企业|n',v=>v+3,'龙泉镇 非公有制企业 单位数 +3 (town 合计 and 全县 no longer match)'],
 ['c02_merged_bottom.xlsx','东关街道|合计|est',v=>v-2,'东关街道 合计 已建立党组织数 −2'],
 ['c03_firstonly_top.xlsx','全县合计|社会组织|mem',v=>v+10,'全县合计 社会组织 党员数 +10'],
 ['c04_firstonly_bottom_S2.xlsx','西城街道|规模以下企业|est',v=>v+4,'西城街道 规模以下企业 已建立 +4'],
 ['c05_indent_space.xlsx','石桥镇|社会组织|n',v=>v+2,'石桥镇 社会组织 单位数 +2 (indented label)'],
 ['c06_indent_align.xlsx','城关镇|合计|mem',v=>v+30,'城关镇 (town row = total) 党员数 +30'],
 ['c07_xiaoji_last.xlsx','龙泉镇|小计|ins',v=>v+1,'龙泉镇 小计 指导员数 +1'],
 ['c08_xiaoji_indent.xlsx','东关街道|规模以上企业|n',v=>v-1,'东关街道 规模以上企业 企业数 −1 (indented, 小计 last)'],
 ['c09_period.xlsx','2025年|非公有制企业|est',v=>v+5,'2025年 非公有制企业 已建立 +5'],
 ['c11_S3_merged.xlsx','柳河乡|联合建立|mem',v=>v+7,'柳河乡 联合建立 党员数 +7'],
 ['c13_long_plus_wide.xlsx','W|石桥镇|社会组织|n',v=>v+1,'wide sheet 石桥镇 社会组织 单位数 +1 (long sheet unchanged)'],
 ['c14_long_plus_wide_bottom.xlsx','城关镇|规模以上企业|mem',v=>v+20,'long sheet 城关镇 规模以上企业 党员数 +20 (wide unchanged)'],
 ['c16_zero_socorg.xlsx','龙泉镇|非公有制企业|cov',v=>r1(v+6.3),'龙泉镇 非公有制企业 覆盖率 changed'],
 ['c17_city_districts.xlsx','全市合计|合计|n',v=>v+100,'全市合计 合计 单位数 +100'],
 ['c20_repeat_names_zongji.xlsx','大王庄镇|合计|cov',v=>r1(v-10),'大王庄镇 合计 覆盖率 −10'],
];
(async()=>{
  const built={};
  for(const [f,def] of defs){const b=def();const sheets=b();built[f]=b;await write(f,sheets);manifest[f]=null;}
  for(let [f,key,mut,note] of plants){const sheets=built[f]();let hit=null;
    for(const s of sheets){const a=s.keys[key];if(a){const m=a.match(/([A-Z]+)(\d+)/);const c=cn.indexOf(m[1]),r=+m[2]-1;const old=s.rows[r][c];s.rows[r][c]=mut(old);hit=`${s.name}!${a}`;note+=` (${old}→${s.rows[r][c]})`;break;}}
    if(!hit) throw new Error('no key '+key+' in '+f);
    const nf=f.replace(/^c/,'p');await write(nf,sheets);manifest[nf]={cell:hit,note};}
  fs.writeFileSync(path.join(OUT,'manifest.json'),JSON.stringify(manifest,null,1));
  console.log(Object.keys(manifest).length,'files');
})();
