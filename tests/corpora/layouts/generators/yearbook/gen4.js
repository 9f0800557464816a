const {r,ri,setSeed,sum,sumd,write}=require('./lib');
const S='　';
const HEFEI=['瑶海区','庐阳区','蜀山区','包河区','长丰县','肥东县','肥西县','庐江县','巢湖市'];
const SUZHOU=['姑苏区','虎丘区','吴中区','相城区','吴江区','常熟市','张家港市','昆山市','太仓市'];
const WUHAN=['江岸区','江汉区','硚口区','汉阳区','武昌区','青山区','洪山区','东西湖区','蔡甸区','江夏区','黄陂区','新洲区'];
const specs=[];
// s41 hukou change: 年初 + 出生 - 死亡 + 迁入 - 迁出 = 年末 ; rates per mille on average pop
(()=>{setSeed(41);
 const mk=n=>{const p0=ri(300000,1200000),b=ri(2000,9000),d=ri(2500,8000),mi=ri(5000,30000),mo=ri(5000,30000);return {n,p0,b,d,mi,mo};};
 const d=HEFEI.map(mk);const T={n:'全市'};['p0','b','d','mi','mo'].forEach(k=>T[k]=sum(d.map(x=>x[k])));
 const line=x=>{const p1=x.p0+x.b-x.d+x.mi-x.mo;const avg=(x.p0+p1)/2;return [x.n,x.p0,x.b,x.d,x.mi,x.mo,p1,r((x.b-x.d)/avg*1000,2),r((x.mi-x.mo)/avg*1000,2)];};
 const rows=[['2-7  各县（市、区）户籍人口变动情况（2024年）'],[null,null,null,null,null,null,null,null,'单位：人、‰'],['地区','年初户籍人口','出生','死亡','迁入','迁出','年末户籍人口','自然增长率','机械增长率'],line(T),...d.map(line),['注：自然增长率、机械增长率按年平均户籍人口计算。']];
 specs.push({file:'s41_hukou_change.xlsx',sheet:'2-7',rows,merges:['A1:I1'],dec:{7:2,8:2}});
})();
// s42 bank deposits: 年末余额 | 比年初增加 | 比上年末增长(%)
(()=>{
 const it=[['本外币各项存款余额',null,[['#住户存款',[218734,21456]],['非金融企业存款',[153012,6721]]]],['本外币各项贷款余额',null,[['#住户贷款',[121456,3122]],['企（事）业单位贷款',[287311,30127]]]]];
 const rows=[['15-1  金融机构本外币存贷款（2024年末）'],[null,null,null,'单位：亿元'],['指标','年末余额','比年初增加','比上年末增长（%）']];
 const push=(n,b,i)=>rows.push([n,b/100,i/100,r(i/(b-i)*100,1)]);
 for(const [n,,ch] of it){const tb=sum(ch.map(c=>c[1][0]))+91234,ti=sum(ch.map(c=>c[1][1]))+4312;push(n,tb,ti);ch.forEach(c=>push(S+c[0],...c[1]));}
 specs.push({file:'s42_deposits_since_year_start.xlsx',sheet:'15-1',rows,merges:['A1:D1'],dec:{1:2,2:2,3:1}});
})();
// s43 12345 hotline: 受理 | 办结 | 办结率 | 按时答复 | 答复率
(()=>{setSeed(43);
 const cats=['城乡建设','交通运输','市场监管','生态环境','教育','卫生健康','人社','公安'];
 const d=cats.map(n=>{const a=ri(3000,40000),c=ri(a*0.93|0,a*0.99|0),rep=ri(a*0.96|0,a);return {n,a,c,rep};});
 const T={n:'合计',a:sum(d.map(x=>x.a)),c:sum(d.map(x=>x.c)),rep:sum(d.map(x=>x.rep))};
 const line=x=>[x.n,x.a,x.c,r(x.c/x.a*100,2),x.rep,r(x.rep/x.a*100,2)];
 const rows=[['12345政务服务便民热线诉求办理情况（2024年）'],['诉求类别','受理件数（件）','办结件数（件）','办结率（%）','按时答复件数（件）','按时答复率（%）'],line(T),...d.map(line)];
 specs.push({file:'s43_hotline_reply_rate.xlsx',sheet:'Sheet1',rows,merges:['A1:F1'],dec:{3:2,5:2}});
 const rows2=rows.map(x=>x.slice());rows2[1][5]='答复率（%）';rows2[1][4]='答复件数（件）';
 specs.push({file:'s43b_hotline_reply_rate.xlsx',sheet:'Sheet1',rows:rows2,merges:['A1:F1'],dec:{3:2,5:2}});
})();
// s44 city vs province vs nation comparison rows
(()=>{
 const rows=[['合肥市主要指标与全国、全省比较（2024年）'],['地区','地区生产总值\n（亿元）','年末常住人口\n（万人）','一般公共预算收入\n（亿元）','城镇化率\n（%）'],
  ['全国',1349084.00,140828.00,219702.00,67.00],['安徽省',50625.00,6123.00,3766.58,61.49],['合肥市',13507.70,1000.20,970.45,85.07]];
 specs.push({file:'s44_compare_nation.xlsx',sheet:'比较',rows,merges:['A1:E1'],dec:{1:2,2:2,3:2,4:2}});
})();
// s45 province and main cities (partial list)
(()=>{
 const rows=[['全省及主要城市常住人口和地区生产总值（2024年）'],['地区','年末常住人口（万人）','地区生产总值（亿元）'],['全省',8526.00,137008.00],['其中：南京市',954.70,18500.81],['　　　无锡市',749.08,15819.31],['　　　苏州市',1295.80,26727.00]];
 specs.push({file:'s45_main_cities_partial.xlsx',sheet:'Sheet1',rows,merges:['A1:C1'],dec:{1:2,2:2}});
 const rows2=[['表4  主要城市常住人口和地区生产总值（2024年）'],['主要城市','年末常住人口（万人）','地区生产总值（亿元）'],['全省',8526.00,137008.00],['南京市',954.70,18500.81],['无锡市',749.08,15819.31],['苏州市',1295.80,26727.00]];
 specs.push({file:'s45b_main_cities_title.xlsx',sheet:'Sheet1',rows:rows2,merges:['A1:C1'],dec:{1:2,2:2}});
})();
// s46 development zones as overlapping of-which rows after districts
(()=>{setSeed(46);
 const g=HEFEI.map(()=>ri(30000,300000)/100);const T=sumd(g,2);const zones=[['#合肥高新区',ri(100000,140000)/100],['　合肥经开区',ri(90000,120000)/100],['　合肥新站高新区',ri(50000,80000)/100]];
 const rows=[['3-6  各县（市、区）及开发区地区生产总值（2024年）'],['地区','地区生产总值（亿元）','比上年增长（%）'],['全市',T,6.1],...HEFEI.map((n,i)=>[S+n,g[i],ri(40,80)/10]),...zones.map(([n,v])=>[S+n,v,ri(40,90)/10]),['注：开发区数据已分别包含在所在县（市、区）中。']];
 specs.push({file:'s46_dev_zones_ofwhich.xlsx',sheet:'3-6',rows,merges:['A1:C1'],dec:{1:2,2:1}});
})();
// s47 years as rows with 年均增长 row at bottom
(()=>{setSeed(47);
 const ys=[2020,2021,2022,2023,2024];const v=ys.map((y,i)=>{const a=ri(40000,45000)+i*1000,b=ri(400000,420000)+i*20000,c=ri(550000,560000)+i*40000;return [a,b,c];});
 const rows=[['3-1  地区生产总值（2020—2024年）'],[null,null,null,null,'单位：亿元'],['年份','地区生产总值','第一产业','第二产业','第三产业']];
 v.forEach((x,i)=>rows.push([ys[i]+'年',sum(x)/100,x[0]/100,x[1]/100,x[2]/100]));
 const cagr=k=>r((Math.pow(k(v[4])/k(v[0]),1/4)-1)*100,1);
 rows.push(['2021—2024年年均增长（%）',cagr(x=>sum(x)),cagr(x=>x[0]),cagr(x=>x[1]),cagr(x=>x[2])]);
 specs.push({file:'s47_years_avg_growth_row.xlsx',sheet:'3-1',rows,merges:['A1:E1'],dec:{1:2,2:2,3:2,4:2},rowDec:{8:{1:1,2:1,3:1,4:1}}});
})();
// s48 2024年比2022年增长 and 年均增长 columns
(()=>{
 const it=[['地区生产总值（亿元）',[12013.10,12673.78,13507.70]],['规模以上工业增加值（亿元）',[3012.55,3190.40,3465.21]],['社会消费品零售总额（亿元）',[5005.12,5284.66,5611.90]],['一般公共预算收入（亿元）',[901.32,935.10,970.45]]];
 const rows=[['主要指标增长情况'],['指标','2022年','2023年','2024年','2024年比2022年增长（%）','年均增长（%）']];
 it.forEach(([n,[a,b,c]])=>rows.push([n,a,b,c,r((c-a)/a*100,1),r((Math.sqrt(c/a)-1)*100,1)]));
 specs.push({file:'s48_two_year_growth.xlsx',sheet:'Sheet1',rows,merges:['A1:F1'],dec:{1:2,2:2,3:2,4:1,5:1}});
})();
// s49 two-period with rate rows whose 增长 column is percentage points (noted)
(()=>{
 const it=[['年末常住人口（万人）',985.12,991.27,2],['城镇人口（万人）',836.95,843.27,2],['城镇化率（%）',null,null,2],['居民消费支出（元）',31245,32987,0],['#食品烟酒支出（元）',9123,9456,0],['恩格尔系数（%）',null,null,1]];
 it[2][1]=r(836.95/985.12*100,2);it[2][2]=r(843.27/991.27*100,2);it[5][1]=r(9123/31245*100,1);it[5][2]=r(9456/32987*100,1);
 const rows=[['主要人口和消费指标'],['指标','2023年','2024年','增长（%）']];const rowDec={};
 it.forEach(([n,a,b,d])=>{const isRate=n.includes('率')||n.includes('系数');rows.push([n,a,b,isRate?r(b-a,d):r((b-a)/a*100,1)]);rowDec[rows.length-1]={1:d,2:d,3:isRate?d:1};});
 rows.push(['注：城镇化率、恩格尔系数的增长栏为比上年增减的百分点。']);
 specs.push({file:'s49_pct_points_noted.xlsx',sheet:'Sheet1',rows,merges:['A1:D1'],rowDec});
})();
// s50 population density
(()=>{setSeed(50);
 const d=WUHAN.map(n=>({n,a:ri(6000,250000)/100,p:r(ri(300000,1600000)/1e4,2)}));const T={n:'全市',a:sumd(d.map(x=>x.a),2),p:sumd(d.map(x=>x.p),2)};
 const line=x=>[x.n,x.a,x.p,r(x.p*1e4/x.a,0)];
 const rows=[['2-9  各区土地面积和人口密度（2024年）'],['地区','土地面积\n（平方公里）','年末常住人口\n（万人）','人口密度\n（人/平方公里）'],line(T),...d.map(line)];
 specs.push({file:'s50_density.xlsx',sheet:'2-9',rows,merges:['A1:D1'],dec:{1:2,2:2,3:0}});
})();
// s51 forest coverage
(()=>{setSeed(51);
 const d=HEFEI.map(n=>{const a=ri(8000,230000);return {n,a,f:ri(a*0.05|0,a*0.4|0)};});const T={n:'全市',a:sum(d.map(x=>x.a)),f:sum(d.map(x=>x.f))};
 const line=x=>[x.n,x.a,x.f,r(x.f/x.a*100,2)];
 const rows=[['19-2  各县（市、区）森林资源（2024年）'],['地区','土地面积（公顷）','森林面积（公顷）','森林覆盖率（%）'],line(T),...d.map(line)];
 specs.push({file:'s51_forest_coverage.xlsx',sheet:'19-2',rows,merges:['A1:D1'],dec:{3:2}});
})();
// s52 hi-tech enterprise share of industrial enterprises + loss-making
(()=>{setSeed(52);
 const d=SUZHOU.map(n=>{const e=ri(400,3000);return {n,e,h:ri(e*0.2|0,e*0.5|0),l:ri(e*0.1|0,e*0.25|0)};});const T={n:'全市',e:sum(d.map(x=>x.e)),h:sum(d.map(x=>x.h)),l:sum(d.map(x=>x.l))};
 const line=x=>[x.n,x.e,x.h,r(x.h/x.e*100,1),x.l,r(x.l/x.e*100,1)];
 const rows=[['12-5  各区县规模以上工业企业情况（2024年）'],['地区','规模以上工业企业数（个）','#高新技术企业（个）','高新技术企业占比（%）','#亏损企业（个）','亏损面（%）'],line(T),...d.map(line)];
 specs.push({file:'s52_enterprise_shares.xlsx',sheet:'12-5',rows,merges:['A1:F1'],dec:{3:1,5:1}});
})();
// s53 marriage where divorces exceed marriages minus foreign in one district
(()=>{
 const d=[['瑶海区',4312,21,2987],['庐阳区',3120,35,2204],['蜀山区',5012,66,2876],['包河区',6233,58,3012],['长丰县',3310,6,3402],['肥东县',4420,9,3012],['肥西县',4512,12,2788]];
 const tot=['合　计'];for(let c=1;c<4;c++)tot.push(sum(d.map(x=>x[c])));
 const rows=[['婚姻登记情况（2024年）'],['单位：对'],['地区','结婚登记','其中：涉外及港澳台','离婚登记'],...d,tot];
 specs.push({file:'s53_marriage_divorce.xlsx',sheet:'Sheet1',rows,merges:['A1:D1']});
})();
// s54 常住人口 | 其中：城镇人口 | 户籍人口 (户籍 > 常住 in outflow counties)
(()=>{
 const d=[['瑶海区',102.35,101.12,88.41],['庐阳区',70.21,69.87,65.30],['蜀山区',136.54,134.02,97.66],['包河区',151.23,142.88,90.12],['长丰县',78.66,45.21,79.34],['肥东县',93.10,51.22,109.87],['肥西县',96.44,60.13,91.02],['庐江县',88.31,42.10,120.55],['巢湖市',73.02,46.77,87.14]];
 const tot=['全市'];for(let c=1;c<4;c++)tot.push(sumd(d.map(x=>x[c]),2));
 const rows=[['2-2  各县（市、区）常住人口和户籍人口（2024年末）'],['单位：万人'],['地区','常住人口','其中：城镇人口','户籍人口'],tot,...d];
 specs.push({file:'s54_resident_vs_hukou.xlsx',sheet:'2-2',rows,merges:['A1:D1'],dec:{1:2,2:2,3:2}});
})();
// s55 学校数 | 其中：民办 | 在校生 | 其中：民办 (two separate of-which pairs)
(()=>{setSeed(55);
 const d=WUHAN.slice(0,9).map(n=>{const s=ri(20,120),st=ri(20000,90000);return [n,s,ri(2,s/4|0),st,ri(1000,st/5|0)];});
 const tot=['全市'];for(let c=1;c<5;c++)tot.push(sum(d.map(x=>x[c])));
 const rows=[['17-8  各区民办教育情况（2024年）'],['地区','学校数（所）','其中：民办（所）','在校学生数（人）','其中：民办（人）'],tot,...d];
 specs.push({file:'s55_two_ofwhich_pairs.xlsx',sheet:'17-8',rows,merges:['A1:E1']});
})();
// s56 merged header with 其中 spanning two sub-columns
(()=>{setSeed(56);
 const types=['普通高等学校','中等职业学校','普通高中','初中','小学'];
 const d=types.map(n=>{const s=ri(10,500),st=ri(20000,400000);return [n,s,st,ri(st*0.45|0,st*0.52|0),ri(100,st*0.05|0),ri(1000,30000)];});
 const tot=['合计'];for(let c=1;c<6;c++)tot.push(sum(d.map(x=>x[c])));
 const rows=[['17-2  各级学校在校学生情况（2024年）'],['学校类别','学校数\n（所）','在校学生数（人）',null,null,'专任教师\n（人）'],[null,null,'合计','其中',null,null],[null,null,null,'女','少数民族',null],tot,...d.map(x=>[S+x[0],...x.slice(1)])];
 specs.push({file:'s56_ofwhich_merged_header.xlsx',sheet:'17-2',rows,merges:['A1:F1','A2:A4','B2:B4','C2:E2','C3:C4','D3:E3','F2:F4']});
})();
// s57 years as rows with 十四五 合计 row
(()=>{setSeed(57);
 const ys=[2021,2022,2023,2024,2025];const v=ys.map(()=>[ri(8000,12000),ri(3000,5000),ri(1000,2000)]);
 const rows=[['固定资产投资（“十四五”时期）'],[null,null,null,'单位：亿元'],['年份','固定资产投资','#工业投资','#基础设施投资']];
 v.forEach((x,i)=>rows.push([ys[i],x[0]/10,x[1]/10,x[2]/10]));
 rows.push(['“十四五”合计',sum(v.map(x=>x[0]))/10,sum(v.map(x=>x[1]))/10,sum(v.map(x=>x[2]))/10]);
 specs.push({file:'s57_years_plan_total.xlsx',sheet:'Sheet1',rows,merges:['A1:D1'],dec:{1:1,2:1,3:1}});
})();
// s58 average per school, total recomputed
(()=>{setSeed(58);
 const d=SUZHOU.map(n=>({n,s:ri(20,80),st:ri(20000,90000)}));const T={n:'全市',s:sum(d.map(x=>x.s)),st:sum(d.map(x=>x.st))};
 const line=x=>[x.n,x.s,x.st,r(x.st/x.s,0)];
 const rows=[['小学规模'],['地区','学校数（所）','在校学生数（人）','平均每校学生数（人）'],...d.map(line),line(T)];
 specs.push({file:'s58_avg_per_school.xlsx',sheet:'Sheet1',rows,merges:['A1:D1']});
})();
// s59 quarters + 全年 column
(()=>{setSeed(59);
 const it=['地区生产总值','第一产业','第二产业','第三产业'];const q=[1,2,3].map(()=>[0,1,2,3].map(()=>ri(10000,200000)/100));
 const parts=q; const gdp=[0,1,2,3].map(i=>sumd(parts.map(p=>p[i]),2));
 const rows=[['分季度地区生产总值（当季）'],[null,null,null,null,null,'单位：亿元'],['指标','一季度','二季度','三季度','四季度','全年']];
 const add=(n,a)=>rows.push([n,...a,sumd(a,2)]);add(it[0],gdp);parts.forEach((p,k)=>add(S+it[k+1],p));
 specs.push({file:'s59_quarters_year.xlsx',sheet:'Sheet1',rows,merges:['A1:F1'],dec:{1:2,2:2,3:2,4:2,5:2}});
})();
// s60 urbanization rate by year per district, 全市 row, 增减(百分点)
(()=>{setSeed(60);
 const d=HEFEI.map(n=>{const a=ri(4000,9500)/100;const b=r(a+ri(20,120)/100,2);const c=r(b+ri(20,120)/100,2);return [n,a,b,c,r(c-b,2)];});
 const rows=[['各县（市、区）常住人口城镇化率'],['单位：%'],['地区','2022年','2023年','2024年','2024年比上年增减（百分点）'],['全市',84.12,84.72,85.07,0.35],...d];
 specs.push({file:'s60_rates_by_year.xlsx',sheet:'Sheet1',rows,merges:['A1:E1'],dec:{1:2,2:2,3:2,4:2}});
})();
// s61 column-number row (甲/1/2/3) under header
(()=>{setSeed(61);
 const d=HEFEI.map(n=>{const a=ri(100,900),b=ri(50,500);return [n,a+b,a,b];});const tot=['合计'];for(let c=1;c<4;c++)tot.push(sum(d.map(x=>x[c])));
 const rows=[['乡镇（街道）综合文化站情况'],['地区','文化站数（个）','乡镇文化站','街道文化站'],['甲',1,2,3],tot,...d];
 specs.push({file:'s61_column_numbers.xlsx',sheet:'Sheet1',rows,merges:['A1:D1']});
})();
// s62 reverse year order with 增减
(()=>{
 const it=[['年末常住人口（万人）',1000.20,985.30],['出生人口（人）',63970,68215],['死亡人口（人）',58012,56123],['地区生产总值（亿元）',13507.70,12673.78]];
 const rows=[['主要指标'],['指标','2024年','2023年','增减']];const rowDec={};
 it.forEach(([n,a,b])=>{const d=Number.isInteger(a)?0:2;rows.push([n,a,b,r(a-b,d)]);rowDec[rows.length-1]={1:d,2:d,3:d};});
 specs.push({file:'s62_reverse_years_change.xlsx',sheet:'Sheet1',rows,merges:['A1:D1'],rowDec});
})();
// s63 bilingual total label in one cell
(()=>{setSeed(63);
 const d=[['江岸区\nJiang\'an District'],['江汉区\nJianghan District'],['硚口区\nQiaokou District'],['汉阳区\nHanyang District'],['武昌区\nWuchang District']].map(x=>[x[0],ri(300,900),ri(20,80),ri(10,40)]);
 const tot=['全　市\nTotal'];for(let c=1;c<4;c++)tot.push(sum(d.map(x=>x[c])));
 const rows=[['21-1  各区文化设施（2024年）\nCultural Facilities by District (2024)'],['地区\nDistrict','文化设施总数（个）\nTotal Facilities','公共图书馆（个）\nPublic Libraries','博物馆（个）\nMuseums'],tot,...d];
 // make total column complete: 总数 = 图书馆 + 博物馆 + 其他? keep 总数 independent (not parts): use others column
 rows[1].push('其他（个）\nOthers');for(let i=2;i<rows.length;i++){}
 const body=d.map(x=>{const o=x[1];return [x[0],x[2]+x[3]+o,x[2],x[3],o];});const t=['全　市\nTotal'];for(let c=1;c<5;c++)t.push(sum(body.map(x=>x[c])));
 const rows2=[rows[0],rows[1],t,...body];
 specs.push({file:'s63_bilingual_labels.xlsx',sheet:'21-1',rows:rows2,merges:['A1:E1']});
})();
// s64 per-capita GDP computed with average population (not shown)
(()=>{setSeed(64);
 const d=SUZHOU.map(n=>{const p1=ri(500000,2100000),p0=p1-ri(-5000,20000),g=ri(100000,500000)/100;return {n,p:r(p1/1e4,2),g,pc:r(g*1e8/((p0+p1)/2),0),p0,p1};});
 const P1=sum(d.map(x=>x.p1)),P0=sum(d.map(x=>x.p0)),G=sumd(d.map(x=>x.g),2);
 const rows=[['各区县人均地区生产总值（2024年）'],['地区','年末常住人口（万人）','地区生产总值（亿元）','人均地区生产总值（元）'],['全市',sumd(d.map(x=>x.p),2),G,r(G*1e8/((P0+P1)/2),0)],...d.map(x=>[x.n,x.p,x.g,x.pc]),['注：人均地区生产总值按年平均常住人口计算。']];
 specs.push({file:'s64_per_capita_avgpop.xlsx',sheet:'Sheet1',rows,merges:['A1:D1'],dec:{1:2,2:2,3:0}});
})();
module.exports=specs;
