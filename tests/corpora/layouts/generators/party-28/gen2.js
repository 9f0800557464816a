const L=require('./lib.js'); const {rand,ri,rf,rd,pct,sum,pick,TOWNS,INDS,COUNTIES,WB}=L; const {B,ent,tot,K,title}=require('./gen.js');
// 21 city two-year with 增减 counts and 百分点, total top 全市
B.push(W=>{ const ws=W.sheet('县区对比'); title(W,ws,'全市规模以上非公企业党组织覆盖情况',10);
  W.put(ws,2,1,'县（市、区）');W.merge(ws,2,1,3,1); W.merge(ws,2,2,2,4,'2024年底'); W.merge(ws,2,5,2,7,'2025年底'); W.merge(ws,2,8,2,10,'增减情况');
  W.row(ws,3,['规上企业数','已建党组织','覆盖率%','规上企业数','已建党组织','覆盖率%','企业数','已建党组织','覆盖率（百分点）'],2);
  const cs=COUNTIES.slice(0,6); const rows=cs.map(()=>{ const n1=ri(80,700),b1=Math.round(n1*rf(.6,.95)),n2=n1+ri(-15,70),b2=Math.min(n2,b1+ri(-3,50)); return [n1,b1,n2,b2]; });
  const line=(r,lab,x,agg)=>{ const p1=pct(x[1],x[0],1),p2=pct(x[3],x[2],1); W.put(ws,r,1,lab); W.row(ws,r,[x[0],x[1],p1,x[2],x[3],p2,x[2]-x[0],x[3]-x[1],rd(p2-p1,1)],2,agg||(j=>j==2||j==5?'rate':j>=6?'chg':null)); };
  line(4,'全市',[0,1,2,3].map(k=>sum(rows.map(x=>x[k]))),'total'); rows.forEach((x,i)=>line(5+i,cs[i],x));
});
// 22 city by 县区 coverage + 规上/规下 rows? simple + joint orgs
B.push(W=>{ const ws=W.sheet('Sheet1'); title(W,ws,'各县（市、区）非公企业党组织覆盖情况统计表',10,'单位：户、个、%');
  W.row(ws,3,['县（市、区）','非公企业数','已建立党组织企业数','单独建立','联合建立','联合党组织数','覆盖率','未覆盖企业数','有党员未建组织企业数','备注']);
  const cs=COUNTIES.slice(0,8); const d=cs.map(()=>ent(500,6000)); d.forEach(x=>x.pn=Math.min(x.unb,Math.max(0,x.withPM-x.own-x.joint+ri(0,30)))); const t=tot(d,K.concat('pn'));
  d.forEach((x,i)=>{ W.put(ws,4+i,1,cs[i]); W.row(ws,4+i,[x.n,x.built,x.own,x.joint,x.jorg,pct(x.built,x.n,2),x.unb,x.pn],2,j=>j==5?'rate':null); });
  W.put(ws,4+d.length,1,'合计'); W.row(ws,4+d.length,[t.n,t.built,t.own,t.joint,t.jorg,pct(t.built,t.n,2),t.unb,t.pn],2,'total'); W.put(ws,4,10,'含园区');
});
// 23 社会组织 by 登记机关 hierarchical 其中
B.push(W=>{ const ws=W.sheet('社会组织'); title(W,ws,'社会组织党建工作情况（按登记管理机关）',7,'单位：个、名');
  W.row(ws,3,['项目','社会组织数','已建党组织数','覆盖率（%）','有3名以上正式党员的','党员数','选派党建指导员']);
  const mk=()=>{ const n=ri(10,300),b=Math.round(n*rf(.2,.8)); const three=Math.round(b*rf(.4,.9)); return [n,b,three,ri(b*2,b*6+5),ri(1,Math.max(2,Math.round((n-b)/4)))]; };
  const lv=['市级登记','县（区）级登记']; const ty=['社会团体','民办非企业单位','基金会']; let r=4; const all=[];
  const blocks=lv.map(()=>ty.map((t,k)=>{ const x=mk(); if(k==2){ x[0]=ri(0,6); x[1]=Math.min(x[1],x[0]); x[1]=ri(0,x[0]); x[2]=Math.min(x[2],x[1]); x[3]=x[1]*ri(2,5); x[4]=x[0]?1:0;} return x; }));
  const S=xs=>[0,1,2,3,4].map(k=>sum(xs.map(x=>x[k])));
  const line=(lab,x,agg)=>{ W.put(ws,r,1,lab); W.row(ws,r,[x[0],x[1],pct(x[1],x[0],1),x[2],x[3],x[4]],2,agg||(j=>j==2?'rate':null)); r++; };
  line('总计',S(blocks.flat()),'total'); blocks.forEach((bl,i)=>{ line((i?'二、':'一、')+lv[i],S(bl),'total'); bl.forEach((x,k)=>line('  其中：'+ty[k],x)); });
});
// 24 社会组织台账 + 汇总 by type
B.push(W=>{ const hz=W.sheet('汇总表'), tz=W.sheet('社会组织台账');
  W.row(tz,1,['序号','社会组织名称','类型','登记机关','业务主管单位','成立时间','从业人员','党员数','是否建立党组织','组建形式','备注']);
  const ty=['社会团体','民办非企业单位','基金会']; const pre=['XX县','XX县','XX县']; const nm=['个体劳动者协会','餐饮行业协会','老年大学','阳光幼儿园','书法家协会','慈善总会','红十字会','康复中心','民营企业家协会','律师协会','育才培训学校','同心养老院','爱心基金会','青少年发展基金会','摄影家协会','物流协会','博雅艺术培训中心','仁和医院','社会工作服务中心','志愿者协会','电子商务协会','乡村振兴促进会'];
  const recs=nm.map((n,i)=>{ const t=n.includes('基金会')?2:(n.match(/幼儿园|学校|中心|医院|养老院|大学/)?1:0); const pm=rand()<.35?0:ri(1,15); const b=pm>=3||(pm>0&&rand()<.5); return {n:pre[t]+n,t,pm,b,m:b?(pm>=3?'单独建立':'联合建立'):'',emp:ri(3,120)}; });
  recs.forEach((x,i)=>W.row(tz,2+i,[i+1,x.n,ty[x.t],'XX县民政局',['县委统战部','县教育局','县民政局','县卫健局'][i%4],`20${10+ri(0,14)}年`,x.emp,x.pm||0,x.b?'是':'否',x.m||'—',null]));
  W.merge(hz,1,1,1,7,'XX县社会组织党建情况汇总表'); W.row(hz,2,['类型','社会组织数','已建党组织','其中：单独建立','联合建立','覆盖率（%）','党员数']);
  const g=ty.map((t,k)=>{ const rs=recs.filter(r=>r.t==k); const b=rs.filter(r=>r.b).length,o=rs.filter(r=>r.m=='单独建立').length; return [rs.length,b,o,b-o,sum(rs.map(r=>r.pm))]; });
  g.forEach((x,i)=>{ W.put(hz,3+i,1,ty[i]); W.row(hz,3+i,[x[0],x[1],x[2],x[3],pct(x[1],x[0],2),x[4]],2,j=>j==4?'rate':null); });
  const T=[0,1,2,3,4].map(k=>sum(g.map(x=>x[k]))); W.put(hz,6,1,'合计'); W.row(hz,6,[T[0],T[1],T[2],T[3],pct(T[1],T[0],2),T[4]],2,'total');
});
// 25 header meta, 一二 序号, 行业 groups with 其中 subrows
B.push(W=>{ const ws=W.sheet('表1'); W.merge(ws,1,1,1,8,'表1  非公有制企业党组织覆盖情况'); W.put(ws,2,1,'填报单位（盖章）：XX区委组织部'); W.put(ws,2,6,'填报日期：2025年7月3日');
  W.row(ws,3,['序号','行业','企业数','已建党组织企业数','覆盖率（%）','未建党组织企业数','其中：有党员','其中：无党员']);
  const inds=['制造业','建筑业','批发和零售业','住宿和餐饮业','其他']; const d=inds.map(()=>ent(30,800)); d.forEach(x=>{ x.uw=Math.min(x.unb,Math.round(x.unb*rf(.05,.3))); x.un=x.unb-x.uw; }); const t=tot(d,K.concat('uw','un'));
  const cn=['一','二','三','四','五'];
  W.row(ws,4,['','合计',t.n,t.built,pct(t.built,t.n,1),t.unb,t.uw,t.un],1,'total');
  d.forEach((x,i)=>W.row(ws,5+i,[cn[i],inds[i],x.n,x.built,pct(x.built,x.n,1),x.unb,x.uw,x.un],1,j=>j==4?'rate':null));
  W.put(ws,11,1,'审核人：李某某'); W.put(ws,11,4,'填表人：王某某'); W.put(ws,11,7,'联系电话：0391-1234567');
});
// 26 rates 100.0 / 0.0 and 一 for zero denominators
B.push(W=>{ const ws=W.sheet('Sheet1'); title(W,ws,'XX镇各村（社区）非公企业党建情况',6);
  W.row(ws,2,['村（社区）','企业数','已建党组织企业数','覆盖率（%）','党员数','党建指导员']);
  const v=['东街社区','西街社区','新华村','红旗村','李庄村','王家湾村','马店村','赵楼村','前进社区','山口村'];
  const rows=v.map((x,i)=>{ const n=i==6?0:ri(1,25); const b=i==2?n:(i==7?0:ri(0,n)); return [n,b,b?ri(b,b*4):0,ri(0,2)]; });
  rows.forEach((x,i)=>{ W.put(ws,3+i,1,v[i]); W.row(ws,3+i,[x[0],x[1],x[0]?pct(x[1],x[0],1):'一',x[2],x[3]],2,j=>j==2?'rate':null); });
  const T=[0,1,2,3].map(k=>sum(rows.map(x=>x[k]))); W.put(ws,3+rows.length,1,'合计'); W.row(ws,3+rows.length,[T[0],T[1],pct(T[1],T[0],1),T[2],T[3]],2,'total');
});
// 27 党建指导员 with 其中
B.push(W=>{ const ws=W.sheet('指导员'); title(W,ws,'非公企业和社会组织党建指导员选派情况',8,'单位：名、个');
  W.row(ws,3,['乡镇（街道）','选派党建指导员总数','其中：机关干部','其中：退休干部','其中：专职党务工作者','联系企业数','联系社会组织数','联系两新组织合计']);
  const towns=pick(TOWNS,10); const rows=towns.map(()=>{ const a=ri(0,8),b=ri(0,5),c=ri(0,4); const tot=a+b+c+ri(0,3); const e=ri(tot,tot*5+1),s=ri(0,tot*2); return [tot,a,b,c,e,s,e+s]; });
  rows.forEach((x,i)=>{ W.put(ws,4+i,1,towns[i]); W.row(ws,4+i,x,2,j=>j==6?'sub':null); });
  const T=[0,1,2,3,4,5,6].map(k=>sum(rows.map(x=>x[k]))); W.put(ws,4+rows.length,1,'合计'); W.row(ws,4+rows.length,T,2,'total');
});
// 28 年末数 比上年增减 增长%
B.push(W=>{ const ws=W.sheet('年报'); title(W,ws,'2025年两新组织党建年报主要指标',6);
  W.row(ws,2,['指标','单位','2025年末','2024年末','比上年增减','增长（%）']);
  const items=[['非公有制企业数','户',ri(3000,9000)],['已建立党组织的非公企业','户',0],['非公企业党组织数','个',0],['非公企业党员数','名',0],['社会组织数','个',ri(400,1200)],['已建立党组织的社会组织','个',0],['社会组织党员数','名',0]];
  items[1][2]=Math.round(items[0][2]*rf(.4,.7)); items[2][2]=Math.round(items[1][2]*rf(.6,.9)); items[3][2]=ri(items[1][2]*3,items[1][2]*6); items[5][2]=Math.round(items[4][2]*rf(.3,.6)); items[6][2]=ri(items[5][2]*2,items[5][2]*5);
  items.forEach((x,i)=>{ const prev=Math.round(x[2]/rf(1.0,1.15)); W.row(ws,3+i,[x[0],x[1],x[2],prev,x[2]-prev,pct(x[2]-prev,prev,2)],1,j=>j>=4?'chg':null); });
});
// 29 by 规模 rows
B.push(W=>{ const ws=W.sheet('按规模'); title(W,ws,'非公企业党组织覆盖情况（按企业规模）',7,'单位：个、%');
  W.row(ws,3,['企业规模','企业数','已建立党组织','单独建立','联合建立','覆盖率','单独建立率']);
  const lab=['规模以上企业','规模以下企业','个体工商户（参照）']; const d=[ent(200,900),ent(1500,7000)]; const t=tot(d,K);
  W.row(ws,4,['合计',t.n,t.built,t.own,t.joint,pct(t.built,t.n,2),pct(t.own,t.n,2)],1,'total');
  d.forEach((x,i)=>W.row(ws,5+i,[lab[i],x.n,x.built,x.own,x.joint,pct(x.built,x.n,2),pct(x.own,x.n,2)],1,j=>j==5||j==6?'rate':null));
  W.put(ws,8,1,'注：个体工商户不纳入统计，单独建立率=单独建立党组织企业数÷企业数。');
});
// 30 组织覆盖 + 工作覆盖
B.push(W=>{ const ws=W.sheet('两个覆盖'); title(W,ws,'非公企业党的组织和工作覆盖情况',8);
  W.row(ws,2,['乡镇（街道）','企业数','已建立党组织企业数','通过选派指导员等实现工作覆盖企业数','党的工作覆盖企业数','组织覆盖率（%）','工作覆盖率（%）','未覆盖企业数']);
  const towns=pick(TOWNS,10); const d=towns.map(()=>{ const e=ent(30,400); e.w=Math.round(e.unb*rf(.4,1)); return e; });
  const line=(r,lab,x,agg)=>{ const c=x.built+x.w; W.put(ws,r,1,lab); W.row(ws,r,[x.n,x.built,x.w,c,pct(x.built,x.n,1),pct(c,x.n,1),x.n-c],2,agg||(j=>j==3?'sub':j==4||j==5?'rate':null)); };
  d.forEach((x,i)=>line(3+i,towns[i],x)); line(3+d.length,'合计',tot(d,K.concat('w')),'total');
});
// 31 党员 balance
B.push(W=>{ const ws=W.sheet('党员变动'); title(W,ws,'非公企业党员数量变化情况',8,'单位：名');
  W.row(ws,3,['乡镇（街道）','年初党员数','本年发展党员','组织关系转入','组织关系转出','死亡及其他减少','年末党员数','净增加']);
  const towns=pick(TOWNS,9); const rows=towns.map(()=>{ const a=ri(40,800),d=ri(0,20),i=ri(0,60),o=ri(0,50),x=ri(0,4); return [a,d,i,o,x,a+d+i-o-x]; });
  rows.forEach((x,i)=>{ W.put(ws,4+i,1,towns[i]); W.row(ws,4+i,[...x,x[5]-x[0]],2,j=>j==5||j==6?'chg':null); });
  const T=[0,1,2,3,4,5].map(k=>sum(rows.map(x=>x[k]))); W.put(ws,4+rows.length,1,'合计'); W.row(ws,4+rows.length,[...T,T[5]-T[0]],2,'total');
});
// 32 two sheets 2024 / 2025 same layout
B.push(W=>{ const towns=pick(TOWNS,8); const base=towns.map(()=>ent(20,300));
  ['2024年','2025年'].forEach((y,k)=>{ const ws=W.sheet(y); W.merge(ws,1,1,1,7,y+'非公企业党组织覆盖情况'); W.row(ws,2,['序号','乡镇','企业数','已建党组织企业数','单独建立','联合建立','覆盖率%']);
    const d=base.map(x=>{ if(!k) return x; const n=x.n+ri(0,40),own=x.own+ri(0,5),joint=x.joint+ri(0,12); return {n,built:Math.min(n,own+joint),own,joint}; }); const t=tot(d,['n','built','own','joint']);
    d.forEach((x,i)=>W.row(ws,3+i,[i+1,towns[i],x.n,x.built,x.own,x.joint,pct(x.built,x.n,2)],1,j=>j==6?'rate':null)); W.put(ws,3+d.length,2,'合计'); W.row(ws,3+d.length,[t.n,t.built,t.own,t.joint,pct(t.built,t.n,2)],3,'total'); });
});
// 33 合计 then 其中：开发区 row
B.push(W=>{ const ws=W.sheet('Sheet1'); title(W,ws,'XX县非公企业党组织覆盖情况',7,'单位：个');
  W.row(ws,3,['乡镇（园区）','企业数','已建立党组织企业数','覆盖率（%）','有党员企业数','无党员企业数','党员数']);
  const towns=pick(TOWNS,8); const d=towns.map(()=>{ const e=ent(20,350); e.pm=ri(e.withPM,e.withPM*5); return e; }); const t=tot(d,K.concat('pm'));
  const line=(r,lab,x,agg)=>{ W.put(ws,r,1,lab); W.row(ws,r,[x.n,x.built,pct(x.built,x.n,1),x.withPM,x.noPM,x.pm],2,agg||(j=>j==2?'rate':null)); };
  d.forEach((x,i)=>line(4+i,towns[i],x)); line(4+d.length,'合计',t,'total');
  const kf={n:ri(60,200)}; kf.built=Math.round(kf.n*.8); kf.withPM=Math.round(kf.n*.85); kf.noPM=kf.n-kf.withPM; kf.pm=ri(kf.withPM,kf.withPM*3); line(5+d.length,'  其中：经济开发区',kf);
  W.put(ws,7+d.length,1,'说明：经济开发区企业分布在各乡镇，已含在各乡镇数中。');
});
// 34 wide 合计/规上/规下 blocks per town
B.push(W=>{ const ws=W.sheet('分规模'); title(W,ws,'各乡镇非公企业党组织覆盖情况（分规模）',10);
  W.put(ws,2,1,'乡镇');W.merge(ws,2,1,3,1); W.merge(ws,2,2,2,4,'合计'); W.merge(ws,2,5,2,7,'规模以上'); W.merge(ws,2,8,2,10,'规模以下');
  W.row(ws,3,['企业数','已建','覆盖率%','企业数','已建','覆盖率%','企业数','已建','覆盖率%'],2);
  const towns=pick(TOWNS,9); const rows=towns.map(()=>{ const g=ri(3,60),gb=Math.round(g*rf(.6,1)),s=ri(20,400),sb=Math.round(s*rf(.2,.7)); return [g,gb,s,sb]; });
  const line=(r,lab,x,agg)=>{ const n=x[0]+x[2],b=x[1]+x[3]; W.put(ws,r,1,lab); W.row(ws,r,[n,b,pct(b,n,2),x[0],x[1],pct(x[1],x[0],2),x[2],x[3],pct(x[3],x[2],2)],2,agg||(j=>j<2?'sub':j%3==2?'rate':null)); };
  line(4,'全县',[0,1,2,3].map(k=>sum(rows.map(x=>x[k]))),'total'); rows.forEach((x,i)=>line(5+i,towns[i],x));
});
// 35 社会组织 with 基金会 zero row
B.push(W=>{ const ws=W.sheet('社会组织'); title(W,ws,'XX县社会组织党组织覆盖情况',8,'单位：个、名');
  W.row(ws,3,['序号','类型','社会组织数','已建立党组织','其中：单独建立','其中：联合建立','覆盖率（%）','党员数']);
  const d=[[ri(40,120)],[ri(60,200)],[0]]; d.forEach(x=>{ const b=Math.round(x[0]*rf(.3,.7)),o=Math.round(b*rf(.2,.6)); x.push(b,o,b-o,b?ri(b*2,b*5):0); });
  const lab=['社会团体','民办非企业单位','基金会'];
  d.forEach((x,i)=>W.row(ws,4+i,[i+1,lab[i],x[0]||'一',x[1]||'一',x[2]||'一',x[3]||'一',x[0]?pct(x[1],x[0],1):'一',x[4]||'一'],1,j=>j==6?'rate':null));
  const T=[0,1,2,3,4].map(k=>sum(d.map(x=>x[k]))); W.merge(ws,7,1,7,2,'合计'); W.row(ws,7,[T[0],T[1],T[2],T[3],pct(T[1],T[0],1),T[4]],3,'total');
});
async function main(){
  const fs=require('fs'); const out=[]; const man=[]; const NPL=21;
  for(let i=0;i<B.length;i++){ const name='wb'+String(i+1).padStart(2,'0'); const W=new WB(name); B[i](W); await W.save('clean'); out.push(W);
  }
  // plant: every other-ish workbook, choose aggregate
  const idx=[]; for(let i=0;i<B.length;i++) if(i%5!=2 && idx.length<NPL && (i%3!=1||i<6)) idx.push(i);
  for(const i of idx){ const W=out[i]; const cands=W.aggs.filter(a=>typeof a.value==='number' && a.value!==0 && Math.abs(a.value)>=3); if(!cands.length) continue;
    const a=cands[L.ri(0,cands.length-1)]; const f=(L.rand()<.5?-1:1)*L.rf(.05,.2); let v=a.value*(1+f);
    const isPctFmt=a.fmt&&a.fmt.includes('%'); const dec=isPctFmt?4:((String(a.value).split('.')[1]||'').length>1?2:(Number.isInteger(a.value)&&a.kind!=='rate'?0:1)); v=L.rd(v,dec); if(v===a.value) v=a.value+(Number.isInteger(a.value)?1:0.5);
    const wb=new L.ExcelJS.Workbook(); await wb.xlsx.readFile('clean/'+W.name+'.xlsx'); wb.getWorksheet(a.sheet).getCell(a.cell).value=v; await wb.xlsx.writeFile('planted/'+W.name+'.xlsx');
    man.push({file:W.name+'.xlsx',sheet:a.sheet,cell:a.cell,original:a.value,planted:v,kind:a.kind}); }
  fs.writeFileSync('manifest.json',JSON.stringify(man,null,1)); console.log(B.length,'workbooks',man.length,'planted');
}
if(require.main===module) main();
