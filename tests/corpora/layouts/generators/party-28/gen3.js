const L=require('./lib.js'); const {rand,ri,rf,rd,pct,sum,pick,TOWNS,INDS,COUNTIES,WB}=L; const {B,ent,tot,K,title}=require('./gen.js'); require('./gen2.js');
// 36 standard form 单独建立党组织(小计/党委/党总支/党支部), 联合党组织(个数/覆盖企业数)
function std(){ const n=ri(40,500); const w=ri(0,3),z=ri(0,5),s=ri(5,Math.round(n*.35)); const own=w+z+s; const jo=ri(1,Math.max(1,Math.round(n*.06))); const jc=Math.min(n-own, jo*ri(2,6)+ri(0,3)); return {n,own,w,z,s,jo,jc,cov:own+jc}; }
B.push(W=>{ const ws=W.sheet('覆盖情况'); title(W,ws,'非公有制企业党组织覆盖情况统计表',10,'单位：个、%');
  W.put(ws,3,1,'乡镇（街道）');W.merge(ws,3,1,4,1); W.put(ws,3,2,'企业数');W.merge(ws,3,2,4,2); W.put(ws,3,3,'覆盖企业数');W.merge(ws,3,3,4,3);
  W.merge(ws,3,4,3,7,'单独建立党组织'); W.row(ws,4,['小计','党委','党总支','党支部'],4); W.merge(ws,3,8,3,9,'联合党组织'); W.row(ws,4,['个数','覆盖企业数'],8); W.put(ws,3,10,'党组织覆盖率（%）');W.merge(ws,3,10,4,10);
  const towns=pick(TOWNS,10); const d=towns.map(std); const T={}; ['n','own','w','z','s','jo','jc','cov'].forEach(k=>T[k]=sum(d.map(x=>x[k])));
  const line=(r,lab,x,agg)=>{ W.put(ws,r,1,lab); W.row(ws,r,[x.n,x.cov,x.own,x.w||null,x.z||null,x.s,x.jo,x.jc,pct(x.cov,x.n,2)],2,agg||(j=>j==8?'rate':j==1||j==2?'sub':null)); };
  line(5,'合计',T,'total'); d.forEach((x,i)=>line(6+i,towns[i],x));
});
// 37 share of county total column
B.push(W=>{ const ws=W.sheet('分布'); title(W,ws,'非公企业及党员分布情况',7);
  W.row(ws,2,['乡镇（街道）','企业数','占全县企业数比例（%）','党员数','其中：女党员','女党员占党员总数比例（%）','占全县党员比例（%）']);
  const towns=pick(TOWNS,9); const rows=towns.map(()=>{ const n=ri(30,500),p=ri(40,900); return [n,p,Math.round(p*rf(.2,.45))]; }); const T=[0,1,2].map(k=>sum(rows.map(x=>x[k])));
  rows.forEach((x,i)=>{ W.put(ws,3+i,1,towns[i]); W.row(ws,3+i,[x[0],pct(x[0],T[0],2),x[1],x[2],pct(x[2],x[1],2),pct(x[1],T[1],2)],2,j=>j==4?'rate':null); });
  W.put(ws,3+rows.length,1,'全县'); W.row(ws,3+rows.length,[T[0],100,T[1],T[2],pct(T[2],T[1],2),100],2,'total');
});
// 38 decline: 无党员企业 / 未覆盖企业 下降
B.push(W=>{ const ws=W.sheet('双空白'); title(W,ws,'非公企业党员、党组织“双空白”消除情况',7);
  W.row(ws,2,['县（市、区）','2024年未建党组织企业数','2025年未建党组织企业数','下降（%）','2024年无党员企业数','2025年无党员企业数','下降（%）']);
  const cs=COUNTIES.slice(0,6); const rows=cs.map(()=>{ const a=ri(100,900),b=Math.round(a*rf(.7,.98)),c=ri(80,700),d=Math.round(c*rf(.75,1.0)); return [a,b,c,d]; });
  const line=(r,lab,x,agg)=>{ W.put(ws,r,1,lab); W.row(ws,r,[x[0],x[1],pct(x[0]-x[1],x[0],1),x[2],x[3],pct(x[2]-x[3],x[2],1)],2,agg||(j=>j==2||j==5?'chg':null)); };
  rows.forEach((x,i)=>line(3+i,cs[i],x)); line(3+rows.length,'全市',[0,1,2,3].map(k=>sum(rows.map(x=>x[k]))),'total');
});
// 39 党支部 with 其中：联合党支部 + 覆盖企业数
B.push(W=>{ const ws=W.sheet('党组织'); title(W,ws,'非公企业党组织设置及覆盖情况',9,'单位：个');
  W.put(ws,3,1,'乡镇');W.merge(ws,3,1,4,1); W.put(ws,3,2,'企业数');W.merge(ws,3,2,4,2); W.merge(ws,3,3,3,7,'党组织数'); W.row(ws,4,['合计','党委','党总支','党支部','其中：联合党支部'],3);
  W.put(ws,3,8,'覆盖企业数');W.merge(ws,3,8,4,8); W.put(ws,3,9,'党组织覆盖率（%）');W.merge(ws,3,9,4,9);
  const towns=pick(TOWNS,8); const d=towns.map(()=>{ const x=std(); x.st=x.s+x.jo; return x; });
  const line=(r,lab,x,agg)=>{ W.put(ws,r,1,lab); W.row(ws,r,[x.n,x.w+x.z+x.st,x.w||null,x.z||null,x.st,x.jo,x.cov,pct(x.cov,x.n,1)],2,agg||(j=>j==7?'rate':j==1?'sub':null)); };
  d.forEach((x,i)=>line(5+i,towns[i],x)); const T={}; ['n','w','z','st','jo','cov'].forEach(k=>T[k]=sum(d.map(x=>x[k]))); line(5+d.length,'合计',T,'total');
});
// 40 应建已建率: denominator 有3名以上正式党员企业
B.push(W=>{ const ws=W.sheet('应建尽建'); title(W,ws,'非公企业党组织应建尽建情况',7);
  W.row(ws,2,['乡镇（街道）','企业数','有3名以上正式党员企业数','已单独建立党组织企业数','应建已建率（%）','已建立党组织企业数','党组织覆盖率（%）']);
  const towns=pick(TOWNS,9); const rows=towns.map(()=>{ const n=ri(40,400),t3=Math.round(n*rf(.1,.3)),o=Math.round(t3*rf(.8,1)),b=o+Math.round((n-o)*rf(.2,.6)); return [n,t3,o,b]; });
  const line=(r,lab,x,agg)=>{ W.put(ws,r,1,lab); W.row(ws,r,[x[0],x[1],x[2],pct(x[2],x[1],1),x[3],pct(x[3],x[0],1)],2,agg||(j=>j==3||j==5?'rate':null)); };
  rows.forEach((x,i)=>line(3+i,towns[i],x)); line(3+rows.length,'合计',[0,1,2,3].map(k=>sum(rows.map(x=>x[k]))),'total');
});
// 41 percent-format rates with 百分点 change as plain number
B.push(W=>{ const ws=W.sheet('对比'); title(W,ws,'社会组织党组织覆盖情况对比',8);
  W.put(ws,2,1,'类型');W.merge(ws,2,1,3,1); W.merge(ws,2,2,2,4,'2024年'); W.merge(ws,2,5,2,7,'2025年'); W.put(ws,2,8,'覆盖率增减（百分点）');W.merge(ws,2,8,3,8);
  W.row(ws,3,['组织数','已建党组织数','覆盖率','组织数','已建党组织数','覆盖率'],2);
  const ty=['社会团体','民办非企业单位','基金会']; const rows=ty.map((t,i)=>{ const n1=i==2?ri(4,9):ri(80,500),b1=Math.round(n1*rf(.3,.7)),n2=n1+ri(0,i==2?2:40),b2=Math.min(n2,b1+ri(0,i==2?1:30)); return [n1,b1,n2,b2]; });
  const f='0.0%'; const line=(r,lab,x,agg)=>{ const p1=rd(x[1]/x[0],3),p2=rd(x[3]/x[2],3); W.put(ws,r,1,lab); W.row(ws,r,[x[0],x[1],p1,x[2],x[3],p2,rd((p2-p1)*100,1)],2,agg||(j=>j==6?'chg':null),[null,null,f,null,null,f,null]); };
  rows.forEach((x,i)=>line(4+i,ty[i],x)); line(7,'合计',[0,1,2,3].map(k=>sum(rows.map(x=>x[k]))),'total');
});
// 42 growth 同比增长 with negative, 党员 by 行业
B.push(W=>{ const ws=W.sheet('党员增长'); title(W,ws,'非公企业党员数量同比变化（按行业）',6);
  W.row(ws,2,['行业','上年同期党员数','本期党员数','同比增长（%）','本期新发展党员','新发展党员占比（%）']);
  const inds=pick(INDS,8); const rows=inds.map(()=>{ const a=ri(50,1500),b=Math.round(a*rf(.92,1.15)),nw=Math.round(b*rf(.005,.04)); return [a,b,nw]; });
  const line=(r,lab,x,agg)=>{ W.put(ws,r,1,lab); W.row(ws,r,[x[0],x[1],pct(x[1]-x[0],x[0],2),x[2],pct(x[2],x[1],2)],2,agg||(j=>j==2||j==4?'chg':null)); };
  line(3,'合计',[0,1,2].map(k=>sum(rows.map(x=>x[k]))),'total'); rows.forEach((x,i)=>line(4+i,inds[i],x));
});
// 43 社会组织 联合党组织 覆盖社会组织数, social orgs by 业务主管
B.push(W=>{ const ws=W.sheet('Sheet1'); title(W,ws,'行业协会商会党组织覆盖情况',8,'单位：个');
  W.row(ws,3,['业务主管单位','社会组织数','覆盖社会组织数','单独建立党组织数','联合党组织数','联合党组织覆盖社会组织数','覆盖率（%）','有党员社会组织数']);
  const u=['县工商联','县商务局','县住建局','县交通运输局','县农业农村局','县文旅局','县科协']; const d=u.map(()=>{ let n=ri(4,40),o=ri(0,Math.round(n*.4)),jo=ri(0,2),jc=Math.min(n-o,jo*ri(2,4)); if(jc<2*jo){ jo=Math.floor(jc/2); jc=jo?jc:0; } return [n,o+jc,o,jo,jc]; });
  const line=(r,lab,x,agg)=>{ W.put(ws,r,1,lab); W.row(ws,r,[x[0],x[1],x[2],x[3]||0,x[4]||0,pct(x[1],x[0],1),Math.min(x[0],x[1]+ri(0,3))],2,agg||(j=>j==5?'rate':null)); };
  d.forEach((x,i)=>line(4+i,u[i],x)); line(4+d.length,'合计',[0,1,2,3,4].map(k=>sum(d.map(x=>x[k]))),'total');
  W.put(ws,4+d.length,8,sum(d.map((x,i)=>ws.getCell(4+i,8).value)));
});
module.exports={B};
if(require.main===module){ (async()=>{ const fs=require('fs'); const man=JSON.parse(fs.readFileSync('manifest.json','utf8'));
  for(let i=35;i<B.length;i++){ const name='wb'+String(i+1).padStart(2,'0'); const W=new WB(name); B[i](W); await W.save('clean'); } console.log(B.length); })(); }
