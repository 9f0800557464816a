const {rand,ri,rf,rd,sum,gr,WB,cands}=require('./lib.js');
const fs=require('fs'); const OUT=__dirname+'/clean';
var pend=[];
const files=[];
function title(wb,ws,t,unit,ncol){ wb.merge(ws,1,1,1,ncol,t); if(unit){ ws.getCell(2,ncol).value=unit; } }
// ---------- t01 trade mode, 2023|2022|growth, 万美元 integers
{ const wb=new WB('t01_trade_mode_two_years'); const ws=wb.sheet('表12-1');
  title(wb,ws,'12-1 按贸易方式分进出口总额','单位：万美元',4);
  wb.row(ws,3,['贸易方式','2023年','2022年','2023年比上年增长（%）']);
  const mk=()=>{ const lai=ri(3000,9000), jin=ri(150000,260000), yb=ri(600000,900000), qt=ri(40000,90000); return {yb,jg:lai+jin,lai,jin,qt,tot:yb+lai+jin+qt}; };
  const a=mk(), b=mk();
  const rows=[['进出口总额','tot','total'],['一般贸易','yb','part'],['加工贸易','jg','part'],['  来料加工装配贸易','lai','part'],['  进料加工贸易','jin','part'],['其他贸易','qt','part']];
  rows.forEach(([n,k,kind],i)=>wb.row(ws,4+i,[n,a[k],b[k],gr(a[k],b[k])],1,[null,kind,kind,'growth']));
  ws.getCell(10,1).value='注：本表数据来源于海关统计。'; await0(wb);
}
// ---------- t02 trade mode 3 cols, 亿元 1dp rounded independently, merged header
{ const wb=new WB('t02_trade_mode_yuan_merged'); const ws=wb.sheet('进出口');
  title(wb,ws,'2023年按贸易方式分货物进出口','',7);
  wb.merge(ws,2,1,3,1,'指标'); wb.merge(ws,2,2,2,4,'金额（亿元）'); wb.merge(ws,2,5,2,7,'比上年增长（%）');
  wb.row(ws,3,['进出口','出口','进口','进出口','出口','进口'],2);
  const modes=['一般贸易','加工贸易','其他贸易'];
  const ex=modes.map(()=>rf(80,900)), im=modes.map(()=>rf(40,600)); const exP=ex.map(x=>x/rf(0.9,1.15)), imP=im.map(x=>x/rf(0.85,1.2));
  const E=sum(ex),I=sum(im),EP=sum(exP),IP=sum(imP);
  wb.row(ws,4,['货物进出口总额',rd(E+I,1),rd(E,1),rd(I,1),gr(E+I,EP+IP),gr(E,EP),gr(I,IP)],1,[null,'total','total','total','growth','growth','growth'],[null,'0.0','0.0','0.0','0.0','0.0','0.0']);
  modes.forEach((m,i)=>wb.row(ws,5+i,['  '+m,rd(ex[i]+im[i],1),rd(ex[i],1),rd(im[i],1),gr(ex[i]+im[i],exP[i]+imP[i]),gr(ex[i],exP[i]),gr(im[i],imP[i])],1,[null,'part','part','part','growth','growth','growth'],[null,'0.0','0.0','0.0','0.0','0.0','0.0']));
  ws.getCell(9,1).value='注：总额与分项之和因四舍五入可能略有出入。'; await0(wb);
}
// ---------- t03 by country and region, 万美元
{ const wb=new WB('t03_country_region'); const ws=wb.sheet('Sheet1');
  title(wb,ws,'按国别（地区）分进出口总额','单位：万美元',5);
  wb.row(ws,3,['国家（地区）','进出口','出口','进口','进出口比上年增长(%)']);
  const conts=[['亚洲',[['日本'],['韩国'],['东盟'],['中国香港']]],['非洲',[]],['欧洲',[['欧盟'],['俄罗斯']]],['拉丁美洲',[]],['北美洲',[['美国']]],['大洋洲',[['澳大利亚']]]];
  let r=5; const T={e:0,i:0,ep:0,ip:0}; const lines=[];
  for(const [c,subs] of conts){ const e=ri(20000,400000), i=ri(10000,250000); const ep=Math.round(e/rf(0.85,1.2)), ip=Math.round(i/rf(0.85,1.2));
    T.e+=e;T.i+=i;T.ep+=ep;T.ip+=ip; lines.push([c,e,i,ep,ip,'part']);
    let left=[e*0.85,i*0.85];
    subs.forEach(([s],k)=>{ const se=Math.round(left[0]*rf(0.15,0.45)), si=Math.round(left[1]*rf(0.15,0.45)); left[0]-=se; left[1]-=si;
      lines.push([(k===0?'  其中：':'        ')+s,se,si,Math.round(se/rf(0.85,1.2)),Math.round(si/rf(0.85,1.2)),'sub']); }); }
  wb.row(ws,4,['总计',T.e+T.i,T.e,T.i,gr(T.e+T.i,T.ep+T.ip)],1,[null,'total','total','total','growth']);
  lines.forEach(([n,e,i,ep,ip,k])=>{ wb.row(ws,r,[n,e+i,e,i,gr(e+i,ep+ip)],1,[null,k,k,k,'growth']); r++; });
  await0(wb);
}
// ---------- t04 commodity exports, items overlap, not exhaustive
{ const wb=new WB('t04_main_export_goods'); const ws=wb.sheet('主要出口商品');
  title(wb,ws,'主要商品出口数量和金额','',5);
  wb.row(ws,2,['商品名称','计量单位','数量','金额（万美元）','金额比上年增长（%）']);
  const tot=ri(900000,1300000);
  wb.row(ws,3,['出口总额','—','—',tot,rd(rf(-5,12),1)],1,[null,null,null,'total','growth']);
  const items=[['机电产品','—','—',0.52],['  其中：高新技术产品','—','—',0.21],['服装及衣着附件','—','—',0.07],['纺织纱线、织物及制品','—','—',0.05],['鞋类','万双',ri(2000,9000),0.02],['家具及其零件','—','—',0.03],['钢材','万吨',ri(20,90),0.025],['农产品','—','—',0.04],['汽车零配件','—','—',0.03]];
  items.forEach((it,k)=>wb.row(ws,4+k,[it[0],it[1],it[2],Math.round(tot*it[3]*rf(0.9,1.1)),rd(rf(-15,25),1)],1,[null,null,null,'sub','growth']));
  ws.getCell(14,1).value='注：机电产品与高新技术产品有部分交叉。'; await0(wb);
}
// ---------- t05 FDI by industry
{ const wb=new WB('t05_fdi_industry'); const ws=wb.sheet('利用外资');
  title(wb,ws,'按行业分外商直接投资','',6);
  wb.row(ws,2,['行业','新设外商投资企业（个）','合同外资金额（万美元）','实际使用外资金额（万美元）','上年实际使用外资（万美元）','实际使用外资比上年增长（%）']);
  const inds=[['第一产业',[]],['第二产业',[['  其中：制造业',0.8]]],['第三产业',[['  其中：批发和零售业',0.2],['        租赁和商务服务业',0.25],['        房地产业',0.2],['        科学研究和技术服务业',0.1]]]];
  const L=[]; const T=[0,0,0,0];
  for(const [n,subs] of inds){ const v=[ri(2,400),ri(500,300000),ri(200,200000),ri(200,200000)]; if(n==='第一产业'){v[0]=ri(1,8);v[1]=ri(100,3000);v[2]=ri(50,2500);v[3]=ri(50,2500);} v.forEach((x,i)=>T[i]+=x); L.push([n,...v,'part']);
    subs.forEach(([s,f])=>{ const w=v.map(x=>Math.max(1,Math.round(x*f*rf(0.8,1.0)))); L.push([s,...w,'sub']); }); }
  wb.row(ws,3,['总计',...T,gr(T[2],T[3])],1,[null,'total','total','total','total','growth']);
  L.forEach((l,k)=>wb.row(ws,4+k,[l[0],l[1],l[2],l[3],l[4],gr(l[3],l[4])],1,[null,l[5],l[5],l[5],l[5],'growth']));
  await0(wb);
}
// ---------- t06 FDI by source country
{ const wb=new WB('t06_fdi_source'); const ws=wb.sheet('来源地');
  title(wb,ws,'实际使用外资按来源地分','单位：万美元',4);
  wb.row(ws,3,['国家（地区）','2023年','占比（%）','比上年增长（%）']);
  const src=['中国香港','新加坡','英属维尔京群岛','日本','韩国','中国台湾','美国','德国','其他'];
  const v=src.map(()=>ri(2000,120000)); v[0]=ri(400000,600000); const p=v.map(x=>Math.round(x/rf(0.7,1.3))); const T=sum(v),TP=sum(p);
  wb.row(ws,4,['合计',T,100.0,gr(T,TP)],1,[null,'total','share','growth'],[null,null,'0.0','0.0']);
  src.forEach((s,k)=>wb.row(ws,5+k,[s,v[k],rd(v[k]/T*100,1),gr(v[k],p[k])],1,[null,'part','share','growth'],[null,null,'0.0','0.0']));
  await0(wb);
}
// ---------- t07 CPI by category 全市|城市|农村
const CPI_ROWS=[['居民消费价格总指数',0],['一、食品烟酒',0],['粮食',1],['食用油',1],['鲜菜',1],['畜肉类',1],['  其中：猪肉',2],['水产品',1],['蛋类',1],['鲜果',1],['烟草',1],['酒类',1],['二、衣着',0],['三、居住',0],['四、生活用品及服务',0],['五、交通通信',0],['六、教育文化娱乐',0],['七、医疗保健',0],['八、其他用品及服务',0]];
function cpiCol(){ return CPI_ROWS.map(()=>rd(rf(96,104.5),1)); }
function cpiTriple(){ const c=cpiCol(), r=cpiCol(); return [c.map((x,i)=>rd((x*0.7+r[i]*0.3),1)),c,r]; }
{ const wb=new WB('t07_cpi_category'); const ws=wb.sheet('居民消费价格');
  title(wb,ws,'2023年居民消费价格指数','（上年=100）',4);
  wb.row(ws,3,['项目','全市','城市','农村']);
  const [a,c,r]=cpiTriple();
  CPI_ROWS.forEach(([n,lv],k)=>{ wb.row(ws,4+k,[' '.repeat(lv*2)+n,a[k],c[k],r[k]],1,[null,'index','index','index'],[null,'0.0','0.0','0.0']); });
  await0(wb);
}
// ---------- t08 CPI monthly
{ const wb=new WB('t08_cpi_monthly'); const ws=wb.sheet('月度');
  title(wb,ws,'2023年各月居民消费价格指数','',4);
  wb.row(ws,2,['月份','环比（上月=100）','同比（上年同月=100）','累计（上年同期=100）']);
  let acc=[]; for(let m=1;m<=12;m++){ const y=rd(rf(99,102.5),1); acc.push(y); wb.row(ws,2+m,[m+'月',rd(rf(99.4,100.8),1),y,rd(sum(acc)/acc.length,1)],1,[null,'index','index','index'],[null,'0.0','0.0','0.0']); }
  await0(wb);
}
// ---------- t09 retail price index
{ const wb=new WB('t09_rpi'); const ws=wb.sheet('零售价格');
  title(wb,ws,'商品零售价格分类指数（上年=100）','',3);
  wb.row(ws,2,['类别 Item','2023年','2022年']);
  const it=['商品零售价格总指数','一、食品','  粮食','  鲜菜','二、饮料、烟酒','三、服装、鞋帽','四、纺织品','五、家用电器及音像器材','六、文化办公用品','七、日用品','八、体育娱乐用品','九、交通、通信用品','十、家具','十一、化妆品','十二、金银珠宝','十三、中西药品及医疗保健用品','十四、书报杂志及电子出版物','十五、燃料','十六、建筑材料及五金电料'];
  it.forEach((n,k)=>wb.row(ws,3+k,[n,rd(rf(95,106),1),rd(rf(95,106),1)],1,[null,'index','index'],[null,'0.0','0.0']));
  await0(wb);
}
// ---------- t10 PPI
{ const wb=new WB('t10_ppi'); const ws=wb.sheet('工业生产者价格');
  title(wb,ws,'工业生产者价格指数（上年=100）','',3);
  wb.row(ws,2,['指标','2023年','2022年']);
  const it=[['工业生产者出厂价格指数',0],['生产资料',1],['采掘工业',2],['原料工业',2],['加工工业',2],['生活资料',1],['食品类',2],['衣着类',2],['一般日用品类',2],['耐用消费品类',2],['工业生产者购进价格指数',0],['燃料、动力类',1],['黑色金属材料类',1],['有色金属材料及电线类',1],['化工原料类',1],['木材及纸浆类',1],['建筑材料及非金属类',1],['农副产品类',1],['纺织原料类',1]];
  it.forEach(([n,l],k)=>wb.row(ws,3+k,[' '.repeat(l*2)+n,rd(rf(92,104),1),rd(rf(98,112),1)],1,[null,'index','index'],[null,'0.0','0.0']));
  await0(wb);
}
// ---------- household income/expenditure generator
function hh(scale){ const wage=ri(18000,32000)*scale, op=ri(3000,7000)*scale, prop=ri(1500,5000)*scale, tr=ri(4000,9000)*scale;
  const inc={wage:Math.round(wage),op:Math.round(op),prop:Math.round(prop),tr:Math.round(tr)}; inc.tot=inc.wage+inc.op+inc.prop+inc.tr;
  const cats=['food','cloth','house','daily','trans','edu','med','other']; const w=[0.29,0.06,0.22,0.06,0.13,0.11,0.09,0.03];
  const ctot=inc.tot*rf(0.6,0.72); const exp={}; cats.forEach((c,i)=>exp[c]=Math.round(ctot*w[i]*rf(0.9,1.1))); exp.tot=sum(cats.map(c=>exp[c]));
  return {inc,exp}; }
function hhPrev(h){ const f=()=>1/rf(1.03,1.08); const inc={}; for(const k of ['wage','op','prop','tr']) inc[k]=Math.round(h.inc[k]*f()); inc.tot=inc.wage+inc.op+inc.prop+inc.tr;
  const exp={}; for(const k of ['food','cloth','house','daily','trans','edu','med','other']) exp[k]=Math.round(h.exp[k]*f()); exp.tot=sum(Object.values(exp)); return {inc,exp}; }
const HH_ROWS=[['人均可支配收入','inc','tot','total'],['  工资性收入','inc','wage','part'],['  经营净收入','inc','op','part'],['  财产净收入','inc','prop','part'],['  转移净收入','inc','tr','part'],['人均消费支出','exp','tot','total'],['  食品烟酒','exp','food','part'],['  衣着','exp','cloth','part'],['  居住','exp','house','part'],['  生活用品及服务','exp','daily','part'],['  交通通信','exp','trans','part'],['  教育文化娱乐','exp','edu','part'],['  医疗保健','exp','med','part'],['  其他用品及服务','exp','other','part']];
// t11 three groups × 2023|2022|growth
{ const wb=new WB('t11_income_three_groups'); const ws=wb.sheet('城乡居民收支');
  title(wb,ws,'全体居民、城镇居民和农村居民人均收支情况','单位：元',10);
  wb.merge(ws,3,1,4,1,'指标'); ['全体居民','城镇居民','农村居民'].forEach((g,i)=>{ wb.merge(ws,3,2+3*i,3,4+3*i,g); wb.row(ws,4,['2023年','2022年','增长（%）'],2+3*i); });
  const U=hh(1.2), R=hh(0.55); const UP=hhPrev(U), RP=hhPrev(R); const su=0.65;
  const A={inc:{},exp:{}},AP={inc:{},exp:{}};
  // all-residents: true weighted average, rounded; parts rounded; totals recomputed as sum of rounded parts (office publishes consistent)
  for(const s of ['inc','exp']) for(const k of Object.keys(U[s])) if(k!=='tot'){ A[s][k]=Math.round(U[s][k]*su+R[s][k]*(1-su)); AP[s][k]=Math.round(UP[s][k]*su+RP[s][k]*(1-su)); }
  for(const s of ['inc','exp']){ A[s].tot=sum(Object.entries(A[s]).filter(([k])=>k!=='tot').map(([,v])=>v)); AP[s].tot=sum(Object.entries(AP[s]).filter(([k])=>k!=='tot').map(([,v])=>v)); }
  const G=[[A,AP],[U,UP],[R,RP]];
  HH_ROWS.forEach(([n,s,k,kind],j)=>{ const row=[n]; const kinds=[null]; G.forEach(([c,p])=>{ row.push(c[s][k],p[s][k],gr(c[s][k],p[s][k])); kinds.push(kind,kind,'growth'); }); wb.row(ws,5+j,row,1,kinds); });
  const eng=[n=>n]; const er=['恩格尔系数（%）']; G.forEach(([c,p])=>er.push(rd(c.exp.food/c.exp.tot*100,1),rd(p.exp.food/p.exp.tot*100,1),null));
  wb.row(ws,19,er,1,i=>(i%3===1||i%3===2)&&i>0?'rate':null,[null,'0.0','0.0',null,'0.0','0.0',null,'0.0','0.0',null]);
  ws.getCell(20,1).value='注：增长速度为名义增长。恩格尔系数指食品烟酒支出占消费支出的比重。'; await0(wb);
}
// t12 income structure 城镇 金额|构成
{ const wb=new WB('t12_urban_income_structure'); const ws=wb.sheet('城镇居民收入构成');
  title(wb,ws,'城镇居民人均可支配收入及构成','',5);
  wb.row(ws,2,['项目','2023年（元）','构成（%）','2022年（元）','构成（%）']);
  const U=hh(1.3), P=hhPrev(U);
  HH_ROWS.slice(0,5).forEach(([n,s,k,kind],j)=>wb.row(ws,3+j,[n,U[s][k],rd(U[s][k]/U[s].tot*100,1),P[s][k],rd(P[s][k]/P[s].tot*100,1)],1,[null,kind,'share',kind,'share'],[null,null,'0.0',null,'0.0']));
  await0(wb);
}
// t13 rural income transposed years
{ const wb=new WB('t13_rural_income_years'); const ws=wb.sheet('农村居民');
  title(wb,ws,'农村居民人均可支配收入（2019—2023年）','单位：元',7);
  wb.row(ws,3,['年份','人均可支配收入','工资性收入','经营净收入','财产净收入','转移净收入','可支配收入比上年增长（%）']);
  let cur={wage:9000,op:5200,prop:420,tr:3100}; let prevTot=null;
  for(let y=2018;y<=2023;y++){ const t=cur.wage+cur.op+cur.prop+cur.tr; if(y>=2019) wb.row(ws,4+y-2019,[y+'年',t,cur.wage,cur.op,cur.prop,cur.tr,gr(t,prevTot)],1,[null,'total','part','part','part','part','growth']);
    prevTot=t; cur={wage:Math.round(cur.wage*rf(1.05,1.1)),op:Math.round(cur.op*rf(1.0,1.06)),prop:Math.round(cur.prop*rf(1.02,1.1)),tr:Math.round(cur.tr*rf(1.04,1.1))}; }
  await0(wb);
}
// t14 trade years with 差额
{ const wb=new WB('t14_trade_years_balance'); const ws=wb.sheet('历年进出口');
  title(wb,ws,'历年货物进出口','单位：万美元',6);
  wb.row(ws,3,['年份 Year','进出口总额 Total','出口 Exports','进口 Imports','进出口差额 Balance','进出口总额比上年增长（%）']);
  let pe=null,pi=null;
  for(let y=2012;y<=2023;y++){ const e=ri(500000,1500000), i=ri(300000,1700000); if(y>2012) wb.row(ws,4+y-2013,[y,e+i,e,i,e-i,gr(e+i,pe+pi)],1,[null,'total','part','part','diff','growth']); pe=e;pi=i; }
  ws.getCell(16,1).value='注：差额为正表示顺差，为负表示逆差。'; await0(wb);
}
// t15 monthly bulletin trade cumulative
{ const wb=new WB('t15_monthly_trade_cumulative'); const ws=wb.sheet('月报');
  title(wb,ws,'2023年全市进出口月度情况','单位：亿元',5);
  wb.row(ws,3,['月份','当月进出口','1—当月累计进出口','当月出口','1—当月累计出口']);
  let cT=0,cE=0; const months=['1—2月','3月','4月','5月','6月','7月','8月','9月','10月','11月','12月'];
  months.forEach((m,k)=>{ const e=rd(rf(60,120)*(k===0?2:1),1), i=rd(rf(30,80)*(k===0?2:1),1); const t=rd(e+i,1); cT=rd(cT+t,1); cE=rd(cE+e,1); wb.row(ws,4+k,[m,t,cT,e,cE],1,[null,'part','total','part','total'],[null,'0.0','0.0','0.0','0.0']); });
  await0(wb);
}
// t16 county trade, bilingual merged
{ const wb=new WB('t16_county_trade'); const ws=wb.sheet('分县区');
  title(wb,ws,'各县（市、区）进出口情况','单位：万元',7);
  wb.merge(ws,3,1,4,1,'地区\nRegion'); wb.merge(ws,3,2,3,4,'2023年'); wb.merge(ws,3,5,3,7,'比上年增长（%）');
  wb.row(ws,4,['进出口','出口','进口','进出口','出口','进口'],2);
  const cs=['城东区','城西区','高新区','经开区','临江县','安平县','石桥县','云溪县'];
  const D=cs.map(()=>{ const e=ri(50000,3000000), i=ri(20000,1500000); return [e,i,Math.round(e/rf(0.8,1.25)),Math.round(i/rf(0.8,1.25))]; });
  const T=[0,1,2,3].map(j=>sum(D.map(d=>d[j])));
  const line=(n,d,k)=>[n,d[0]+d[1],d[0],d[1],gr(d[0]+d[1],d[2]+d[3]),gr(d[0],d[2]),gr(d[1],d[3])];
  wb.row(ws,5,line('全市',T),1,[null,'total','total','total','growth','growth','growth'],[null,null,null,null,'0.0','0.0','0.0']);
  cs.forEach((c,k)=>wb.row(ws,6+k,line(c,D[k]),1,[null,'part','part','part','growth','growth','growth'],[null,null,null,null,'0.0','0.0','0.0']));
  await0(wb);
}
// t17 CPI bilingual two-year with notes and blank
{ const wb=new WB('t17_cpi_bilingual'); const ws=wb.sheet('CPI');
  wb.merge(ws,1,1,1,5,'居民消费价格指数\nConsumer Price Index'); ws.getCell(2,5).value='上年=100  preceding year=100';
  wb.row(ws,3,['项目 Item','2021','2022','2023','2023年城市 Urban']);
  const items=['总指数 Overall','食品烟酒 Food, Tobacco and Liquor','衣着 Clothing','居住 Residence','生活用品及服务 Household Articles and Services','交通通信 Transport and Communication','教育文化娱乐 Education, Culture and Recreation','医疗保健 Health Care','其他用品及服务 Other Goods and Services'];
  items.forEach((n,k)=>wb.row(ws,4+k,[n,rd(rf(99,103),1),rd(rf(99,104),1),k===8?'—':rd(rf(98,103),1),rd(rf(98,103),1)],1,[null,'index','index','index','index'],'0.0'));
  ws.getCell(14,1).value='注：2023年其他用品及服务类指数暂缺。'; await0(wb);
}
// t18 quintile income — 全体 average not sum
{ const wb=new WB('t18_income_quintile'); const ws=wb.sheet('五等份');
  title(wb,ws,'按收入五等份分全体居民人均可支配收入','单位：元',4);
  wb.row(ws,3,['组别','2023年','2022年','增长（%）']);
  const g=[ri(9000,11000),ri(20000,23000),ri(32000,36000),ri(48000,54000),ri(90000,110000)]; const gp=g.map(x=>Math.round(x/rf(1.03,1.07)));
  const av=Math.round(sum(g)/5), avp=Math.round(sum(gp)/5);
  wb.row(ws,4,['全体居民',av,avp,gr(sum(g),sum(gp))],1,[null,'avg','avg','growth']);
  ['低收入组（20%）','中间偏下收入组（20%）','中间收入组（20%）','中间偏上收入组（20%）','高收入组（20%）'].forEach((n,k)=>wb.row(ws,5+k,['  '+n,g[k],gp[k],gr(g[k],gp[k])],1,[null,'grp','grp','growth']));
  await0(wb);
}
// t19 consumption 城镇|农村 with structure
{ const wb=new WB('t19_consumption_structure'); const ws=wb.sheet('消费支出');
  title(wb,ws,'城乡居民人均消费支出及构成','',5);
  wb.merge(ws,2,1,3,1,'项目'); wb.merge(ws,2,2,2,3,'城镇居民'); wb.merge(ws,2,4,2,5,'农村居民');
  wb.row(ws,3,['金额（元）','构成（%）','金额（元）','构成（%）'],2);
  const U=hh(1.2),R=hh(0.5);
  HH_ROWS.slice(5).forEach(([n,s,k,kind],j)=>wb.row(ws,4+j,[n,U[s][k],rd(U[s][k]/U[s].tot*100,1),R[s][k],rd(R[s][k]/R[s].tot*100,1)],1,[null,kind,'share',kind,'share'],[null,null,'0.0',null,'0.0']));
  await0(wb);
}
// t20 multi-sheet bulletin
{ const wb=new WB('t20_bulletin_multi');
  const ws1=wb.sheet('对外贸易'); title(wb,ws1,'表1 2023年全市对外贸易主要指标','',4);
  wb.row(ws1,2,['指标','单位','绝对数','比上年增长（%）']);
  const e=ri(4000000,6000000), i=ri(2000000,4000000), ep=Math.round(e/1.064), ip=Math.round(i/0.97);
  const yb=Math.round(e*0.62), ybp=Math.round(ep*0.6);
  const rows=[['货物进出口总额','万元',e+i,gr(e+i,ep+ip),'total'],['  出口额','万元',e,gr(e,ep),'part'],['    其中：一般贸易','万元',yb,gr(yb,ybp),'sub'],['  进口额','万元',i,gr(i,ip),'part'],['实际使用外资','万美元',ri(50000,120000),rd(rf(-20,20),1),null],['新设外商投资企业','个',ri(80,300),rd(rf(-10,30),1),null]];
  rows.forEach((r,k)=>wb.row(ws1,3+k,[r[0],r[1],r[2],r[3]],1,[null,null,r[4],'growth']));
  const ws2=wb.sheet('价格'); title(wb,ws2,'表2 2023年居民消费价格比上年涨跌幅度','单位：%',4);
  wb.row(ws2,3,['指标','全市','城市','农村']);
  ['居民消费价格','  食品烟酒','    其中：粮食','          猪肉','          鲜菜','  衣着','  居住','  生活用品及服务','  交通通信','  教育文化娱乐','  医疗保健','  其他用品及服务'].forEach((n,k)=>{ const c=rd(rf(-3,4),1), r=rd(rf(-3,4),1); wb.row(ws2,4+k,[n,rd(c*0.7+r*0.3,1),c,r],1,[null,'chg','chg','chg'],'0.0'); });
  const ws3=wb.sheet('居民收支'); title(wb,ws3,'表3 2023年城乡居民收支主要指标','',3);
  wb.row(ws3,2,['指标','绝对数（元）','比上年增长（%）']);
  const U=hh(1.1),UP=hhPrev(U);
  HH_ROWS.forEach(([n,s,k,kind],j)=>wb.row(ws3,3+j,[n,U[s][k],gr(U[s][k],UP[s][k])],1,[null,kind,'growth']));
  await0(wb);
}
// t21 two blocks side by side, 2023 and 2022, then growth
{ const wb=new WB('t21_trade_two_blocks'); const ws=wb.sheet('进出口分方式');
  title(wb,ws,'按贸易方式分进出口（两年对比）','单位：万美元',10);
  wb.merge(ws,3,1,4,1,'贸易方式'); wb.merge(ws,3,2,3,4,'2023年'); wb.merge(ws,3,5,3,7,'2022年'); wb.merge(ws,3,8,3,10,'增长（%）');
  wb.row(ws,4,['进出口','出口','进口','进出口','出口','进口','进出口','出口','进口'],2);
  const ms=['一般贸易','加工贸易','  其中：进料加工贸易','保税物流','其他贸易'];
  const D=ms.map(()=>[ri(20000,500000),ri(20000,400000),ri(20000,500000),ri(20000,400000)]);
  D[2]=D[1].map(x=>Math.round(x*rf(0.8,0.95)));
  const T=[0,1,2,3].map(j=>sum(D.filter((_,k)=>k!==2).map(d=>d[j])));
  const line=(n,d,k)=>{ wb.row(ws,k,[n,d[0]+d[1],d[0],d[1],d[2]+d[3],d[2],d[3],gr(d[0]+d[1],d[2]+d[3]),gr(d[0],d[2]),gr(d[1],d[3])],1,i=>i===0?null:i<7?(k===5?'total':'part'):'growth'); };
  line('总值',T,5); ms.forEach((m,k)=>line(m,D[k],6+k));
  await0(wb);
}
// t22 FDI by investment mode
{ const wb=new WB('t22_fdi_mode'); const ws=wb.sheet('按方式');
  title(wb,ws,'按投资方式分外商直接投资','',4);
  wb.row(ws,2,['投资方式','企业数（个）','合同外资（万美元）','实际使用外资（万美元）']);
  const m=['中外合资经营企业','中外合作经营企业','外资企业','外商投资股份制企业','其他'];
  const D=m.map(()=>[ri(1,120),ri(500,150000),ri(300,120000)]); D[1]=[ri(0,3),ri(0,900),ri(0,500)];
  D[4]=[0,0,0];
  wb.row(ws,3,['合计',...[0,1,2].map(j=>sum(D.map(d=>d[j])))],1,[null,'total','total','total']);
  m.forEach((n,k)=>wb.row(ws,4+k,[n,...(k===4?['—','—','—']:D[k])],1,[null,'part','part','part']));
  await0(wb);
}
// t23 CPI prices yoy per cent
{ const wb=new WB('t23_cpi_two_years'); const ws=wb.sheet('表');
  title(wb,ws,'居民消费价格分类指数','上年=100',3);
  wb.row(ws,3,['类别','2022年','2023年']);
  CPI_ROWS.forEach(([n,l],k)=>wb.row(ws,4+k,[' '.repeat(2*l)+n,rd(rf(97,106),1),rd(rf(96,104),1)],1,[null,'index','index'],'0.0'));
  await0(wb);
}
// t24 household survey basics with ratio
{ const wb=new WB('t24_household_basic'); const ws=wb.sheet('住户基本情况');
  title(wb,ws,'城乡住户调查基本情况','',4);
  wb.row(ws,2,['指标','单位','城镇','农村']);
  const hhN=[ri(800,1200),ri(600,1000)], pop=[rf(2.6,3.0),rf(3.0,3.6)], emp=[rf(1.3,1.6),rf(1.5,2.0)];
  const P=pop.map(x=>rd(x,2)), E=emp.map(x=>rd(x,2));
  const R=[['调查户数','户',...hhN],['平均每户常住人口','人',...P],['平均每户就业人口','人',...E],['平均每一就业者负担人数','人',rd(pop[0]/emp[0],2),rd(pop[1]/emp[1],2)]];
  R.forEach((r,k)=>wb.row(ws,3+k,r,1,[null,null,k===3?'rate':'n',k===3?'rate':'n'],k?'0.00':null));
  await0(wb);
}
// t25 county income not sum
{ const wb=new WB('t25_county_income'); const ws=wb.sheet('分县区收入');
  title(wb,ws,'各县（市、区）居民人均可支配收入','',7);
  wb.merge(ws,2,1,3,1,'地区'); wb.merge(ws,2,2,2,4,'城镇居民'); wb.merge(ws,2,5,2,7,'农村居民');
  wb.row(ws,3,['绝对额（元）','上年（元）','增长（%）','绝对额（元）','上年（元）','增长（%）'],2);
  const cs=['城东区','城西区','高新区','临江县','安平县','石桥县','云溪县'];
  const D=cs.map(()=>[ri(42000,62000),ri(18000,30000)]).map(([u,r])=>[u,Math.round(u/rf(1.035,1.06)),r,Math.round(r/rf(1.05,1.08))]);
  const avg=j=>Math.round(sum(D.map(d=>d[j]))/D.length*rf(0.98,1.02));
  const A=[avg(0),0,avg(2),0]; A[1]=Math.round(A[0]/1.047); A[3]=Math.round(A[2]/1.066);
  const line=(n,d,k)=>wb.row(ws,k,[n,d[0],d[1],gr(d[0],d[1]),d[2],d[3],gr(d[2],d[3])],1,[null,'avg','avg','growth','avg','avg','growth']);
  line('全市',A,4); cs.forEach((c,k)=>line(c,D[k],5+k));
  await0(wb);
}
// t26 trade by country with share
{ const wb=new WB('t26_export_market_share'); const ws=wb.sheet('出口市场');
  title(wb,ws,'2023年主要出口市场','',4);
  wb.row(ws,2,['国家（地区）','出口额（亿元）','占出口总额比重（%）','比上年增长（%）']);
  const mk=['美国','欧盟','东盟','日本','韩国','中国香港','印度','俄罗斯'];
  const tot=rf(1200,1600); const v=mk.map(()=>tot*rf(0.03,0.15)); 
  wb.row(ws,3,['出口总额',rd(tot,1),100,rd(rf(0,8),1)],1,[null,'total','share','growth'],[null,'0.0','0.0','0.0']);
  mk.forEach((n,k)=>wb.row(ws,4+k,['  其中：'.slice(0,k?2:6)+(k?'    ':'')+n,rd(v[k],1),rd(v[k]/tot*100,1),rd(rf(-20,30),1)],1,[null,'sub','share','growth'],[null,'0.0','0.0','0.0']));
  await0(wb);
}
// t27 PPI monthly yoy/mom
{ const wb=new WB('t27_ppi_monthly'); const ws=wb.sheet('PPI月度');
  title(wb,ws,'2023年工业生产者价格指数月度变动','',5);
  wb.merge(ws,2,1,3,1,'月份'); wb.merge(ws,2,2,2,3,'出厂价格'); wb.merge(ws,2,4,2,5,'购进价格');
  wb.row(ws,3,['同比（%）','环比（%）','同比（%）','环比（%）'],2);
  for(let m=1;m<=12;m++) wb.row(ws,3+m,[m+'月',rd(rf(-5,1),1),rd(rf(-0.8,0.6),1),rd(rf(-6,1),1),rd(rf(-1,0.8),1)],1,[null,'chg','chg','chg','chg'],'0.0');
  await0(wb);
}
// t28 agri producer price index
{ const wb=new WB('t28_agri_price'); const ws=wb.sheet('农产品价格');
  title(wb,ws,'农产品生产者价格指数（上年=100）','',4);
  wb.row(ws,2,['项目','2021年','2022年','2023年']);
  ['农产品生产者价格总指数','一、农业产品','  谷物','  蔬菜','  水果','二、林业产品','三、饲养动物及其产品','  生猪','  活家禽','  禽蛋','四、渔业产品'].forEach((n,k)=>wb.row(ws,3+k,[n,rd(rf(94,112),1),rd(rf(94,112),1),rd(rf(90,105),1)],1,[null,'index','index','index'],'0.0'));
  await0(wb);
}
// t29 income nominal vs real growth
{ const wb=new WB('t29_income_real_growth'); const ws=wb.sheet('收入增长');
  title(wb,ws,'居民人均可支配收入增长情况','',6);
  wb.row(ws,2,['指标','2023年（元）','2022年（元）','名义增长（%）','实际增长（%）','居民消费价格指数（上年=100）']);
  [['全体居民',48000,101.2],['城镇居民',60000,101.1],['农村居民',26000,101.5]].forEach(([n,b,c],k)=>{ const cur=Math.round(b*rf(0.9,1.1)), prev=Math.round(cur/rf(1.04,1.07)); const nom=(cur/prev-1)*100; wb.row(ws,3+k,[n,cur,prev,rd(nom,1),rd(((1+nom/100)/(c/100)-1)*100,1),c],1,[null,'avg','avg','growth','real','index'],[null,null,null,'0.0','0.0','0.0']); });
  await0(wb);
}
// t30 cross-border ecommerce with share of total
{ const wb=new WB('t30_crossborder_ecom'); const ws=wb.sheet('跨境电商');
  title(wb,ws,'跨境电子商务进出口','单位：亿元',5);
  wb.row(ws,3,['指标','2023年','2022年','增长（%）','占全市进出口比重（%）']);
  const T=rf(3000,4000), TP=T/1.05; const e=rf(200,300),i=rf(60,120),ep=e/rf(1.1,1.4),ip=i/rf(0.8,1.1);
  wb.row(ws,4,['全市货物进出口总额',rd(T,1),rd(TP,1),gr(T,TP),100],1,[null,'total','total','growth','share'],'0.0');
  wb.row(ws,5,['跨境电商进出口',rd(e+i,1),rd(ep+ip,1),gr(e+i,ep+ip),rd((e+i)/T*100,1)],1,[null,'total','total','growth','share'],'0.0');
  wb.row(ws,6,['  出口',rd(e,1),rd(ep,1),gr(e,ep),rd(e/T*100,1)],1,[null,'part','part','growth','share'],'0.0');
  wb.row(ws,7,['  进口',rd(i,1),rd(ip,1),gr(i,ip),rd(i/T*100,1)],1,[null,'part','part','growth','share'],'0.0');
  await0(wb);
}
// t31 trade mode in 亿元, 1dp, 3 periods transposed (years in rows, modes in columns)
{ const wb=new WB('t31_trade_mode_transposed'); const ws=wb.sheet('按方式（历年）');
  title(wb,ws,'按贸易方式分出口额（2019—2023）','单位：亿元',6);
  wb.row(ws,3,['年份','出口总额','一般贸易','加工贸易','其他贸易','一般贸易占比（%）']);
  for(let y=2019;y<=2023;y++){ const a=rf(500,900),b=rf(150,300),c=rf(40,120); const t=a+b+c; wb.row(ws,4+y-2019,[y+'年',rd(t,1),rd(a,1),rd(b,1),rd(c,1),rd(a/t*100,1)],1,[null,'total','part','part','part','share'],[null,'0.0','0.0','0.0','0.0','0.0']); }
  await0(wb);
}
// t32 household by income source with growth contributions (贡献率)
{ const wb=new WB('t32_income_source_contrib'); const ws=wb.sheet('收入来源');
  title(wb,ws,'全体居民人均可支配收入来源','',6);
  wb.row(ws,2,['项目','2023年（元）','2022年（元）','增加额（元）','增长（%）','对收入增长的贡献率（%）']);
  const U=hh(1.0),P=hhPrev(U); const d=U.inc.tot-P.inc.tot;
  HH_ROWS.slice(0,5).forEach(([n,s,k,kind],j)=>wb.row(ws,3+j,[n,U[s][k],P[s][k],U[s][k]-P[s][k],gr(U[s][k],P[s][k]),rd((U[s][k]-P[s][k])/d*100,1)],1,[null,kind,kind,kind,'growth','share'],[null,null,null,null,'0.0','0.0']));
  await0(wb);
}
// t33 import by commodity with quantity and price
{ const wb=new WB('t33_main_import_goods'); const ws=wb.sheet('主要进口商品');
  title(wb,ws,'2023年主要商品进口','',6);
  wb.row(ws,2,['商品名称','单位','数量','比上年增长（%）','金额（万美元）','比上年增长（%）']);
  [['铁矿砂及其精矿','万吨'],['原油','万吨'],['大豆','万吨'],['集成电路','亿个'],['初级形状的塑料','万吨'],['未锻轧铜及铜材','吨'],['医药品','—']].forEach(([n,u],k)=>wb.row(ws,3+k,[n,u,u==='—'?'—':ri(50,3000),u==='—'?'—':rd(rf(-20,30),1),ri(5000,400000),rd(rf(-25,35),1)],1,[null,null,null,'growth',null,'growth']));
  await0(wb);
}
// t34 bulletin: two sheets, 月报 with 1-N月 累计 and 同期 and growth
{ const wb=new WB('t34_monthly_bulletin_ytd');
  const ws=wb.sheet('12月'); title(wb,ws,'1—12月外贸主要指标','',5);
  wb.row(ws,2,['指标','单位','1—12月','上年同期','同比增长（%）']);
  const e=ri(300000,600000),i=ri(150000,350000),ep=Math.round(e/rf(0.9,1.12)),ip=Math.round(i/rf(0.85,1.15));
  const rows=[['进出口总额','万美元',e+i,ep+ip,'total'],['  出口','万美元',e,ep,'part'],['  进口','万美元',i,ip,'part']];
  rows.forEach((r,k)=>wb.row(ws,3+k,[r[0],r[1],r[2],r[3],gr(r[2],r[3])],1,[null,null,r[4],r[4],'growth']));
  wb.row(ws,6,['贸易顺差','万美元',e-i,ep-ip,gr(e-i,ep-ip)],1,[null,null,'diff','diff','growth']);
  const ws2=wb.sheet('CPI'); title(wb,ws2,'12月居民消费价格','',4);
  wb.row(ws2,2,['项目','12月同比（上年同月=100）','12月环比（上月=100）','1—12月（上年同期=100）']);
  CPI_ROWS.slice(0,1).concat(CPI_ROWS.slice(12)).forEach(([n],k)=>wb.row(ws2,3+k,[n,rd(rf(98,103),1),rd(rf(99.3,100.8),1),rd(rf(98.5,103),1)],1,[null,'index','index','index'],'0.0'));
  await0(wb);
}
// ---- save
var pend; function await0(wb){ pend.push(wb); }
(async()=>{ for(const wb of pend) await wb.save(OUT); fs.writeFileSync(__dirname+'/cands.json',JSON.stringify(cands,null,0)); console.log(pend.length,'files', cands.length,'cands'); })();
