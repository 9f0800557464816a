const L=require('./lib.js'); const {rand,ri,rf,rd,pct,sum,pick,TOWNS,INDS,COUNTIES,WB}=L;
function ent(a,b){ const n=ri(a,b); const built=Math.round(n*rf(0.35,0.92)); const own=Math.round(built*rf(0.25,0.7)); const joint=built-own; const unb=n-built;
  const withPM=Math.min(n, own+Math.round(joint*rf(0.3,0.8))+Math.round(unb*rf(0,0.2))); const jorg= joint? Math.max(1,Math.round(joint/rf(2.2,5))):0;
  return {n,built,own,joint,unb,withPM,noPM:n-withPM,guide:ri(1,Math.max(2,Math.round(unb/3))),jorg}; }
function tot(list,keys){ const t={}; keys.forEach(k=>t[k]=sum(list.map(x=>x[k]))); return t; }
const K=['n','built','own','joint','unb','withPM','noPM','guide','jorg'];
const B=[];
function title(W,ws,t,ncol,unit){ W.merge(ws,1,1,1,ncol,t); if(unit){ W.put(ws,2,1,unit); } }

// 1 乡镇覆盖 total top, 2 decimals
B.push(W=>{ const ws=W.sheet('覆盖情况'); title(W,ws,'2025年非公有制企业党组织覆盖情况统计表',11,'填报单位：中共XX县委非公有制经济组织工委        单位：个、%');
  const h=['序号','乡镇（街道）','企业数','已建立党组织企业数','其中','','党组织覆盖率（%）','未建立党组织企业数','有党员企业数','无党员企业数','选派党建指导员（名）'];
  W.row(ws,3,h); W.put(ws,4,5,'单独建立'); W.put(ws,4,6,'联合建立');
  [1,2,3,4,7,8,9,10,11].forEach(c=>W.merge(ws,3,c,4,c)); W.merge(ws,3,5,3,6);
  const towns=pick(TOWNS,12); const d=towns.map(()=>ent(20,420)); const t=tot(d,K);
  W.row(ws,5,['','合计',t.n,t.built,t.own,t.joint,pct(t.built,t.n,2),t.unb,t.withPM,t.noPM,t.guide],1,'total');
  d.forEach((x,i)=>W.row(ws,6+i,[i+1,towns[i],x.n,x.built,x.own,x.joint,pct(x.built,x.n,2),x.unb,x.withPM,x.noPM,x.guide],1,j=>j==6?'rate':null));
});
// 2 total bottom, 1 decimal, notes
B.push(W=>{ const ws=W.sheet('Sheet1'); title(W,ws,'XX县非公企业党建工作基本情况表（截至2025年6月30日）',9,'单位：家、%');
  W.row(ws,3,['序号','乡镇','非公企业总数','已建党组织','未建党组织','覆盖率','有党员企业','无党员企业','党建指导员']);
  const towns=pick(TOWNS,9); const d=towns.map(()=>ent(15,260)); const t=tot(d,K);
  d.forEach((x,i)=>W.row(ws,4+i,[i+1,towns[i],x.n,x.built,x.unb,pct(x.built,x.n,1),x.withPM,x.noPM,x.guide],1,j=>j==5?'rate':null));
  const r=4+d.length; W.merge(ws,r,1,r,2,'合  计'); W.row(ws,r,[t.n,t.built,t.unb,pct(t.built,t.n,1),t.withPM,t.noPM,t.guide],3,'total');
  W.put(ws,r+2,1,'填报说明：1.覆盖率=已建党组织企业数÷非公企业总数×100%；2.已建党组织含单独建立和联合建立；3.党建指导员含兼职。');
});
// 3 行业 全部 + 规上 blocks
B.push(W=>{ const ws=W.sheet('分行业'); title(W,ws,'全市非公有制企业党组织覆盖情况（分行业）',9);
  W.put(ws,2,1,'行业'); W.merge(ws,2,1,3,1); W.merge(ws,2,2,2,5,'全部非公企业'); W.merge(ws,2,6,2,9,'其中：规模以上企业');
  W.row(ws,3,['企业数','已建党组织企业数','覆盖率（%）','党员数（人）','企业数','已建党组织企业数','覆盖率（%）','党员数（人）'],2);
  const inds=INDS.slice(0,10); const rows=inds.map(()=>{ const a=ent(40,1800); const g=Math.round(a.n*rf(0.08,0.3)); const gb=Math.min(g,Math.round(g*rf(0.7,1))); const pm=ri(a.built*2,a.built*6); const gpm=Math.round(pm*rf(0.3,0.6)); return {n:a.n,b:a.built,pm,g,gb,gpm}; });
  const t=tot(rows,['n','b','pm','g','gb','gpm']);
  W.put(ws,4,1,'总计'); W.row(ws,4,[t.n,t.b,pct(t.b,t.n,2),t.pm,t.g,t.gb,pct(t.gb,t.g,2),t.gpm],2,'total');
  rows.forEach((x,i)=>{ W.put(ws,5+i,1,inds[i]); W.row(ws,5+i,[x.n,x.b,pct(x.b,x.n,2),x.pm,x.g,x.gb,pct(x.gb,x.g,2),x.gpm],2,j=>(j==2||j==6)?'rate':null); });
});
// 4 社会组织 by type
B.push(W=>{ const ws=W.sheet('社会组织'); title(W,ws,'社会组织党组织覆盖情况统计表',9,'单位：个、人、%');
  W.row(ws,3,['类别','社会组织数','已建立党组织数','其中：单独建立','联合建立','覆盖率（%）','有党员的社会组织数','党员人数','党建指导员']);
  const types=['社会团体','民办非企业单位','基金会']; const d=[ent(80,400),ent(150,700),ent(3,12)]; d.forEach(x=>x.pm=ri(x.withPM,x.withPM*4)); const t=tot(d,K.concat('pm'));
  W.row(ws,4,['合计',t.n,t.built,t.own,t.joint,pct(t.built,t.n,1),t.withPM,t.pm,t.guide],1,'total');
  d.forEach((x,i)=>W.row(ws,5+i,[types[i],x.n,x.built,x.own,x.joint,pct(x.built,x.n,1),x.withPM,x.pm,x.guide],1,j=>j==5?'rate':null));
});
// 5 社会组织 by 乡镇, type column groups
B.push(W=>{ const ws=W.sheet('分乡镇'); title(W,ws,'各乡镇（街道）社会组织党建情况',11);
  W.put(ws,2,1,'序号');W.merge(ws,2,1,3,1); W.put(ws,2,2,'乡镇（街道）');W.merge(ws,2,2,3,2);
  W.merge(ws,2,3,2,5,'合计'); W.merge(ws,2,6,2,7,'社会团体'); W.merge(ws,2,8,2,9,'民办非企业单位'); W.merge(ws,2,10,2,11,'基金会');
  W.row(ws,3,['组织数','已建党组织','覆盖率%','组织数','已建党组织','组织数','已建党组织','组织数','已建党组织'],3);
  const towns=pick(TOWNS,10); const rows=towns.map(()=>{ const a=ri(3,40),ab=ri(0,a),b=ri(5,60),bb=ri(1,b),c=ri(0,1),cb=c?ri(0,1):0; return [a,ab,b,bb,c,cb]; });
  rows.forEach((x,i)=>{ const n=x[0]+x[2]+x[4], bl=x[1]+x[3]+x[5]; W.row(ws,4+i,[i+1,towns[i],n,bl,pct(bl,n,1),x[0],x[1],x[2],x[3],x[4]||null,x[5]||null],1,j=>j<5&&j>=2?'sub':null); });
  const r=4+rows.length; const T=[0,1,2,3,4,5].map(k=>sum(rows.map(x=>x[k]))); const n=T[0]+T[2]+T[4],bl=T[1]+T[3]+T[5];
  W.put(ws,r,2,'合计'); W.row(ws,r,[n,bl,pct(bl,n,1),...T],3,'total');
});
// 6 党员 其中 columns
B.push(W=>{ const ws=W.sheet('党员情况'); title(W,ws,'非公企业党员基本情况',9,'单位：人');
  W.row(ws,3,['序号','乡镇（街道）','党员总数','其中：女党员','35岁及以下','大专及以上学历','流动党员','预备党员','党员占职工比例（%）']);
  const towns=pick(TOWNS,11); const rows=towns.map(()=>{ const p=ri(30,900); const emp=ri(p*8,p*40); return {p,f:Math.round(p*rf(.2,.45)),y:Math.round(p*rf(.2,.5)),e:Math.round(p*rf(.4,.8)),m:Math.round(p*rf(.02,.15)),pre:Math.round(p*rf(.01,.06)),emp}; });
  const T=tot(rows,['p','f','y','e','m','pre','emp']);
  W.row(ws,4,['','全县',T.p,T.f,T.y,T.e,T.m,T.pre,pct(T.p,T.emp,2)],1,'total');
  rows.forEach((x,i)=>W.row(ws,5+i,[i+1,towns[i],x.p,x.f,x.y,x.e,x.m,x.pre,pct(x.p,x.emp,2)]));
  W.put(ws,5+rows.length+1,1,'注：党员占职工比例=党员总数÷企业职工总数。');
});
// 7 年初/年末/增减
B.push(W=>{ const ws=W.sheet('变动情况'); title(W,ws,'非公企业党组织和党员数量变动情况',8);
  W.put(ws,2,1,'乡镇');W.merge(ws,2,1,3,1); W.merge(ws,2,2,2,4,'党组织数（个）'); W.merge(ws,2,5,2,7,'党员数（名）');
  W.row(ws,3,['年初','年末','增减','年初','年末','增减'],2);
  const towns=pick(TOWNS,10); const rows=towns.map(()=>{ const a=ri(8,120),b=a+ri(-5,14),c=ri(40,900),d=c+ri(-20,60); return [a,b,c,d]; });
  rows.forEach((x,i)=>{ W.put(ws,4+i,1,towns[i]); W.row(ws,4+i,[x[0],x[1],x[1]-x[0],x[2],x[3],x[3]-x[2]],2,j=>j==2||j==5?'chg':null); });
  const r=4+rows.length; const T=[0,1,2,3].map(k=>sum(rows.map(x=>x[k])));
  W.put(ws,r,1,'合计'); W.row(ws,r,[T[0],T[1],T[1]-T[0],T[2],T[3],T[3]-T[2]],2,'total');
});
// 8 two-year blocks with 百分点
B.push(W=>{ const ws=W.sheet('对比'); title(W,ws,'2024—2025年非公企业党组织覆盖情况对比',9);
  W.put(ws,2,1,'乡镇（街道）');W.merge(ws,2,1,3,1); W.merge(ws,2,2,2,4,'2024年'); W.merge(ws,2,5,2,7,'2025年'); W.put(ws,2,8,'覆盖率增减（百分点）'); W.merge(ws,2,8,3,8); W.put(ws,2,9,'新增建立党组织企业数'); W.merge(ws,2,9,3,9);
  W.row(ws,3,['企业数','已建党组织企业数','覆盖率（%）','企业数','已建党组织企业数','覆盖率（%）'],2);
  const towns=pick(TOWNS,9); const rows=towns.map(()=>{ const n1=ri(30,500),b1=Math.round(n1*rf(.3,.85)); const n2=n1+ri(-10,60), b2=Math.min(n2,b1+ri(0,40)); return [n1,b1,n2,b2]; });
  const T=[0,1,2,3].map(k=>sum(rows.map(x=>x[k])));
  const line=(r,lab,x,agg)=>{ const p1=pct(x[1],x[0],2),p2=pct(x[3],x[2],2); W.put(ws,r,1,lab); W.row(ws,r,[x[0],x[1],p1,x[2],x[3],p2,rd(p2-p1,2),x[3]-x[1]],2,agg||(j=>j==2||j==5?'rate':j==6?'chg':null)); };
  rows.forEach((x,i)=>line(4+i,towns[i],x)); line(4+rows.length,'全县合计',T,'total');
});
// 9 台账 + 汇总
B.push(W=>{ const ws=W.sheet('汇总'); const tz=W.sheet('台账');
  W.row(tz,1,['序号','企业名称','所在乡镇','所属行业','职工人数','党员人数','是否建立党组织','组建方式','党组织名称','党建指导员']);
  const towns=pick(TOWNS,5); const inds=['制造业','建筑业','批发和零售业','住宿和餐饮业','信息传输、软件和信息技术服务业'];
  const names=['恒远','鑫达','华通','宏泰','金诚','瑞丰','天润','永盛','博远','众鑫','海川','明辉','德隆','汇丰源','佳禾','广源','东方','长兴','兴旺','正大','鼎盛','新锐','合力','盛世','万通','聚福','凯达','昌盛','嘉诚','同创','安泰','宇航'];
  const recs=names.map((nm,i)=>{ const pm=rand()<0.3?0:ri(1,25); const built=pm>=3?(rand()<0.8):(pm>0&&rand()<0.4); return {nm:nm+['机械有限公司','建设工程有限公司','商贸有限公司','酒店管理有限公司','科技有限公司'][i%5], town:towns[ri(0,4)], ind:inds[i%5], emp:ri(12,600), pm, built, mode: built?(pm>=3?'单独建立':'联合建立'):null}; });
  recs.forEach((r,i)=>W.row(tz,2+i,[i+1,r.nm,r.town,r.ind,r.emp,r.pm,r.built?'是':'否',r.mode,r.built?(r.mode=='单独建立'?'中共'+r.nm+'支部委员会':'联合党支部'):null,rand()<0.5?'张'+['伟','敏','静','磊','洋'][i%5]:null]));
  W.merge(ws,1,1,1,8,'XX县规模以上非公企业党建情况汇总表'); W.row(ws,2,['乡镇','企业数','已建党组织企业数','单独建立','联合建立','未建党组织企业数','党员人数','覆盖率（%）']);
  const g=towns.map(t=>{ const rs=recs.filter(r=>r.town==t); const b=rs.filter(r=>r.built).length, o=rs.filter(r=>r.mode=='单独建立').length; return [rs.length,b,o,b-o,rs.length-b,sum(rs.map(r=>r.pm))]; }).filter(x=>x[0]>0);
  const tw=towns.filter(t=>recs.some(r=>r.town==t));
  g.forEach((x,i)=>{ W.put(ws,3+i,1,tw[i]); W.row(ws,3+i,[...x,pct(x[1],x[0],1)],2,j=>j==6?'rate':null); });
  const T=[0,1,2,3,4,5].map(k=>sum(g.map(x=>x[k]))); W.put(ws,3+g.length,1,'合计'); W.row(ws,3+g.length,[...T,pct(T[1],T[0],1)],2,'total');
});
// 10 hierarchical 街道/乡镇 subtotals
B.push(W=>{ const ws=W.sheet('覆盖'); title(W,ws,'XX市XX区非公企业党组织覆盖情况',7,'单位：个');
  W.row(ws,3,['单位','企业数','已建立党组织企业数','单独建立','联合建立','覆盖率（%）','有党员企业数']);
  const st=pick(TOWNS.filter(t=>t.includes('街道')),3), tw=pick(TOWNS.filter(t=>!t.includes('街道')),5);
  const ds=st.map(()=>ent(100,600)), dt=tw.map(()=>ent(20,200)); const ts=tot(ds,K), tt=tot(dt,K), ta=tot(ds.concat(dt),K);
  const line=(r,lab,x,agg)=>{ W.put(ws,r,1,lab); W.row(ws,r,[x.n,x.built,x.own,x.joint,pct(x.built,x.n,1),x.withPM],2,agg||(j=>j==4?'rate':null)); };
  let r=4; line(r++,'全区合计',ta,'total'); line(r++,'一、街道小计',ts,'total'); st.forEach((s,i)=>line(r++,'  '+s,ds[i])); line(r++,'二、乡镇小计',tt,'total'); tw.forEach((s,i)=>line(r++,'  '+s,dt[i]));
});
// 11 growth %
B.push(W=>{ const ws=W.sheet('增长情况'); title(W,ws,'非公企业党组织和党员增长情况',8);
  W.row(ws,2,['县（市、区）','2024年党组织数','2025年党组织数','增长（%）','2024年党员数','2025年党员数','增长（%）','备注']);
  const cs=COUNTIES.slice(0,7); const rows=cs.map(()=>{ const a=ri(60,500),b=Math.round(a*rf(.95,1.25)),c=ri(400,5000),d=Math.round(c*rf(.97,1.18)); return [a,b,c,d]; });
  const line=(r,lab,x,agg)=>{ W.put(ws,r,1,lab); W.row(ws,r,[x[0],x[1],pct(x[1]-x[0],x[0],1),x[2],x[3],pct(x[3]-x[2],x[2],1)],2,agg||(j=>j==2||j==5?'chg':null)); };
  const T=[0,1,2,3].map(k=>sum(rows.map(x=>x[k]))); line(3,'全市',T,'total'); rows.forEach((x,i)=>line(4+i,cs[i],x));
});
// 12 transposed indicator list
B.push(W=>{ const ws=W.sheet('基本情况'); title(W,ws,'两新组织党建工作基本情况表',5);
  W.row(ws,2,['指标名称','计量单位','2025年','2024年','增减']);
  const n1=ri(2000,6000), n0=n1-ri(50,400), g1=Math.round(n1*rf(.1,.2)), g0=g1-ri(5,40), b1=Math.round(n1*rf(.5,.7)), b0=b1-ri(20,200), gb1=Math.round(g1*rf(.85,.99)), gb0=Math.min(g0,gb1-ri(0,10)), o1=Math.round(b1*rf(.3,.5)), o0=Math.round(b0*rf(.3,.5));
  const s1=ri(600,1500), s0=s1-ri(-20,90), sb1=Math.round(s1*rf(.4,.7)), sb0=sb1-ri(0,60);
  const rows=[['一、非公有制企业','','','',''],['企业总数','个',n1,n0],['  其中：规模以上企业','个',g1,g0],['已建立党组织企业数','个',b1,b0],['  其中：单独建立','个',o1,o0],['  联合建立','个',b1-o1,b0-o0],['  其中：规模以上企业','个',gb1,gb0],['党组织覆盖率','%',pct(b1,n1,2),pct(b0,n0,2)],['规模以上企业党组织覆盖率','%',pct(gb1,g1,2),pct(gb0,g0,2)],['二、社会组织','','','',''],['社会组织总数','个',s1,s0],['已建立党组织社会组织数','个',sb1,sb0],['党组织覆盖率','%',pct(sb1,s1,2),pct(sb0,s0,2)]];
  rows.forEach((x,i)=>{ if(typeof x[2]=='number'){ const isR=x[1]=='%'; W.row(ws,3+i,[x[0],x[1],x[2],x[3],rd(x[2]-x[3],2)],1,j=>j==4?'chg':(isR&&j==2)?'rate':(j==2&&i!=4&&i!=5)?null:null); } else W.put(ws,3+i,1,x[0]); });
});
// 13 blanks / 一 for none
B.push(W=>{ const ws=W.sheet('Sheet1'); title(W,ws,'XX县规模以上非公企业党组织组建情况',8,'单位：个');
  W.row(ws,3,['序号','乡镇','规上企业数','已建党组织','其中单独组建','其中联合组建','覆盖率(%)','未建党组织']);
  const towns=pick(TOWNS,10); const rows=towns.map((t,i)=>{ const n=i%4==3?ri(1,4):ri(5,60); const b=i%4==3?n:Math.round(n*rf(.6,1)); const o=i%3==0?b:Math.round(b*rf(.5,.9)); return [n,b,o,b-o]; });
  const z=v=>v===0?(rand()<0.5?'一':null):v;
  rows.forEach((x,i)=>W.row(ws,4+i,[i+1,towns[i],x[0],x[1],z(x[2]),z(x[3]),pct(x[1],x[0],1),z(x[0]-x[1])],1,j=>j==6?'rate':null));
  const T=[0,1,2,3].map(k=>sum(rows.map(x=>x[k]))); W.merge(ws,4+rows.length,1,4+rows.length,2,'合计'); W.row(ws,4+rows.length,[T[0],T[1],T[2],T[3],pct(T[1],T[0],1),T[0]-T[1]],3,'total');
});
// 14 percent-format rates
B.push(W=>{ const ws=W.sheet('覆盖率'); title(W,ws,'各县区非公企业党组织覆盖率',6);
  W.row(ws,2,['地区','非公企业数','已建党组织企业数','组织覆盖率','有党员企业数','有党员企业占比']);
  const cs=COUNTIES.slice(0,8); const d=cs.map(()=>ent(300,3000)); const t=tot(d,K);
  const f='0.00%'; const line=(r,lab,x,agg)=>{ W.put(ws,r,1,lab); W.row(ws,r,[x.n,x.built,rd(x.built/x.n,4),x.withPM,rd(x.withPM/x.n,4)],2,agg||(j=>j==2||j==4?'rate':null),[null,null,f,null,f]); };
  d.forEach((x,i)=>line(3+i,cs[i],x)); line(3+d.length,'合计',t,'total');
});
// 15 规上 with 指导员, joint orgs count
B.push(W=>{ const ws=W.sheet('组建情况'); title(W,ws,'非公企业党组织组建方式统计',9,'单位：个、名');
  W.row(ws,3,['乡镇（街道）','企业数','已建立党组织企业数','单独建立党组织企业数','联合建立党组织企业数','联合党组织数','覆盖率（%）','选派党建指导员','党建指导员联系企业数']);
  const towns=pick(TOWNS,8); const d=towns.map(()=>ent(30,300)); d.forEach(x=>x.ce=Math.min(x.unb,ri(x.guide,x.guide*4))); const t=tot(d,K.concat('ce'));
  d.forEach((x,i)=>{ W.put(ws,4+i,1,towns[i]); W.row(ws,4+i,[x.n,x.built,x.own,x.joint,x.jorg,pct(x.built,x.n,2),x.guide,x.ce],2,j=>j==5?'rate':null); });
  W.put(ws,4+d.length,1,'合计'); W.row(ws,4+d.length,[t.n,t.built,t.own,t.joint,t.jorg,pct(t.built,t.n,2),t.guide,t.ce],2,'total');
});
// 16 multi-sheet: 企业 + 社会组织 + 说明
B.push(W=>{ const a=W.sheet('非公企业'), b=W.sheet('社会组织'), c=W.sheet('填报说明');
  const towns=pick(TOWNS,7);
  [[a,'非公企业',20,300],[b,'社会组织',5,60]].forEach(([ws,lab,lo,hi])=>{ W.row(ws,1,['序号','乡镇（街道）',lab+'数','已建立党组织数','覆盖率（%）','未建立党组织数','党员数']);
    const d=towns.map(()=>{ const e=ent(lo,hi); e.pm=ri(e.built,e.built*5+3); return e; }); const t=tot(d,K.concat('pm'));
    d.forEach((x,i)=>W.row(ws,2+i,[i+1,towns[i],x.n,x.built,pct(x.built,x.n,1),x.unb,x.pm],1,j=>j==4?'rate':null));
    W.put(ws,2+d.length,2,'合计'); W.row(ws,2+d.length,[t.n,t.built,pct(t.built,t.n,1),t.unb,t.pm],3,'total'); });
  ['一、统计时点为2025年6月30日。','二、覆盖率=已建立党组织数÷组织总数×100%，保留1位小数。','三、联合建立的，每家企业均计入已建立党组织数。','四、本表由各乡镇（街道）党（工）委于7月5日前报送。'].forEach((s,i)=>W.put(c,1+i,1,s));
});
// 17 两新组织 合计 = 非公 + 社会
B.push(W=>{ const ws=W.sheet('两新组织'); title(W,ws,'两新组织党组织覆盖情况汇总',10);
  W.put(ws,2,1,'乡镇');W.merge(ws,2,1,3,1); W.merge(ws,2,2,2,4,'两新组织合计'); W.merge(ws,2,5,2,7,'非公有制企业'); W.merge(ws,2,8,2,10,'社会组织');
  W.row(ws,3,['总数','已建党组织','覆盖率（%）','总数','已建党组织','覆盖率（%）','总数','已建党组织','覆盖率（%）'],2);
  const towns=pick(TOWNS,9); const rows=towns.map(()=>{ const a=ri(20,400),ab=Math.round(a*rf(.3,.9)),s=ri(2,50),sb=Math.round(s*rf(.2,.9)); return [a,ab,s,sb]; });
  const line=(r,lab,x,agg)=>{ const n=x[0]+x[2],b=x[1]+x[3]; W.put(ws,r,1,lab); W.row(ws,r,[n,b,pct(b,n,1),x[0],x[1],pct(x[1],x[0],1),x[2],x[3],pct(x[3],x[2],1)],2,agg||(j=>j==0||j==1?'sub':j%3==2?'rate':null)); };
  rows.forEach((x,i)=>line(4+i,towns[i],x)); line(4+rows.length,'合计',[0,1,2,3].map(k=>sum(rows.map(x=>x[k]))),'total');
});
// 18 行业 有党员/无党员/党员数
B.push(W=>{ const ws=W.sheet('分行业'); title(W,ws,'非公企业党员分布情况（按行业）',7,'单位：个、人');
  W.row(ws,3,['行业类别','企业数','有党员企业数','无党员企业数','党员总数','其中：正式党员','其中：预备党员']);
  const inds=pick(INDS,9); const d=inds.map(()=>{ const e=ent(20,900); e.pm=ri(e.withPM,e.withPM*6); e.pre=Math.round(e.pm*rf(.02,.07)); return e; }); const t=tot(d,K.concat('pm','pre'));
  W.put(ws,4,1,'合计'); W.row(ws,4,[t.n,t.withPM,t.noPM,t.pm,t.pm-t.pre,t.pre],2,'total');
  d.forEach((x,i)=>{ W.put(ws,5+i,1,inds[i]); W.row(ws,5+i,[x.n,x.withPM,x.noPM,x.pm,x.pm-x.pre,x.pre],2); });
});
// 19 quarterly 新建 with 全年 column
B.push(W=>{ const ws=W.sheet('新建情况'); title(W,ws,'2025年非公企业新建党组织情况（按季度）',7);
  W.row(ws,2,['乡镇（街道）','全年合计','一季度','二季度','三季度','四季度','年度目标任务','完成率（%）'].slice(0,8));
  const towns=pick(TOWNS,10); const rows=towns.map(()=>{ const q=[ri(0,6),ri(0,9),ri(0,7),ri(0,8)]; return {q,goal:ri(Math.max(1,sum(q)-3),sum(q)+8)}; });
  const line=(r,lab,q,goal,agg)=>{ const s=sum(q); W.put(ws,r,1,lab); W.row(ws,r,[s,...q.map(v=>v||null),goal,pct(s,goal,1)],2,agg||(j=>j==0?'sub':j==6?'rate':null)); };
  rows.forEach((x,i)=>line(3+i,towns[i],x.q,x.goal)); const TQ=[0,1,2,3].map(k=>sum(rows.map(x=>x.q[k]))); line(3+rows.length,'合计',TQ,sum(rows.map(x=>x.goal)),'total');
});
// 20 党组织类型
B.push(W=>{ const ws=W.sheet('党组织类型'); title(W,ws,'非公企业党组织设置情况',8,'单位：个');
  W.put(ws,2,1,'乡镇');W.merge(ws,2,1,3,1); W.put(ws,2,2,'党组织总数');W.merge(ws,2,2,3,2); W.merge(ws,2,3,2,5,'按类型'); W.merge(ws,2,6,2,7,'按组建方式'); W.put(ws,2,8,'覆盖企业数'); W.merge(ws,2,8,3,8);
  W.row(ws,3,['党委','党总支','党支部','单独组建','联合组建'],3);
  const towns=pick(TOWNS,9); const rows=towns.map(()=>{ const w=ri(0,3),z=ri(0,6),s=ri(8,70); const tot=w+z+s; const j=ri(1,Math.round(s*.5)); return [tot,w,z,s,tot-j,j, tot-j+ j*ri(2,5)]; });
  rows.forEach((x,i)=>{ W.put(ws,4+i,1,towns[i]); W.row(ws,4+i,x.map((v,k)=>k==1||k==2?(v||null):v),2,j=>j==0?'sub':null); });
  const T=[0,1,2,3,4,5,6].map(k=>sum(rows.map(x=>x[k]))); W.put(ws,4+rows.length,1,'合计'); W.row(ws,4+rows.length,T,2,'total');
});
module.exports={B,ent,tot,K,title};
