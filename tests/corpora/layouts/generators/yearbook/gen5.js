const {r,ri,setSeed,sum,sumd,write}=require('./lib');
const S='　';
const HEFEI=['瑶海区','庐阳区','蜀山区','包河区','长丰县','肥东县','肥西县','庐江县','巢湖市'];
const SUZHOU=['姑苏区','虎丘区','吴中区','相城区','吴江区','常熟市','张家港市','昆山市','太仓市'];
const WUHAN=['江岸区','江汉区','硚口区','汉阳区','武昌区','青山区','洪山区','东西湖区','蔡甸区','江夏区','黄陂区','新洲区'];
const specs=[];
// s65 bulletin main indicators, rate rows' 增长 column in percentage points (noted)
(()=>{setSeed(65);
 const cnt=[['年末常住人口','万人',2],['#城镇人口','万人',2],['地区生产总值','亿元',2],['一般公共预算收入','亿元',2],['社会消费品零售总额','亿元',2],['进出口总额','亿元',2],['城镇居民人均可支配收入','元',0],['农村居民人均可支配收入','元',0],['民用汽车保有量','万辆',1],['卫生技术人员','人',0],['普通高校在校生','人',0]];
 const rows=[['附表  主要统计指标'],['指标','单位','2023年','2024年','增长（%）']];const rowDec={};
 const vals={};
 cnt.forEach(([n,u,d])=>{const a=r(ri(10000,900000)/10**d,d);const b=r(a*(1+ri(-30,90)/1000),d);vals[n]=[a,b];rows.push([n,u,a,b,r((b-a)/a*100,1)]);rowDec[rows.length-1]={2:d,3:d,4:1};});
 const [p0,p1]=vals['年末常住人口'];const [u0,u1]=vals['#城镇人口'].map((x,i)=>x);
 // make urban below total
 const ua=r(p0*0.8,2),ub=r(p1*0.805,2);rows[3]=['#城镇人口','万人',ua,ub,r((ub-ua)/ua*100,1)];
 const ur0=r(ua/p0*100,2),ur1=r(ub/p1*100,2);rows.push(['常住人口城镇化率','%',ur0,ur1,r(ur1-ur0,2)]);rowDec[rows.length-1]={2:2,3:2,4:2};
 rows.push(['城镇调查失业率','%',5.1,4.9,r(4.9-5.1,1)]);rowDec[rows.length-1]={2:1,3:1,4:1};
 rows.push(['注：常住人口城镇化率、城镇调查失业率的增长栏为比上年增减的百分点。']);
 specs.push({file:'s65_bulletin_pct_points.xlsx',sheet:'附表',rows,merges:['A1:E1'],rowDec});
})();
// s66 本年/上年/增长 repeated under two merged measure groups
(()=>{setSeed(66);
 const d=SUZHOU.map(n=>{const a1=ri(50000,300000),a0=Math.round(a1/(1+ri(-30,60)/1000)),w1=ri(500000,3000000),w0=Math.round(w1/(1+ri(20,90)/1000));return [n,a1,a0,w1,w0];});
 const T=['全市'];for(let c=1;c<5;c++)T.push(sum(d.map(x=>x[c])));
 const line=x=>[x[0],x[1],x[2],r((x[1]-x[2])/x[2]*100,1),x[3],x[4],r((x[3]-x[4])/x[4]*100,1)];
 const rows=[['4-3  各区县城镇非私营单位从业人员和工资总额'],['地区','从业人员（人）',null,null,'工资总额（万元）',null,null],[null,'本年','上年','增长（%）','本年','上年','增长（%）'],line(T),...d.map(line)];
 specs.push({file:'s66_two_groups_this_last_year.xlsx',sheet:'4-3',rows,merges:['A1:G1','A2:A3','B2:D2','E2:G2'],dec:{3:1,6:1}});
})();
// s67 本年 | 同比增长 | 上年同期增长
(()=>{
 const rows=[['主要经济指标（2024年1—12月）'],['指标','单位','本年','同比增长（%）','上年同期增长（%）'],
  ['地区生产总值','亿元',13507.70,5.8,5.8],['规模以上工业增加值','亿元',3465.21,8.6,6.3],['固定资产投资','亿元',9876.54,3.2,5.1],['社会消费品零售总额','亿元',5611.90,6.2,7.4],['进出口总额','亿元',3812.44,7.1,-1.6],['一般公共预算收入','亿元',970.45,3.8,7.9],['金融机构本外币存款余额','亿元',36512.30,9.1,12.3]];
 specs.push({file:'s67_this_year_and_last_growth.xlsx',sheet:'Sheet1',rows,merges:['A1:E1'],dec:{2:2,3:1,4:1}});
})();
// s68 GDP 2023/2024 and growth 2023/2024 under merged headers
(()=>{setSeed(68);
 const rows=[['各区县地区生产总值'],['地区','地区生产总值（亿元）',null,'比上年增长（%）',null],[null,'2023年','2024年','2023年','2024年']];
 const d=SUZHOU.map(n=>{const a=ri(80000,500000)/100;const b=r(a*(1+ri(20,70)/1000),2);return [n,a,b,ri(30,75)/10,r((b-a)/a*100,1)];});
 const A=sumd(d.map(x=>x[1]),2),B=sumd(d.map(x=>x[2]),2);rows.push(['全市',A,B,4.6,r((B-A)/A*100,1)],...d);
 specs.push({file:'s68_growth_by_year_merged.xlsx',sheet:'Sheet1',rows,merges:['A1:E1','A2:A3','B2:C2','D2:E2'],dec:{1:2,2:2,3:1,4:1}});
})();
// s69 population by several breakdowns in rows (with group header rows)
(()=>{
 const m=5123456,f=4878771,urb=8512336,age=[1401234,6512345,2088648],o65=1456789;const tot=m+f;
 const rows=[['2-1  年末常住人口及构成（2024年）'],['指标','年末数（人）','比重（%）'],['年末常住人口',tot,100.00],['按性别分'],[S+'男',m,r(m/tot*100,2)],[S+'女',f,r(f/tot*100,2)],['按城乡分'],[S+'城镇',urb,r(urb/tot*100,2)],[S+'乡村',tot-urb,r((tot-urb)/tot*100,2)],['按年龄分'],[S+'0—14岁',age[0],r(age[0]/tot*100,2)],[S+'15—59岁',age[1],r(age[1]/tot*100,2)],[S+'60岁及以上',age[2],r(age[2]/tot*100,2)],[S+S+'#65岁及以上',o65,r(o65/tot*100,2)]];
 if(sum(age)!==tot)throw 's69 ages';
 specs.push({file:'s69_pop_breakdowns_groups.xlsx',sheet:'2-1',rows,merges:['A1:C1'],dec:{2:2}});
})();
// s70 same, no group header rows: 其中 labels
(()=>{
 const m=5123456,f=4878771,urb=8512336;const tot=m+f;
 const rows=[['年末常住人口'],[null,'单位：人'],['指标','2024年末'],['年末常住人口',tot],[S+'其中：城镇人口',urb],[S+S+S+'乡村人口',tot-urb],[S+'其中：男性',m],[S+S+S+'女性',f]];
 specs.push({file:'s70_pop_two_ofwhich_rows.xlsx',sheet:'Sheet1',rows,merges:['A1:B1']});
})();
// s71 count-unit columns that are legitimately fractional: 户均人口, 医师日均担负诊疗人次
(()=>{setSeed(71);
 const d=HEFEI.map(n=>{const h=ri(100000,400000),p=Math.round(h*ri(250,300)/100);return {n,h,p};});const T={n:'全市',h:sum(d.map(x=>x.h)),p:sum(d.map(x=>x.p))};
 const line=x=>[x.n,x.h,x.p,r(x.p/x.h,2)];
 const rows=[['各县（市、区）家庭户规模'],['地区','家庭户户数（户）','家庭户人口（人）','户均人口（人）'],line(T),...d.map(line)];
 specs.push({file:'s71a_household_size.xlsx',sheet:'Sheet1',rows,merges:['A1:D1'],dec:{3:2}});
 const e=WUHAN.slice(0,8).map(n=>{const doc=ri(800,5000),vis=ri(doc*1500,doc*3000);return {n,doc,vis};});const E={n:'全市',doc:sum(e.map(x=>x.doc)),vis:sum(e.map(x=>x.vis))};
 const l2=x=>[x.n,x.vis,x.doc,r(x.vis/x.doc/251,1)];
 const rows2=[['13-6  各区医院医师工作负荷（2024年）'],['地区','诊疗人次（人次）','执业（助理）医师（人）','医师日均担负诊疗人次（人次）'],l2(E),...e.map(l2),['注：医师日均担负诊疗人次=诊疗人次/平均医师人数/251。']];
 specs.push({file:'s71b_doctor_daily_visits.xlsx',sheet:'Sheet1',rows:rows2,merges:['A1:D1'],dec:{3:1}});
})();
// s72 side-by-side two blocks
(()=>{setSeed(72);
 const v=WUHAN.map(()=>ri(300000,1500000));const T=sum(v);
 const L=[['全市',T],...WUHAN.slice(0,5).map((n,i)=>[n,v[i]])],R=WUHAN.slice(5).map((n,i)=>[n,v[i+5]]);
 const rows=[['各区年末户籍人口（2024年）'],[null,null,null,'单位：人'],['地区','户籍人口','地区','户籍人口']];
 for(let i=0;i<Math.max(L.length,R.length);i++)rows.push([...(L[i]||[null,null]),...(R[i]||[null,null])]);
 specs.push({file:'s72_side_by_side.xlsx',sheet:'Sheet1',rows,merges:['A1:D1']});
})();
// s73 two stacked tables on one sheet
(()=>{setSeed(73);
 const t1=HEFEI.slice(0,5).map(n=>[n,ri(100,500),ri(50,300)]);const T1=['合计',sum(t1.map(x=>x[1])),sum(t1.map(x=>x[2]))];
 const t2=HEFEI.slice(0,5).map(n=>[n,ri(2000,9000),ri(100,900)]);const T2=['合计',sum(t2.map(x=>x[1])),sum(t2.map(x=>x[2]))];
 const rows=[['表1  文化馆和图书馆'],['地区','文化馆（个）','公共图书馆（个）'],...t1,T1,[],['表2  体育场地和社会体育指导员'],['地区','体育场地（个）','社会体育指导员（人）'],...t2,T2];
 specs.push({file:'s73_two_stacked_tables.xlsx',sheet:'Sheet1',rows,merges:['A1:C1','A10:C10']});
})();
// s74 subtotal rows 市区/县（市） without indentation
(()=>{setSeed(74);
 const dist=['瑶海区','庐阳区','蜀山区','包河区'].map(n=>[n,ri(300,900),ri(5000,30000)]),cty=['长丰县','肥东县','肥西县','庐江县','巢湖市'].map(n=>[n,ri(300,900),ri(5000,30000)]);
 const agg=(n,a)=>[n,sum(a.map(x=>x[1])),sum(a.map(x=>x[2]))];const D=agg('市区',dist),C=agg('县（市）',cty),T=agg('全市',[D,C]);
 const rows=[['各县（市、区）医疗卫生机构和床位（2024年）'],['地区','医疗卫生机构（个）','床位（张）'],T,D,...dist,C,...cty];
 specs.push({file:'s74_subtotals_no_indent.xlsx',sheet:'Sheet1',rows,merges:['A1:C1']});
})();
// s75 numbers stored as text with thousands separators
(()=>{setSeed(75);
 const d=SUZHOU.map(n=>[n,ri(100000,900000),ri(10000,90000)]);const T=['合计',sum(d.map(x=>x[1])),sum(d.map(x=>x[2]))];
 const fmt=v=>v.toLocaleString('en-US');
 const rows=[['各区县城乡居民基本养老保险（2024年）'],['地区','参保人数（人）','领取待遇人数（人）'],...[...d,T].map(x=>[x[0],fmt(x[1]),fmt(x[2])])];
 specs.push({file:'s75_text_numbers_commas.xlsx',sheet:'Sheet1',rows,merges:['A1:C1']});
})();
// s76 Excel-native percent format (0.8507 shown as 85.07%)
(()=>{setSeed(76);
 const d=HEFEI.map(n=>{const p=ri(400000,1500000),u=ri(p*0.45|0,p*0.98|0);return [n,p,u];});const T=['全市',sum(d.map(x=>x[1])),sum(d.map(x=>x[2]))];
 const rows=[['各县（市、区）城镇化率（2024年末）'],['地区','常住人口（人）','城镇人口（人）','城镇化率'],...[T,...d].map(x=>[x[0],x[1],x[2],{v:r(x[2]/x[1],4),f:'0.00%'}])];
 specs.push({file:'s76_excel_percent_format.xlsx',sheet:'Sheet1',rows,merges:['A1:D1']});
})();
// s77 formulas with cached results
(()=>{setSeed(77);
 const d=SUZHOU.map(n=>[n,ri(100,900),ri(100,900)]);
 const rows=[['各区县学校数（2024年）'],['地区','合计','小学','初中'],['全市',null,null,null],...d.map((x,i)=>[x[0],{v:{formula:`C${i+4}+D${i+4}`,result:x[1]+x[2]}},x[1],x[2]])];
 const n=d.length;rows[2]=['全市',{v:{formula:`SUM(B4:B${3+n})`,result:sum(d.map(x=>x[1]+x[2]))}},{v:{formula:`SUM(C4:C${3+n})`,result:sum(d.map(x=>x[1]))}},{v:{formula:`SUM(D4:D${3+n})`,result:sum(d.map(x=>x[2]))}}];
 specs.push({file:'s77_formulas_cached.xlsx',sheet:'Sheet1',rows,merges:['A1:D1']});
})();
// s78 merged district label with two year rows each
(()=>{setSeed(78);
 const d=HEFEI.slice(0,6).map(n=>{const a=ri(50000,200000)/100,b=r(a*1.05,2);const pa=ri(500,1500)/10,pb=r(pa+ri(1,30)/10,1);return {n,a,b,pa,pb};});
 const rows=[['各区县主要指标（2023—2024年）'],['地区','年份','地区生产总值（亿元）','年末常住人口（万人）']];const merges=['A1:D1'];
 const T={n:'全市',a:sumd(d.map(x=>x.a),2),b:sumd(d.map(x=>x.b),2),pa:sumd(d.map(x=>x.pa),1),pb:sumd(d.map(x=>x.pb),1)};
 for(const x of [T,...d]){const i=rows.length+1;rows.push([x.n,'2023年',x.a,x.pa],[null,'2024年',x.b,x.pb]);merges.push(`A${i}:A${i+1}`);}
 specs.push({file:'s78_two_year_rows_merged.xlsx',sheet:'Sheet1',rows,merges,dec:{2:2,3:1}});
})();
// s79 each district followed by #城镇 row
(()=>{setSeed(79);
 const d=HEFEI.map(n=>{const p=ri(400000,1500000),s=ri(50000,200000);return {n,p,s,up:ri(p*0.5|0,p*0.95|0),us:ri(s*0.5|0,s*0.95|0)};});
 const T={n:'全市',p:sum(d.map(x=>x.p)),s:sum(d.map(x=>x.s)),up:sum(d.map(x=>x.up)),us:sum(d.map(x=>x.us))};
 const rows=[['各县（市、区）就业人员（2024年）'],[null,null,'单位：人'],['地区','从业人员','#女性']];
 // rows: region, then #城镇
 for(const x of [T,...d]){rows.push([x.n===('全市')?x.n:S+x.n,x.p,x.s]);rows.push([S+S+'#城镇',x.up,x.us]);}
 specs.push({file:'s79_district_hash_child_rows.xlsx',sheet:'Sheet1',rows,merges:['A1:C1']});
})();
// s80 percent and growth written as text "5.8%"
(()=>{setSeed(80);
 const d=SUZHOU.map(n=>{const a=ri(50000,300000)/100,b=r(a*(1+ri(10,90)/1000),2);return [n,a,b];});const A=sumd(d.map(x=>x[1]),2),B=sumd(d.map(x=>x[2]),2);
 const line=x=>[x[0],x[1].toFixed(2),x[2].toFixed(2),r((x[2]-x[1])/x[1]*100,1).toFixed(1)+'%'];
 const rows=[['各区县社会消费品零售总额'],['地区','2023年（亿元）','2024年（亿元）','增长'],line(['全市',A,B]),...d.map(line)];
 specs.push({file:'s80_text_percent.xlsx',sheet:'Sheet1',rows,merges:['A1:D1']});
})();
// s81 shares after each count column (share of the row total)
(()=>{setSeed(81);
 const d=WUHAN.slice(0,8).map(n=>{const a=ri(1000,20000),b=ri(50000,200000),c=ri(100000,400000);return [n,a,b,c];});
 const T=['全市'];for(let c=1;c<4;c++)T.push(sum(d.map(x=>x[c])));
 const line=x=>{const t=x[1]+x[2]+x[3];return [x[0],t,x[1],r(x[1]/t*100,1),x[2],r(x[2]/t*100,1),x[3],r(x[3]/t*100,1)];};
 const rows=[['各区从业人员及构成（2024年）'],['地区','从业人员合计（人）','第一产业',null,'第二产业',null,'第三产业',null],[null,null,'人数（人）','比重（%）','人数（人）','比重（%）','人数（人）','比重（%）'],line(T),...d.map(line)];
 specs.push({file:'s81_row_shares_after_each.xlsx',sheet:'Sheet1',rows,merges:['A1:H1','A2:A3','B2:B3','C2:D2','E2:F2','G2:H2'],dec:{3:1,5:1,7:1}});
})();
// s82 per-mille growth with 年初/年末 columns
(()=>{setSeed(82);
 const d=HEFEI.map(n=>{const a=ri(300000,1200000),b=a+ri(-8000,15000);return [n,a,b];});const T=['全市',sum(d.map(x=>x[1])),sum(d.map(x=>x[2]))];
 const line=x=>[x[0],x[1],x[2],x[2]-x[1],r((x[2]-x[1])/x[1]*1000,2)];
 const rows=[['各县（市、区）户籍人口增长情况（2024年）'],['地区','年初户籍人口（人）','年末户籍人口（人）','增加人数（人）','增长率（‰）'],line(T),...d.map(line)];
 specs.push({file:'s82_growth_per_mille.xlsx',sheet:'Sheet1',rows,merges:['A1:E1'],dec:{4:2}});
})();
// s83 上年 | 本年 | 增长 with a rate row in percentage points (noted)
(()=>{
 const rows=[['全市卫生资源'],['指标','上年','本年','增长（%）'],['医疗卫生机构（个）',4512,4633,r((4633-4512)/4512*100,1)],['床位（张）',61234,63012,r((63012-61234)/61234*100,1)],['卫生技术人员（人）',98765,102345,r((102345-98765)/98765*100,1)],['#执业（助理）医师（人）',36012,37544,r((37544-36012)/36012*100,1)],['病床使用率（%）',78.6,80.2,r(80.2-78.6,1)],['注：病床使用率的增长栏为增减百分点。']];
 specs.push({file:'s83_last_this_year_pct_point.xlsx',sheet:'Sheet1',rows,merges:['A1:D1'],dec:{3:1},rowDec:{6:{1:1,2:1,3:1}}});
})();
module.exports=specs;
