const ExcelJS=require('exceljs');const fs=require('fs');
process.chdir(__dirname); // writes clean/ and planted/ beside itself
let seed=12345;function rnd(){seed|=0;seed=seed+0x6D2B79F5|0;let t=Math.imul(seed^seed>>>15,1|seed);t=t+Math.imul(t^t>>>7,61|t)^t;return((t^t>>>14)>>>0)/4294967296;}
const ri=(a,b)=>a+Math.floor(rnd()*(b-a+1));const pick=a=>a[Math.floor(rnd()*a.length)];
const r1=x=>Math.round(x*10)/10, r2=x=>Math.round(x*100)/100, r0=x=>Math.round(x);
const pct=(n,o)=>r1((n/o-1)*100);
const TOWNS=['城关镇','新街镇','河口乡','石桥镇','大坪乡','龙泉镇','白沙乡','柳树镇','马家乡','青山镇','黄土岭乡','东风镇','永安乡','和平镇','长岭乡','金山镇'];
const VIL=['王家庄村','李家湾村','张庄村','红星村','前进村','东沟村','西坪村','杨树村','高家岭村','石门村','新华村','花园村','柏树村','中心村','桃园村','团结村','胜利村','双河村','三合村','枣林村','北坡村','南湾村','大营村','小河村'];
function shuffle(a){a=a.slice();for(let i=a.length-1;i>0;i--){const j=ri(0,i);[a[i],a[j]]=[a[j],a[i]];}return a;}
// sheet builder
class S{constructor(name){this.name=name;this.grid=[];this.merges=[];this.meta={};this.fmt={};}
 row(a){this.grid.push(a);return this.grid.length;} // returns 1-based row
 mark(r,c,kind,what){this.meta[r+','+c]={kind,what};}
 merge(s){this.merges.push(s);} }
const col=c=>{let s='';c++;while(c>0){const m=(c-1)%26;s=String.fromCharCode(65+m)+s;c=Math.floor((c-1)/26);}return s;};
const addr=(r,c)=>col(c)+r;
// ---------- crops ----------
function cropData(unitMu){const f=unitMu?15:1; // area in ha then maybe *15
 const items=[]; const mk=(name,aLo,aHi,yLo,yHi)=>{const a=ri(aLo,aHi)*f;const y=ri(yLo,yHi);const p=r0(a/f*y/1000);return {name,a,p};};
 const rice=mk('稻谷',8000,20000,6500,8200),wheat=mk('小麦',3000,15000,5200,6500),corn=mk('玉米',5000,18000,5600,7200),og=mk('其他谷物',100,900,2500,4000);
 const soy=mk('大豆',800,3000,1800,2600),obean=mk('杂豆',100,500,1400,2200);const tuber=mk('薯类（折粮）',1000,4000,3500,5200);
 const pn=mk('花生',1000,5000,3200,4300),rape=mk('油菜籽',2000,8000,1800,2500),oo=mk('其他油料',50,400,1200,2000);
 const veg=mk('蔬菜',3000,9000,30000,45000);const oth={name:'其他作物',a:ri(500,3000)*f};
 const S_=(name,ch)=>({name,a:ch.reduce((s,x)=>s+x.a,0),p:ch.reduce((s,x)=>s+x.p,0),ch});
 const grain=S_('谷物',[rice,wheat,corn,og]);const beans=S_('豆类',[soy,obean]);const fg=S_('粮食作物',[grain,beans,tuber]);const oil=S_('油料',[pn,rape,oo]);
 const tot={name:'农作物总播种面积',a:fg.a+oil.a+veg.a+oth.a,ch:[fg,oil,veg,oth],p:null,noP:true};
 return {tot,fg,grain,beans,tuber,oil,veg,oth};}
function flatten(node,depth,out,style){out.push({node,depth});if(node.ch)node.ch.forEach(c=>flatten(c,depth+1,out,style));return out;}
function label(name,depth,style){if(style==='indent')return '\u3000'.repeat(depth)+name;if(style==='qizhong')return depth>0&&depth<3?(depth==1?'':'')+name:name; if(style==='hash')return (depth>0?'#':'')+name; return name;}
function cropSheet(v){const s=new S(v.sheet||'播种面积和产量');const mu=v.mu;const d=cropData(mu==='mu');
 s.row([`${v.year||2024}年主要农作物播种面积和产量`]);s.merge('A1:D1');
 const au=mu==='mu'?'亩':'公顷';const yu=(mu==='mu'||mu==='ha-mu')?'公斤/亩':'公斤/公顷';
 if(v.unitRow){s.row(['','','',`单位：${au}、吨、${yu}`]);s.row(['项目','播种面积','总产量','单产']);}
 else s.row(['项目',`播种面积（${au}）`,'总产量（吨）',`单产（${yu}）`]);
 const rows=flatten(d.tot,0,[]);
 for(const {node,depth} of rows){let nm=label(node.name,depth,v.style);
  if(v.style==='qizhong'&&node.name==='谷物')nm='其中：谷物';
  const a=node.a,p=node.p;let y=null;
  if(p!=null){y=mu==='ha-mu'?r0(p*1000/(a*15)):r0(p*1000/a); if(v.y1){y=mu==='ha-mu'?r1(p*1000/(a*15)):r1(p*1000/a);} }
  const r=s.row([nm,a,p==null?(v.dash?'—':null):p,y==null?(v.dash?'—':null):y]);
  s.mark(r,1,node.ch?'total':'part','播种面积 '+node.name);if(p!=null){s.mark(r,2,node.ch?'total':'part','总产量 '+node.name);s.mark(r,3,'yield','单产 '+node.name);}
  if(v.y1)s.fmt[r+',3']='0.0';}
 s.row([]);s.row(['注：1.粮食作物包括谷物、豆类和薯类，薯类按5公斤鲜薯折1公斤粮食计算。']);s.row(['    2.总播种面积包括其他作物，其他作物不计产量。']);return s;}
function cropTwoYear(v){const s=new S(v.sheet||'农作物');const a=cropData(false),b=cropData(false);
 s.row(['主要农作物播种面积和产量（2023—2024年）']);s.merge('A1:G1');
 s.row(['项目','播种面积（公顷）','','','总产量（吨）','','']);s.merge('B2:D2');s.merge('E2:G2');s.merge('A2:A3');
 s.row(['','2023年','2024年','增减（%）','2023年','2024年','增减（%）']);
 const ra=flatten(a.tot,0,[]),rb=flatten(b.tot,0,[]);
 ra.forEach(({node,depth},i)=>{const n2=rb[i].node;const p1=node.p,p2=n2.p;
  const r=s.row([label(node.name,depth,'indent'),node.a,n2.a,pct(n2.a,node.a),p1==null?'—':p1,p2==null?'—':p2,p1==null?'—':pct(p2,p1)]);
  s.mark(r,2,node.ch?'total':'part','2024面积 '+node.name);s.mark(r,3,'pct','面积增减 '+node.name);if(p1!=null){s.mark(r,5,node.ch?'total':'part','2024产量 '+node.name);s.mark(r,6,'pct','产量增减 '+node.name);}
  s.fmt[r+',3']='0.0';s.fmt[r+',6']='0.0';});
 s.row(['资料来源：县农业农村局、县统计局']);return s;}
// ---------- towns ----------
function townSheet(v){const s=new S(v.sheet||'分乡镇农业');const towns=shuffle(TOWNS).slice(0,v.n||ri(8,14));
 s.row([(v.year||2024)+'年分乡镇农业生产情况']);
 const hdrTop=['乡镇','耕地面积（亩）','粮食产量（吨）','农村居民人均可支配收入（元）','农林牧渔业总产值（万元）','','','','',''];
 const hdr2=['','','','','合计','农业','林业','牧业','渔业','农林牧渔服务业'];
 if(v.withPop){hdrTop.splice(1,0,'乡村人口（人）');hdr2.splice(1,0,'');}
 s.row(hdrTop);s.row(hdr2);const off=v.withPop?1:0;s.merge(`${col(4+off)}2:${col(9+off)}2`);for(let c=0;c<4+off;c++)s.merge(`${col(c)}2:${col(c)}3`);
 const data=towns.map(t=>{const parts=[ri(8000,40000),ri(500,4000),ri(3000,20000),ri(0,3000),ri(300,2000)].map(x=>x/10);const tot=r1(parts.reduce((a,b)=>a+b,0));
  return {t,pop:ri(12000,60000),land:ri(20000,90000),grain:ri(8000,40000),inc:ri(14000,23000),parts:parts.map(r1),tot};});
 const T={pop:data.reduce((a,d)=>a+d.pop,0),land:data.reduce((a,d)=>a+d.land,0),grain:data.reduce((a,d)=>a+d.grain,0),parts:[0,1,2,3,4].map(i=>r1(data.reduce((a,d)=>a+d.parts[i]*10,0)/10))};
 T.tot=r1(T.parts.reduce((a,b)=>a*10+b*10,0)/10);T.tot=r1(data.reduce((a,d)=>a+d.tot*10,0)/10);
 T.inc=r0(data.reduce((a,d)=>a+d.inc*d.pop,0)/T.pop);
 const line=(lab,d)=>{const a=[lab];if(v.withPop)a.push(d.pop);a.push(d.land,d.grain,d.inc,d.tot,...d.parts);return a;};
 const mk=(r,isT,nm)=>{s.mark(r,1+off,isT?'total':'part','耕地 '+nm);s.mark(r,2+off,isT?'total':'part','粮食 '+nm);s.mark(r,4+off,isT?'total':'whole','总产值 '+nm);s.mark(r,5+off,isT?'total':'part','农业产值 '+nm);s.mark(r,7+off,isT?'total':'part','牧业产值 '+nm);for(let c=4+off;c<=9+off;c++)s.fmt[r+','+c]='0.0';};
 if(!v.totalBottom){const r=s.row(line(v.totLabel||'全县',T));mk(r,true,'全县');}
 for(const d of data){const r=s.row(line(d.t,d));mk(r,false,d.t);}
 if(v.totalBottom){const r=s.row(line(v.totLabel||'全县',T));mk(r,true,'全县');}
 s.row(['注：全县农村居民人均可支配收入为按乡村人口加权的平均数。']);return s;}
// ---------- livestock ----------
function livestock(v){const s=new S(v.sheet||'畜牧业');const Y=[{},{}];
 for(const y of Y){y.pigOut=r2(ri(3000,9000)/100);y.pigStock=r2(ri(2000,6000)/100);y.sow=r2(y.pigStock*ri(9,12)/100);y.cattleOut=r2(ri(50,400)/100);y.cattleStock=r2(ri(100,800)/100);y.sheepOut=r2(ri(100,1200)/100);y.poultry=r2(ri(300,2000)/100);
  y.pork=ri(20000,70000);y.beef=ri(500,5000);y.mutton=ri(500,4000);y.poultryMeat=ri(3000,20000);y.meat=y.pork+y.beef+y.mutton+y.poultryMeat;y.egg=ri(5000,20000);y.milk=ri(500,8000);}
 s.row(['主要畜产品产量及存出栏情况']);
 const rows=[['生猪出栏','万头','pigOut'],['年末生猪存栏','万头','pigStock'],['  其中：能繁母猪','万头','sow'],['牛出栏','万头','cattleOut'],['年末牛存栏','万头','cattleStock'],['羊出栏','万只','sheepOut'],['家禽出栏','万只','poultry'],['肉类总产量','吨','meat'],['  猪肉','吨','pork'],['  牛肉','吨','beef'],['  羊肉','吨','mutton'],['  禽肉','吨','poultryMeat'],['禽蛋产量','吨','egg'],['牛奶产量','吨','milk']];
 if(v.unitCol){s.row(['指标','计量单位','2023年','2024年','2024年比2023年增长（%）']);
  for(const [n,u,k] of rows){const r=s.row([n,u,Y[0][k],Y[1][k],pct(Y[1][k],Y[0][k])]);s.fmt[r+',4']='0.0';if(u==='万头'||u==='万只'){s.fmt[r+',2']='0.00';s.fmt[r+',3']='0.00';}
   s.mark(r,3,k==='meat'?'total':(['pork','beef','mutton','poultryMeat'].includes(k)?'part':(k==='sow'?'part':'value')),'2024 '+n.trim());s.mark(r,4,'pct','增长 '+n.trim());}}
 else {s.row(['指标','2023年','2024年','增减（%）']);
  for(const [n,u,k] of rows){const r=s.row([n.replace(/^(\s*)(其中：)?(.*)$/,(m,a,b,c)=>a+(b||'')+c)+'（'+u+'）',Y[0][k],Y[1][k],pct(Y[1][k],Y[0][k])]);s.fmt[r+',3']='0.0';
   s.mark(r,2,k==='meat'?'total':(['pork','beef','mutton','poultryMeat','sow'].includes(k)?'part':'value'),'2024 '+n.trim());s.mark(r,3,'pct','增减 '+n.trim());}}
 s.row(['注：肉类总产量为猪、牛、羊、禽肉产量之和。']);return s;}
// ---------- villages ----------
function villages(v){const s=new S(v.sheet||'村级组织');const towns=shuffle(TOWNS).slice(0,v.nt||ri(2,4));let vl=shuffle(VIL);
 s.row([v.title||'各村基本情况及党员、集体经济统计表']);s.row(['填报单位：县委组织部','','','','','','',`统计时间：${v.year||2024}年12月31日`]);
 const H=v.twoCol?['乡镇','村名']:['村名'];const lc=H.length;
 s.row([...H,'户数（户）','人口（人）','党员数（名）','其中：女','60岁以上','村集体经济收入（万元）','其中：经营性收入']);
 const groups=towns.map(t=>{const n=ri(3,6);const vs=vl.splice(0,n).map(name=>{const hh=ri(180,900);const pop=r0(hh*(2.6+rnd()*0.9));const pm=ri(15,70);let fem=r0(pm*(0.15+rnd()*0.18));let old=r0(pm*(0.35+rnd()*0.25));if(v.overlap&&rnd()<0.5){old=pm-fem+ri(1,4);}
  const inc=r1(ri(80,1500)/10);const op=v.dashOp&&rnd()<0.3?null:r1(inc*(0.2+rnd()*0.7));return {name,hh,pop,pm,fem,old,inc,op};});
  const sum=k=>vs.reduce((a,x)=>a+(x[k]||0),0);return {t,vs,sub:{hh:sum('hh'),pop:sum('pop'),pm:sum('pm'),fem:sum('fem'),old:sum('old'),inc:r1(sum('inc')),op:r1(vs.reduce((a,x)=>a+(x.op||0)*10,0)/10)}};});
 const tsum=k=>groups.reduce((a,g)=>a+g.sub[k]*(k=='inc'||k=='op'?10:1),0)/(k=='inc'||k=='op'?10:1);
 const TT={hh:tsum('hh'),pop:tsum('pop'),pm:tsum('pm'),fem:tsum('fem'),old:tsum('old'),inc:r1(tsum('inc')),op:r1(tsum('op'))};
 const line=(labs,d)=>[...labs,d.hh,d.pop,d.pm,d.fem,d.old,d.inc,d.op==null?'—':d.op];
 const mk=(r,kind,nm)=>{['户数','人口','党员','女','60岁以上','集体收入','经营性'].forEach((w,i)=>s.mark(r,lc+i,kind,w+' '+nm));s.fmt[r+','+(lc+5)]='0.0';s.fmt[r+','+(lc+6)]='0.0';};
 if(v.totalTop){const r=s.row(line(v.twoCol?['合计','']:['合计'],TT));mk(r,'total','合计');}
 for(const g of groups){const subLab=v.twoCol?[g.t,'小计']:[v.subName?g.t:g.t+'小计'];
  if(!v.subBottom){const r=s.row(line(subLab,g.sub));mk(r,'subtotal',g.t+'小计');}
  const r0_=s.grid.length+1;g.vs.forEach((x,i)=>{const r=s.row(line(v.twoCol?[(v.subBottom&&i==0)?g.t:'',x.name]:[x.name],x));mk(r,'part',x.name);});
  if(v.subBottom){const r=s.row(line(v.twoCol?['','小计']:[g.t+'小计'],g.sub));mk(r,'subtotal',g.t+'小计');}}
 if(!v.totalTop){const r=s.row(line(v.twoCol?['合计','']:['合计'],TT));mk(r,'total','合计');}
 s.row(['注：“其中：女”“60岁以上”均为党员数中的人数，两者有交叉；“—”表示无经营性收入。']);return s;}
// ---------- rural income distribution ----------
function ruralIncome(v){const s=new S(v.sheet||'收益分配');const mkY=()=>{const y={agri:ri(80000,200000),forest:ri(3000,15000),animal:ri(30000,90000),fish:ri(1000,12000),ind:ri(20000,80000),cons:ri(10000,40000),trans:ri(8000,30000),comm:ri(10000,50000),serv:ri(8000,40000),oth:ri(2000,10000)};
  y.total=['agri','forest','animal','fish','ind','cons','trans','comm','serv','oth'].reduce((a,k)=>a+y[k],0);y.cost=r0(y.total*(0.45+rnd()*0.1));y.net=y.total-y.cost;y.tax=ri(100,800);y.coll=ri(2000,8000);y.farmer=y.net-y.tax-y.coll;y.pop=ri(200000,450000);y.pc=r0(y.farmer*10000/y.pop);return y;};
 const A=mkY(),B=mkY();s.row(['农村经济收益分配情况']);s.row(['','','','单位：万元']);s.row(['项目','2023年','2024年','增减（%）']);
 const rows=[['一、总收入','total'],['  1.农业收入','agri'],['  2.林业收入','forest'],['  3.牧业收入','animal'],['  4.渔业收入','fish'],['  5.工业收入','ind'],['  6.建筑业收入','cons'],['  7.运输业收入','trans'],['  8.商饮业收入','comm'],['  9.服务业收入','serv'],['  10.其他收入','oth'],['二、总费用','cost'],['三、净收入','net'],['  其中：国家税金','tax'],['       集体提留','coll'],['       农民所得','farmer']];
 for(const [n,k] of rows){const r=s.row([n,A[k],B[k],pct(B[k],A[k])]);s.fmt[r+',3']='0.0';s.mark(r,2,['total','net'].includes(k)?'total':'part','2024 '+n.trim());s.mark(r,3,'pct','增减 '+n.trim());}
 const r=s.row(['四、农村居民人均所得（元）',A.pc,B.pc,pct(B.pc,A.pc)]);s.fmt[r+',3']='0.0';s.row(['注：净收入=总收入-总费用；农民所得=净收入-国家税金-集体提留。']);return s;}
// ---------- land / fertiliser / machinery by town ----------
function landSheet(v){const s=new S(v.sheet||'耕地');const towns=shuffle(TOWNS).slice(0,ri(6,12));s.row(['分乡镇耕地面积及有效灌溉面积']);s.row(['','','','','','','单位：亩']);
 s.row(['乡镇','耕地面积','水田','水浇地','旱地','有效灌溉面积','其中：节水灌溉']);
 const D=towns.map(t=>{const w=ri(2000,30000),i=ri(0,8000),d=ri(3000,25000);const tot=w+i+d;const irr=r0(w*0.95+i*0.9);const sv=r0(irr*(0.1+rnd()*0.4));return [t,tot,w,i,d,irr,sv];});
 const T=['合计',...[1,2,3,4,5,6].map(c=>D.reduce((a,x)=>a+x[c],0))];
 const put=(x,kind)=>{const r=s.row(x);[1,2,3,4,5,6].forEach(c=>s.mark(r,c,kind==='total'?'total':(c==1?'whole':'part'),s.grid[2][c]+' '+x[0]));};
 put(T,'total');D.forEach(x=>put(x,'part'));s.row(['注：有效灌溉面积含水田和部分水浇地。']);return s;}
function fertSheet(v){const s=new S(v.sheet||'化肥农药');s.row(['农业生产条件']);s.row(['指标','单位','2022年','2023年','2024年']);
 const Y=[0,1,2].map(()=>{const y={n:ri(8000,20000),p:ri(3000,8000),k:ri(2000,6000),c:ri(6000,15000)};y.f=y.n+y.p+y.k+y.c;y.pow=r1(ri(3000,9000)/10);y.tr=ri(3000,9000);y.big=ri(400,1500);y.small=y.tr-y.big;y.pest=ri(300,1200);y.film=ri(500,2500);y.elec=ri(8000,30000);return y;});
 const rows=[['农业机械总动力','万千瓦','pow'],['拖拉机','台','tr'],['  大中型拖拉机','台','big'],['  小型拖拉机','台','small'],['化肥施用量（折纯）','吨','f'],['  氮肥','吨','n'],['  磷肥','吨','p'],['  钾肥','吨','k'],['  复合肥','吨','c'],['农药使用量','吨','pest'],['农用塑料薄膜使用量','吨','film'],['农村用电量','万千瓦时','elec']];
 for(const [n,u,k] of rows){const r=s.row([n,u,...Y.map(y=>y[k])]);[2,3,4].forEach(c=>s.mark(r,c,['f','tr'].includes(k)?'total':(['n','p','k','c','big','small'].includes(k)?'part':'value'),(2020+c)+' '+n.trim()));if(k==='pow')[2,3,4].forEach(c=>s.fmt[r+','+c]='0.0');}
 return s;}
function ruralBasic(v){const s=new S(v.sheet||'农村基本情况');const towns=shuffle(TOWNS).slice(0,ri(6,12));s.row(['分乡镇农村基本情况']);
 s.row(['乡镇','村民委员会（个）','村民小组（个）','乡村户数（户）','乡村人口（人）','','','乡村从业人员（人）','']);s.row(['','','','','合计','男','女','合计','其中：农林牧渔业']);
 s.merge('E2:G2');s.merge('H2:I2');['A','B','C','D'].forEach(c=>s.merge(`${c}2:${c}3`));
 const D=towns.map(t=>{const m=ri(6000,30000),f=r0(m*(0.92+rnd()*0.1));const hh=r0((m+f)/(2.8+rnd()*0.6));const wk=r0((m+f)*(0.5+rnd()*0.1));const ag=r0(wk*(0.3+rnd()*0.3));const vc=ri(8,30);return [t,vc,vc*ri(5,9),hh,m+f,m,f,wk,ag];});
 const T=['全县',...[1,2,3,4,5,6,7,8].map(c=>D.reduce((a,x)=>a+x[c],0))];
 const put=(x,t)=>{const r=s.row(x);[1,2,3,4,5,6,7,8].forEach(c=>s.mark(r,c,t?'total':([4,7].includes(c)?'whole':'part'),'col'+c+' '+x[0]));};
 if(v.bottom){D.forEach(x=>put(x,false));put(T,true);}else{put(T,true);D.forEach(x=>put(x,false));}return s;}
function valueIndex(v){const s=new S(v.sheet||'农林牧渔业总产值');s.row(['农林牧渔业总产值及指数']);s.row(['项目','2023年（万元）','2024年（万元）','2024年指数（上年=100）','构成（%）']);
 const mk=()=>{const y={a:ri(150000,300000),f:ri(8000,30000),m:ri(80000,180000),fi:ri(5000,30000),sv:ri(10000,30000)};y.t=y.a+y.f+y.m+y.fi+y.sv;return y;};const A=mk(),B=mk();
 const ks=[['总产值','t'],['  农业','a'],['  林业','f'],['  牧业','m'],['  渔业','fi'],['  农林牧渔专业及辅助性活动','sv']];
 // composition rounded to 1 decimal, adjust largest so sums to 100
 const comp={};let sum=0;for(const [,k] of ks.slice(1)){comp[k]=r1(B[k]/B.t*100);sum+=comp[k]*10;}const diff=r1((1000-sum)/10);comp.a=r1(comp.a+diff);comp.t=100;
 for(const [n,k] of ks){const idx=r1(100+ri(-30,80)/10);const r=s.row([n,A[k],B[k],idx,comp[k]]);s.fmt[r+',3']='0.0';s.fmt[r+',4']='0.0';s.mark(r,2,k==='t'?'total':'part','2024 '+n.trim());s.mark(r,4,'share','构成 '+n.trim());}
 s.row(['注：总产值按当年价格计算，指数按可比价格计算；构成经四舍五入，合计可能不等于100。']);return s;}
// ---------- workbook plan ----------
const plans=[];const add=(file,sheets)=>plans.push({file,sheets});
let k=0;const nm=p=>`${String(++k).padStart(2,'0')}_${p}.xlsx`;
for(const v of [{mu:'ha'},{mu:'mu',style:'indent'},{mu:'ha-mu',unitRow:true},{mu:'ha',y1:true,style:'indent'},{mu:'mu',dash:true},{mu:'ha',style:'qizhong',dash:true},{mu:'ha-mu',style:'indent',dash:true},{mu:'mu',unitRow:true,style:'indent'}]) add(nm('crops'),[()=>cropSheet(v)]);
for(let i=0;i<4;i++)add(nm('crops2y'),[()=>cropTwoYear({})]);
for(const v of [{},{totalBottom:true},{withPop:true},{withPop:true,totalBottom:true,totLabel:'合计'},{n:5},{totLabel:'总计'}])add(nm('towns'),[()=>townSheet(v)]);
for(const v of [{unitCol:true},{},{unitCol:true},{}])add(nm('livestock'),[()=>livestock(v)]);
for(const v of [{},{twoCol:true},{totalTop:true},{subBottom:true},{twoCol:true,subBottom:true},{overlap:true},{dashOp:true},{subName:true,totalTop:true},{twoCol:true,overlap:true,dashOp:true},{nt:5}])add(nm('villages'),[()=>villages(v)]);
for(let i=0;i<3;i++)add(nm('ruralincome'),[()=>ruralIncome({})]);
for(let i=0;i<3;i++)add(nm('land'),[()=>landSheet({})]);
for(let i=0;i<3;i++)add(nm('fert'),[()=>fertSheet({})]);
for(const v of [{},{bottom:true},{}])add(nm('ruralbasic'),[()=>ruralBasic(v)]);
for(let i=0;i<3;i++)add(nm('valueidx'),[()=>valueIndex({})]);
add(nm('yearbook_multi'),[()=>cropSheet({mu:'ha',sheet:'12-1 农作物'}),()=>townSheet({sheet:'12-2 分乡镇'}),()=>livestock({sheet:'12-3 畜牧',unitCol:true}),()=>fertSheet({sheet:'12-4 生产条件'})]);
add(nm('township_report'),[()=>villages({sheet:'村级组织',twoCol:true,nt:1}),()=>ruralBasic({sheet:'基本情况'})]);

// ---------- batch 2: harder shapes ----------
function cropPartial(v){const s=new S('主要农作物');s.row(['主要农作物播种面积（公顷）']);s.row(['项目',2022,2023,2024]);
 const Y=[0,1,2].map(()=>{const y={sg:ri(8000,15000),ag:ri(15000,30000),oil:ri(3000,8000),veg:ri(3000,9000),other:ri(2000,6000),e:ri(1000,3000),m:ri(4000,9000),l:ri(2000,5000)};y.grain=y.sg+y.ag;y.tot=y.grain+y.oil+y.veg+y.other;y.rice=y.e+y.m+y.l;return y;});
 const rows=[['农作物总播种面积','tot','total'],['  其中：粮食作物','grain','whole'],['    夏粮','sg','part'],['    秋粮','ag','part'],['    其中：稻谷','rice','whole'],['      早稻','e','part'],['      中稻','m','part'],['      晚稻','l','part'],['  油料','oil','part'],['  蔬菜','veg','part']];
 for(const [n,k,kind] of rows){const r=s.row([n,...Y.map(y=>y[k])]);[1,2,3].forEach(c=>s.mark(r,c,kind,(2021+c)+' '+n.trim()));}
 s.row(['注：总播种面积含其他农作物，表中未列出。']);return s;}
function livestockRates(v){const s=new S('畜牧业发展');s.row(['畜牧业主要指标']);s.row(['指标','单位','2023年','2024年','增减（%、百分点）']);
 const mk=()=>{const y={st:r2(ri(2500,5000)/100)};y.out=r2(y.st*(1.4+rnd()*0.3));y.rate=r1(y.out/y.st*100);y.big=r1(ri(550,800)/10);y.manure=r1(ri(780,950)/10);y.cattle=r2(ri(30,200)/100);y.scale=ri(80,300);return y;};const A=mk(),B=mk();
 const rows=[['年初生猪存栏','万头','st',0],['生猪出栏','万头','out',0],['生猪出栏率','%','rate',1],['生猪规模养殖比重','%','big',1],['畜禽粪污综合利用率','%','manure',1],['牛出栏','万头','cattle',0],['规模养殖场','个','scale',0]];
 for(const [n,u,k,isRate] of rows){const r=s.row([n,u,A[k],B[k],isRate?r1(B[k]-A[k]):pct(B[k],A[k])]);s.mark(r,4,'pct','增减 '+n);s.mark(r,3,isRate?'yield':'value','2024 '+n);}
 s.row(['注：生猪出栏率=当年出栏数÷年初存栏数×100%；比率指标增减为百分点。']);return s;}
function townProductivity(v){const s=new S('农业效益');const towns=shuffle(TOWNS).slice(0,ri(6,10));s.row(['分乡镇农业生产效率']);
 s.row(['乡镇','农业总产值（万元）','农业从业人员（人）','劳动生产率（元/人）','耕地面积（亩）','土地产出率（元/亩）','农作物总播种面积（亩）','复种指数（%）','占全县农业总产值比重（%）']);
 const D=towns.map(t=>{const w=ri(3000,12000),l=ri(20000,80000);return {t,val:ri(10000,60000),w,l,sown:r0(l*(1.5+rnd()*0.6))};});
 const T={t:'全县',val:D.reduce((a,x)=>a+x.val,0),w:D.reduce((a,x)=>a+x.w,0),l:D.reduce((a,x)=>a+x.l,0),sown:D.reduce((a,x)=>a+x.sown,0)};
 const put=(x,isT)=>{const r=s.row([x.t,x.val,x.w,r0(x.val*10000/x.w),x.l,r0(x.val*10000/x.l),x.sown,r1(x.sown/x.l*100),isT?100:r1(x.val/T.val*100)]);s.fmt[r+',7']='0.0';s.fmt[r+',8']='0.0';
  s.mark(r,1,isT?'total':'part','产值 '+x.t);s.mark(r,3,'yield','劳动生产率 '+x.t);s.mark(r,5,'yield','土地产出率 '+x.t);s.mark(r,7,'yield','复种指数 '+x.t);s.mark(r,8,'share','比重 '+x.t);};
 put(T,true);D.forEach(x=>put(x,false));s.row(['注：劳动生产率=农业总产值÷农业从业人员；复种指数=农作物总播种面积÷耕地面积×100%。占比经四舍五入。']);return s;}
function fertReduce(v){const s=new S('化肥农药减量');s.row(['化肥农药使用量减量情况']);s.row(['指标','2023年（吨）','2024年（吨）','比上年下降（%）']);
 const rows=[['化肥施用量（折纯）','f','total'],['  氮肥','n','part'],['  磷肥','p','part'],['  钾肥','k','part'],['  复合肥','c','part'],['农药使用量','pest','value'],['农用薄膜使用量','film','value']];
 const mk=()=>({n:ri(8000,20000),p:ri(3000,8000),k:ri(2000,6000),c:ri(6000,15000),pest:ri(300,1200),film:ri(500,2500)});const A=mk();const B={};for(const k in A)B[k]=r0(A[k]*(0.9+rnd()*0.08));A.f=A.n+A.p+A.k+A.c;B.f=B.n+B.p+B.k+B.c;
 for(const [n,k,kind] of rows){const r=s.row([n,A[k],B[k],r1((A[k]-B[k])/A[k]*100)]);s.fmt[r+',3']='0.0';s.mark(r,2,kind,'2024 '+n.trim());s.mark(r,3,'pct','下降 '+n.trim());}return s;}
function villageCollective(v){const s=new S('村集体经济');const towns=shuffle(TOWNS).slice(0,ri(6,10));s.row(['村级集体经济发展情况']);
 s.row(['乡镇','行政村（个）','集体经济收入10万元以上村（个）','占比（%）','比上年增减（个）','集体经济收入（万元）','其中：经营性收入（万元）','经营性收入占集体经济收入比例（%）']);
 const D=towns.map(t=>{const n=ri(8,30),k=ri(2,n);const inc=r1(ri(1000,8000)/10);const op=r1(inc*(0.2+rnd()*0.6));return {t,n,k,d:ri(-3,5),inc,op};});
 const T={t:'合计',n:D.reduce((a,x)=>a+x.n,0),k:D.reduce((a,x)=>a+x.k,0),d:D.reduce((a,x)=>a+x.d,0),inc:r1(D.reduce((a,x)=>a+x.inc*10,0)/10),op:r1(D.reduce((a,x)=>a+x.op*10,0)/10)};
 const put=(x,isT)=>{const r=s.row([x.t,x.n,x.k,r1(x.k/x.n*100),x.d,x.inc,x.op,r1(x.op/x.inc*100)]);[3,5,6,7].forEach(c=>s.fmt[r+','+c]='0.0');s.mark(r,2,isT?'total':'part','10万以上 '+x.t);s.mark(r,3,'share','占比 '+x.t);s.mark(r,6,isT?'total':'part','经营性 '+x.t);s.mark(r,7,'share','经营性比例 '+x.t);};
 D.forEach(x=>put(x,false));put(T,true);return s;}
function partyOrg(v){const s=new S('农村党组织');const towns=shuffle(TOWNS).slice(0,ri(5,9));s.row(['农村基层党组织建设情况']);
 s.row(['乡镇','行政村数（个）','已建党组织村数（个）','党组织覆盖率（%）','党组织数（个）','','','','农村党员（名）','其中：35岁以下','2024年发展党员（名）']);s.row(['','','','','合计','党委','党总支','党支部','','','']);
 s.merge('E2:H2');['A','B','C','D','I','J','K'].forEach(c=>s.merge(`${c}2:${c}3`));
 const D=towns.map(t=>{const n=ri(8,25);const b=n-ri(0,1);const w=ri(0,2),z=ri(1,5),zb=n+ri(3,12);const pm=ri(300,1200);return {t,n,b,w,z,zb,org:w+z+zb,pm,y:r0(pm*(0.08+rnd()*0.1)),dev:ri(5,25)};});
 const T={t:'全县'};for(const k of ['n','b','w','z','zb','org','pm','y','dev'])T[k]=D.reduce((a,x)=>a+x[k],0);
 const put=(x,isT)=>{const r=s.row([x.t,x.n,x.b,r1(x.b/x.n*100),x.org,x.w,x.z,x.zb,x.pm,x.y,x.dev]);s.fmt[r+',3']='0.0';s.mark(r,3,'yield','覆盖率 '+x.t);s.mark(r,4,isT?'total':'whole','组织数 '+x.t);s.mark(r,7,isT?'total':'part','党支部 '+x.t);s.mark(r,8,isT?'total':'part','党员 '+x.t);};
 put(T,true);D.forEach(x=>put(x,false));return s;}
function stackedBlocks(v){const s=new S('粮食生产');s.row(['一、粮食产量（按季节分）']);s.row(['项目','2023年（吨）','2024年（吨）','增减（吨）']);
 const A={s:ri(60000,120000),a:ri(100000,200000)},B={s:ri(60000,120000),a:ri(100000,200000)};A.t=A.s+A.a;B.t=B.s+B.a;
 for(const [n,k] of [['粮食总产量','t'],['  夏粮','s'],['  秋粮','a']]){const r=s.row([n,A[k],B[k],B[k]-A[k]]);s.mark(r,2,k=='t'?'total':'part','2024 '+n.trim());s.mark(r,3,'pct','增减量 '+n.trim());}
 s.row([]);s.row(['二、分乡镇粮食产量']);s.row(['乡镇','2023年（吨）','2024年（吨）','增减（吨）']);
 const towns=shuffle(TOWNS).slice(0,5);const w=x=>{const a=[];let rest=x;for(let i=0;i<4;i++){const q=r0(x*(0.12+rnd()*0.1));a.push(q);rest-=q;}a.push(rest);return a;};
 const da=w(A.t),db=w(B.t);const r=s.row(['全县',A.t,B.t,B.t-A.t]);s.mark(r,2,'total','2024 全县');towns.forEach((t,i)=>{const r=s.row([t,da[i],db[i],db[i]-da[i]]);s.mark(r,2,'part','2024 '+t);s.mark(r,3,'pct','增减量 '+t);});return s;}
function serialCode(v){const s=new S('乡镇基本情况');const towns=shuffle(TOWNS).slice(0,ri(6,10));s.row(['各乡镇农村基本情况']);
 s.row(['序号','区划代码','乡镇','村委会（个）','乡村户数（户）','乡村人口（人）','农村居民人均可支配收入（元）','比上年增长（%）']);
 const D=towns.map((t,i)=>{const pop=ri(10000,50000);const a=ri(15000,22000);return [i+1,411523100+ (i+1)*1000 ,t,ri(8,30),r0(pop/3.1),pop,a,r1(ri(50,90)/10)];});
 const pop=D.reduce((a,x)=>a+x[5],0);const inc=r0(D.reduce((a,x)=>a+x[5]*x[6],0)/pop);
 const r=s.row(['','','全县',D.reduce((a,x)=>a+x[3],0),D.reduce((a,x)=>a+x[4],0),pop,inc,7.1]);s.mark(r,5,'total','人口 全县');s.mark(r,4,'total','户数 全县');
 D.forEach(x=>{const r=s.row(x);s.mark(r,5,'part','人口 '+x[2]);s.mark(r,3,'part','村委会 '+x[2]);});return s;}
function landHaMu(v){const s=new S('土地');s.row(['土地利用情况']);s.row(['项目','面积（公顷）','面积（亩）','占土地总面积（%）']);
 const k={c:ri(20000,60000),g:ri(2000,8000),f:ri(30000,90000),p:ri(1000,9000),b:ri(5000,15000),w:ri(1000,6000),o:ri(1000,5000)};const tot=Object.values(k).reduce((a,b)=>a+b,0);
 const rows=[['土地总面积',tot],['  耕地',k.c],['  园地',k.g],['  林地',k.f],['  草地',k.p],['  建设用地',k.b],['  水域',k.w],['  其他土地',k.o]];
 let shares=rows.slice(1).map(x=>r1(x[1]/tot*100));const sd=r1(100-shares.reduce((a,b)=>a+b,0));const big=shares.indexOf(Math.max(...shares));shares[big]=r1(shares[big]+sd);
 rows.forEach(([n,a],i)=>{const r=s.row([n,a,a*15,i==0?100:shares[i-1]]);s.fmt[r+',3']='0.0';s.mark(r,1,i?'part':'total','公顷 '+n.trim());s.mark(r,2,'yield','亩 '+n.trim());});return s;}
for(let i=0;i<2;i++)add(nm('croppartial'),[()=>cropPartial({})]);
for(let i=0;i<2;i++)add(nm('lvrates'),[()=>livestockRates({})]);
for(let i=0;i<2;i++)add(nm('productivity'),[()=>townProductivity({})]);
for(let i=0;i<2;i++)add(nm('fertreduce'),[()=>fertReduce({})]);
for(let i=0;i<2;i++)add(nm('collective'),[()=>villageCollective({})]);
for(let i=0;i<2;i++)add(nm('partyorg'),[()=>partyOrg({})]);
for(let i=0;i<2;i++)add(nm('stacked'),[()=>stackedBlocks({})]);
for(let i=0;i<2;i++)add(nm('serial'),[()=>serialCode({})]);
add(nm('landhamu'),[()=>landHaMu({})]);

async function write(file,sheets){const wb=new ExcelJS.Workbook();for(const s of sheets){const ws=wb.addWorksheet(s.name);s.grid.forEach((row,i)=>{row.forEach((v,j)=>{if(v===null||v===undefined||v==='')return;const c=ws.getCell(i+1,j+1);c.value=v;const f=s.fmt[(i+1)+','+j];if(f)c.numFmt=f;});});for(const m of s.merges){try{ws.mergeCells(m);}catch(e){}}ws.getColumn(1).width=22;}await wb.xlsx.writeFile(file);}
(async()=>{fs.mkdirSync('clean',{recursive:true});fs.mkdirSync('planted',{recursive:true});const manifest=[];
 const built=plans.map(p=>({file:p.file,sheets:p.sheets.map(f=>f())}));
 for(const b of built)await write('clean/'+b.file,b.sheets);
 // plant in ~30 files
 const kinds=['total','part','yield','subtotal','pct','whole','share'];
 const idxs=shuffle(built.map((_,i)=>i)).slice(0,34);
 for(const i of idxs){const b=built[i];const sh=pick(b.sheets);const cand=Object.entries(sh.meta).filter(([key,m])=>{const [r,c]=key.split(',').map(Number);return typeof sh.grid[r-1][c]==='number'&&m.kind!=='value';});
  if(!cand.length)continue;const pref=cand.filter(([,m])=>m.kind===kinds[manifest.length%kinds.length]);const [key,m]=pick(pref.length?pref:cand);const [r,c]=key.split(',').map(Number);
  const old=sh.grid[r-1][c];let nw;const isInt=Number.isInteger(old);
  const mode=ri(0,2);if(isInt&&Math.abs(old)>=100&&mode==0){const s_=String(old);const j=ri(0,s_.length-2);const a=s_.split('');if(a[j]!==a[j+1]){[a[j],a[j+1]]=[a[j+1],a[j]];nw=Number(a.join(''));}}
  if(nw===undefined){if(isInt)nw=old+(Math.abs(old)>=1000?pick([100,-100,1000,10]):Math.abs(old)>=50?pick([10,-10,5]):pick([2,3,-2]));else nw=r1(old+pick([1,-1,10,0.5,-2.3]));}
  if(nw===old)nw=old+(isInt?11:1.1);
  const copy=b.sheets.map(s=>s===sh?Object.assign(new S(s.name),s,{grid:s.grid.map((row,ri_)=>ri_===r-1?row.map((x,j)=>j===c?nw:x):row)}):s);
  await write('planted/'+b.file,copy);manifest.push({file:b.file,sheet:sh.name,cell:addr(r,c),old,new:nw,what:m.kind+': '+m.what});}
 fs.writeFileSync('manifest.json',JSON.stringify(manifest,null,1));console.log(built.length,'clean',manifest.length,'planted');})();
