const {rand,ri,rf,rd,sum,gr,WB,cands}=require('./lib.js');
const fs=require('fs'); const OUT=__dirname+'/clean'; const pend=[];
function title(wb,ws,t,unit,ncol){ wb.merge(ws,1,1,1,ncol,t); if(unit){ ws.getCell(2,ncol).value=unit; } }
// t35 Engel row uses 百分点 change in growth column
{ const wb=new WB('t35_income_engel_pp'); const ws=wb.sheet('居民收支');
  title(wb,ws,'全市居民人均收支主要指标','单位：元',4);
  wb.row(ws,3,['指标','2023年','2022年','比上年增长（%）']);
  const inc=[ri(26000,30000),ri(4500,6000),ri(2500,3500),ri(6500,8000)]; const incP=inc.map(x=>Math.round(x/rf(1.03,1.08)));
  const cats=[0.3,0.06,0.22,0.06,0.13,0.1,0.09,0.04]; const ct=sum(inc)*0.66; const ex=cats.map(w=>Math.round(ct*w*rf(0.9,1.1))); const exP=ex.map(x=>Math.round(x/rf(1.0,1.1)));
  const names=['人均可支配收入','  工资性收入','  经营净收入','  财产净收入','  转移净收入','人均消费支出','  食品烟酒','  衣着','  居住','  生活用品及服务','  交通通信','  教育文化娱乐','  医疗保健','  其他用品及服务'];
  const cur=[sum(inc),...inc,sum(ex),...ex], prev=[sum(incP),...incP,sum(exP),...exP];
  names.forEach((n,k)=>wb.row(ws,4+k,[n,cur[k],prev[k],gr(cur[k],prev[k])],1,[null,'x','x','growth']));
  const e1=rd(ex[0]/sum(ex)*100,1), e0=rd(exP[0]/sum(exP)*100,1);
  wb.row(ws,18,['恩格尔系数（%）',e1,e0,rd(e1-e0,1)],1,[null,'rate','rate',null],[null,'0.0','0.0','0.0']);
  ws.getCell(19,1).value='注：恩格尔系数的“比上年增长”栏为增减百分点。'; pend.push(wb); }
// t36 mixed counts and per-capita: 全体 row sums counts but averages per-capita
{ const wb=new WB('t36_survey_groups_mixed'); const ws=wb.sheet('分城乡');
  title(wb,ws,'住户调查分城乡主要指标','',6);
  wb.row(ws,2,['组别','调查户数（户）','调查人口（人）','人均可支配收入（元）','人均消费支出（元）','平均每户人口（人）']);
  const U={h:ri(900,1300)}, R={h:ri(600,1000)}; U.p=Math.round(U.h*rf(2.6,2.9)); R.p=Math.round(R.h*rf(3.1,3.5));
  U.inc=ri(52000,60000); R.inc=ri(22000,27000); U.exp=Math.round(U.inc*rf(0.6,0.68)); R.exp=Math.round(R.inc*rf(0.7,0.8));
  // population weights (published 全体 uses resident population weights, not sample)
  const w=rf(0.6,0.7); const A={h:U.h+R.h,p:U.p+R.p,inc:Math.round(U.inc*w+R.inc*(1-w)),exp:Math.round(U.exp*w+R.exp*(1-w))};
  const line=(n,o,k)=>wb.row(ws,k,[n,o.h,o.p,o.inc,o.exp,rd(o.p/o.h,2)],1,[null,'total','total','avg','avg','rate'],[null,null,null,null,null,'0.00']);
  line('全体居民',A,3); line('  城镇居民',U,4); line('  农村居民',R,5);
  ws.getCell(6,1).value='注：全体居民人均指标按常住人口加权计算。'; pend.push(wb); }
// t37 reversed period order (2022 first) with growth
{ const wb=new WB('t37_trade_reversed_periods'); const ws=wb.sheet('进出口');
  title(wb,ws,'按企业性质分进出口','单位：万美元',4);
  wb.row(ws,3,['企业性质','2022年','2023年','增长（%）']);
  const ks=['国有企业','外商投资企业','  其中：外商独资企业','私营企业','其他企业'];
  const D=ks.map(()=>[ri(50000,600000),0]); D.forEach(d=>d[1]=Math.round(d[0]*rf(0.8,1.25))); D[2]=[Math.round(D[1][0]*0.6),Math.round(D[1][1]*0.62)];
  const T=[0,1].map(j=>sum(D.filter((_,k)=>k!==2).map(d=>d[j])));
  wb.row(ws,4,['合计',T[0],T[1],gr(T[1],T[0])],1,[null,'total','total','growth']);
  ks.forEach((n,k)=>wb.row(ws,5+k,[n,D[k][0],D[k][1],gr(D[k][1],D[k][0])],1,[null,k===2?'sub':'part',k===2?'sub':'part','growth']));
  pend.push(wb); }
// t38 total at bottom, then 其中 overlapping groupings after the total
{ const wb=new WB('t38_country_total_bottom'); const ws=wb.sheet('出口国别');
  title(wb,ws,'主要国家和地区出口额','单位：亿元',3);
  wb.row(ws,3,['国家和地区','出口额','比上年增长（%）']);
  const cs=['美国','日本','韩国','德国','越南','印度','马来西亚','俄罗斯','英国','其他国家和地区'];
  const v=cs.map(()=>rf(20,180)); v[9]=rf(300,500); const vp=v.map(x=>x/rf(0.85,1.2)); const T=sum(v),TP=sum(vp);
  cs.forEach((n,k)=>wb.row(ws,4+k,[n,rd(v[k],1),gr(v[k],vp[k])],1,[null,'part','growth'],[null,'0.0','0.0']));
  wb.row(ws,14,['合计',rd(T,1),gr(T,TP)],1,[null,'total','growth'],[null,'0.0','0.0']);
  const br=v[4]+v[5]+v[6]+v[7]+T*0.12, eu=v[3]+T*0.05, as=v[4]+v[6]+T*0.04;
  wb.row(ws,15,['  其中：“一带一路”沿线国家',rd(br,1),rd(rf(3,12),1)],1,[null,'sub','growth'],[null,'0.0','0.0']);
  wb.row(ws,16,['        欧盟',rd(eu,1),rd(rf(-8,5),1)],1,[null,'sub','growth'],[null,'0.0','0.0']);
  wb.row(ws,17,['        东盟',rd(as,1),rd(rf(0,15),1)],1,[null,'sub','growth'],[null,'0.0','0.0']);
  pend.push(wb); }
// t39 small bases in 亿元 1dp with growth from unrounded (rounding-sensitive)
{ const wb=new WB('t39_small_base_growth'); const ws=wb.sheet('服务贸易');
  title(wb,ws,'按业务类型分服务进出口','单位：亿元',4);
  wb.row(ws,3,['项目','2023年','2022年','比上年增长（%）']);
  const it=['运输','旅行','建设','保险和养老金服务','金融服务','知识产权使用费','电信、计算机和信息服务','其他商业服务','文化和娱乐服务','维护和维修服务'];
  const c=[rf(40,80),rf(20,40),rf(5,12),2.34,1.46,3.74,rf(30,60),rf(20,40),0.64,2.15]; const p=[c[0]/1.05,c[1]/0.7,c[2]/1.1,1.86,1.54,3.25,c[6]/1.2,c[7]/1.08,0.46,2.24];
  const C=sum(c),P=sum(p);
  wb.row(ws,4,['服务进出口总额',rd(C,1),rd(P,1),gr(C,P)],1,[null,'total','total','growth'],[null,'0.0','0.0','0.0']);
  it.forEach((n,k)=>wb.row(ws,5+k,['  '+n,rd(c[k],1),rd(p[k],1),gr(c[k],p[k])],1,[null,'part','part','growth'],[null,'0.0','0.0','0.0']));
  ws.getCell(15,1).value='注：增长速度按未经四舍五入的数据计算。'; pend.push(wb); }
// t40 many shares rounded; 14 items structure table (构成 sums to 100 ± rounding)
{ const wb=new WB('t40_import_structure_shares'); const ws=wb.sheet('进口构成');
  title(wb,ws,'按商品类别分进口额及构成','',3);
  wb.row(ws,2,['商品类别','进口额（万美元）','构成（%）']);
  const cl=['食品及活动物','饮料及烟类','非食用原料（燃料除外）','矿物燃料、润滑油及有关原料','动植物油、脂及蜡','化学成品及有关产品','按原料分类的制成品','机械及运输设备','杂项制品','未分类的商品'];
  const v=cl.map(()=>ri(3000,300000)); const T=sum(v); const sh=v.map(x=>rd(x/T*100,1));
  wb.row(ws,3,['总额',T,100.0],1,[null,'total','share'],[null,null,'0.0']);
  cl.forEach((n,k)=>wb.row(ws,4+k,[n,v[k],sh[k]],1,[null,'part','share'],[null,null,'0.0']));
  console.log('t40 share sum',rd(sum(sh),1)); pend.push(wb); }
// t41 城乡收入比 column (ratio not x100)
{ const wb=new WB('t41_urban_rural_ratio'); const ws=wb.sheet('城乡比');
  title(wb,ws,'城乡居民人均可支配收入及城乡收入比（2018—2023年）','',5);
  wb.row(ws,2,['年份','城镇居民（元）','农村居民（元）','城乡收入比（农村=1）','城镇居民收入增长（%）']);
  let u=38000,r=15000,pu=null;
  for(let y=2017;y<=2023;y++){ if(y>2017) wb.row(ws,3+y-2018,[y,u,r,rd(u/r,2),gr(u,pu)],1,[null,'avg','avg','rate','growth'],[null,null,null,'0.00','0.0']); pu=u; u=Math.round(u*rf(1.03,1.08)); r=Math.round(r*rf(1.05,1.1)); }
  pend.push(wb); }
// t42 quarterly cumulative columns + growth per quarter
{ const wb=new WB('t42_quarterly_cumulative'); const ws=wb.sheet('季度');
  title(wb,ws,'2023年分季度累计进出口','单位：亿元',9);
  wb.merge(ws,3,1,4,1,'指标'); const qs=['一季度','上半年','前三季度','全年'];
  qs.forEach((q,i)=>{ wb.merge(ws,3,2+2*i,3,3+2*i,q); wb.row(ws,4,['累计','增长（%）'],2+2*i); });
  const rows=['进出口总额','  出口','  进口'];
  const qe=[rf(150,200),rf(160,220),rf(170,230),rf(180,240)], qi=[rf(80,120),rf(80,130),rf(90,140),rf(90,150)];
  const pe=qe.map(x=>x/rf(0.9,1.15)), pi=qi.map(x=>x/rf(0.85,1.15));
  const cum=a=>a.map((_,i)=>sum(a.slice(0,i+1)));
  const E=cum(qe),I=cum(qi),EP=cum(pe),IP=cum(pi);
  const L=[[E.map((x,i)=>x+I[i]),EP.map((x,i)=>x+IP[i])],[E,EP],[I,IP]];
  L.forEach(([c,p],k)=>{ const row=[rows[k]]; c.forEach((x,i)=>row.push(rd(x,1),gr(x,p[i]))); wb.row(ws,5+k,row,1,i=>i===0?null:(i%2?'cum':'growth'),[null,'0.0','0.0','0.0','0.0','0.0','0.0','0.0','0.0']); });
  pend.push(wb); }
// t43 CPI with 涨跌幅 and index side by side, and weights column (权数 sums to 100)
{ const wb=new WB('t43_cpi_index_and_change'); const ws=wb.sheet('CPI分类');
  title(wb,ws,'2023年居民消费价格分类指数及涨跌幅','',4);
  wb.row(ws,2,['类别','指数（上年=100）','涨跌幅（%）','对总指数影响（百分点）']);
  const ws8=[0.28,0.06,0.23,0.06,0.13,0.11,0.09,0.04]; const idx=ws8.map(()=>rf(97,104)); const tot=sum(idx.map((x,i)=>x*ws8[i]));
  wb.row(ws,3,['总指数',rd(tot,1),rd(tot-100,1),rd(tot-100,2)],1,[null,'index','chg','contrib'],[null,'0.0','0.0','0.00']);
  ['食品烟酒','衣着','居住','生活用品及服务','交通通信','教育文化娱乐','医疗保健','其他用品及服务'].forEach((n,k)=>wb.row(ws,4+k,['  '+n,rd(idx[k],1),rd(idx[k]-100,1),rd((idx[k]-100)*ws8[k],2)],1,[null,'index','chg','contrib'],[null,'0.0','0.0','0.00']));
  ws.getCell(12,1).value='注：各类对总指数的影响之和与总指数涨跌幅因四舍五入略有差异。'; pend.push(wb); }
// t44 FDI: 外商直接投资 + 其他投资 = 合计, in 亿美元 2dp rounded independently, 3 years transposed
{ const wb=new WB('t44_fdi_years_usd'); const ws=wb.sheet('利用外资');
  title(wb,ws,'历年实际利用外资','单位：亿美元',5);
  wb.row(ws,3,['年份','实际利用外资合计','外商直接投资','外商其他投资','外商直接投资比上年增长（%）']);
  let pf=null; for(let y=2018;y<=2023;y++){ const f=rf(10,25), o=rf(0.1,1.5); if(y>2018) wb.row(ws,4+y-2019,[y+'年',rd(f+o,2),rd(f,2),rd(o,2),gr(f,pf)],1,[null,'total','part','part','growth'],[null,'0.00','0.00','0.00','0.0']); pf=f; }
  pend.push(wb); }
(async()=>{ for(const wb of pend) await wb.save(OUT); const old=JSON.parse(fs.readFileSync(__dirname+'/cands.json')); fs.writeFileSync(__dirname+'/cands.json',JSON.stringify(old.filter(c=>!pend.some(w=>w.name+'.xlsx'===c.file)).concat(cands))); console.log(pend.length,'files'); })();
