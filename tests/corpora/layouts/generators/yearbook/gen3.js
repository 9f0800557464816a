const {r,ri,setSeed,sum,sumd,write}=require('./lib');
const S='　';
const HEFEI=['瑶海区','庐阳区','蜀山区','包河区','长丰县','肥东县','肥西县','庐江县','巢湖市'];
const SUZHOU=['姑苏区','虎丘区','吴中区','相城区','吴江区','常熟市','张家港市','昆山市','太仓市'];
const WUHAN=['江岸区','江汉区','硚口区','汉阳区','武昌区','青山区','洪山区','东西湖区','蔡甸区','江夏区','黄陂区','新洲区'];
const specs=[];
// s26 social insurance, 万人 2 dec, increase column
(()=>{
 const it=[['城镇职工基本养老保险参保人数',null,[[S+'在职职工',[45612,47233]],[S+'离退休人员',[13521,14102]]]],['城乡居民基本养老保险参保人数',[21034,20877],null],
  ['基本医疗保险参保人数',null,[[S+'职工基本医疗保险',[52311,54017]],[S+'城乡居民基本医疗保险',[38120,37514]]]],['失业保险参保人数',[31204,32011],null],['工伤保险参保人数',[35122,36540],null]];
 const rows=[['16-1  社会保险参保情况'],[null,null,'单位：万人'],['指标','2024年末','比上年末增加']];const push=(n,[a,b])=>rows.push([n,b/100,(b-a)/100]);
 for(const [n,v,ch] of it){if(ch){const a=sum(ch.map(c=>c[1][0])),b=sum(ch.map(c=>c[1][1]));push(n,[a,b]);ch.forEach(c=>push(c[0],c[1]));}else push(n,v);}
 specs.push({file:'s26_social_insurance.xlsx',sheet:'16-1',rows,merges:['A1:C1'],dec:{1:2,2:2}});
})();
// s27 decline % column (下降)
(()=>{
 const it=[['生产安全事故起数','起',[412,355]],['生产安全事故死亡人数','人',[198,171]],['道路交通事故起数','起',[2311,2088]],['火灾起数','起',[3120,2876]],['直接经济损失','万元',[8123.5,6542.1]]];
 const rows=[['22-3  安全生产情况'],['指标','单位','2023年','2024年','比上年下降（%）']];
 it.forEach(([n,u,[a,b]])=>rows.push([n,u,a,b,r((a-b)/a*100,1)]));
 specs.push({file:'s27_decline.xlsx',sheet:'22-3',rows,merges:['A1:E1'],dec:{4:1},rowDec:{6:{2:1,3:1}}});
})();
// s28 万人 2 decimals derived from persons: total differs from sum of rounded parts by rounding only
(()=>{
 const persons=[1234549,987648,765436,1543244,456747,876546,1098749,654338,345641];
 const P=sum(persons);const parts=persons.map(p=>r(p/1e4,2));const tot=r(P/1e4,2);
 const male=persons.map(p=>Math.round(p*0.5123+0.3));const M=sum(male);
 const rows=[['2-1  各区县常住人口（2024年末）'],['单位：万人'],['地区','常住人口','#男性'],['全市',tot,r(M/1e4,2)],...HEFEI.map((n,i)=>[S+n,parts[i],r(male[i]/1e4,2)]),['注：全市数据与各区县合计数因四舍五入略有差异。']];
 specs.push({file:'s28_wan_rounding.xlsx',sheet:'2-1',rows,merges:['A1:C1'],dec:{1:2,2:2},_check:()=>({tot,sumParts:sumd(parts,2),M:r(M/1e4,2),sumM:sumd(male.map(m=>r(m/1e4,2)),2)})});
})();
// s29 industry structure % per district, 全市 is composition not a sum
(()=>{setSeed(29);
 const mk=(n)=>{const a=ri(2,80)*1000+ri(0,999),b=ri(300,500)*1000,c=ri(400,700)*1000;const t=a+b+c;return {n,a,b,c,t};};
 const d=SUZHOU.map(mk);const T={n:'全市',a:sum(d.map(x=>x.a)),b:sum(d.map(x=>x.b)),c:sum(d.map(x=>x.c))};T.t=T.a+T.b+T.c;
 const line=x=>{let s=[x.a,x.b,x.c].map(v=>r(v/x.t*100,1));const diff=r(100-sumd(s,1),1);return [x.n,...s,100.0];};
 const rows=[['3-4  各区县三次产业结构（2024年）'],['单位：%'],['地区','第一产业','第二产业','第三产业','合计'],line(T),...d.map(line)];
 specs.push({file:'s29_structure_pct.xlsx',sheet:'3-4',rows,merges:['A1:E1'],dec:{1:1,2:1,3:1,4:1},_check:()=>rows.slice(3).map(x=>sumd(x.slice(1,4),1))});
})();
// s30 price index table (上年=100), 总指数 row is not a sum
(()=>{
 const rows=[['10-1  居民消费价格指数（上年=100）'],['项目','全市','城市','农村'],['居民消费价格总指数',100.3,100.3,100.2],[S+'食品烟酒',99.1,99.0,99.4],[S+'衣着',101.2,101.3,100.9],[S+'居住',100.1,100.1,100.0],[S+'生活用品及服务',100.5,100.4,100.7],[S+'交通通信',98.7,98.6,98.9],[S+'教育文化娱乐',101.6,101.7,101.3],[S+'医疗保健',101.4,101.4,101.5],[S+'其他用品及服务',103.2,103.3,102.9]];
 specs.push({file:'s30_price_index.xlsx',sheet:'10-1',rows,merges:['A1:D1'],dec:{1:1,2:1,3:1}});
})();
// s31 three-row header 卫生技术人员
(()=>{setSeed(31);
 const rows=[['13-3  各区卫生技术人员（2024年）'],[null,null,null,null,null,null,'单位：人'],
  ['地区','卫生技术人员',null,null,null,null,null],
  [null,'合计','执业（助理）医师',null,'注册护士','药师（士）','其他'],
  [null,null,'小计','#执业医师',null,null,null]];
 const d=WUHAN.slice(0,8).map(n=>{const doc=ri(2000,9000),ed=ri(doc*0.8|0,doc*0.95|0),nur=ri(2500,12000),ph=ri(200,900),o=ri(500,3000);return [n,doc+nur+ph+o,doc,ed,nur,ph,o];});
 const tot=['总计'];for(let c=1;c<7;c++)tot.push(sum(d.map(x=>x[c])));
 rows.push(tot,...d);
 specs.push({file:'s31_three_row_header.xlsx',sheet:'13-3',rows,merges:['A1:G1','A3:A5','B3:G3','B4:B5','C4:D4','E4:E5','F4:F5','G4:G5']});
})();
// s32 years as columns with # rows (普通中学 #高中)
(()=>{setSeed(32);
 const yrs=['2022年','2023年','2024年'];
 const gen=()=>{const h=ri(20,40),ms=ri(30,60),hs=ri(40,80),pr=ri(300,400),kg=ri(600,900),sp=ri(5,9),voc=ri(20,30);return {h,ms:ms+hs,hs,pr,kg,sp,voc};};
 const v=yrs.map(gen);
 const rows=[['17-1  各级各类学校数'],[null,null,null,'单位：所'],['指标',...yrs],['学校总数',...v.map(x=>x.h+x.voc+x.ms+x.pr+x.kg+x.sp)],
  [S+'普通高等学校',...v.map(x=>x.h)],[S+'中等职业学校',...v.map(x=>x.voc)],[S+'普通中学',...v.map(x=>x.ms)],[S+S+'#高中',...v.map(x=>x.hs)],[S+'小学',...v.map(x=>x.pr)],[S+'特殊教育学校',...v.map(x=>x.sp)],[S+'幼儿园',...v.map(x=>x.kg)]];
 specs.push({file:'s32_years_cols_hash.xlsx',sheet:'17-1',rows,merges:['A1:D1']});
})();
// s33 real estate: # items partial
(()=>{
 const rows=[['11-4  房地产开发主要指标（2024年）'],['指标','单位','2024年','比上年增长（%）'],
  ['房地产开发投资','亿元',2413.52,-8.7],[S+'#住宅','亿元',1765.31,-7.2],[S+S+'办公楼','亿元',98.44,-21.3],[S+S+'商业营业用房','亿元',132.87,-15.9],
  ['商品房施工面积','万平方米',12876.4,-6.1],[S+'#住宅','万平方米',9012.7,-5.8],['商品房销售面积','万平方米',1402.3,-10.4],[S+'#住宅','万平方米',1203.6,-9.9],['商品房销售额','亿元',2288.91,-12.6],[S+'#住宅','亿元',2010.45,-11.8]];
 specs.push({file:'s33_real_estate_hash.xlsx',sheet:'11-4',rows,merges:['A1:D1'],dec:{3:1}});
})();
// s34 unit in right cell, 续表-like title with table no., several notes
(()=>{setSeed(34);
 const rows=[['表 2-6  各乡镇（街道）户籍人口（2024年）'],[null,null,null,null,'单位：户、人'],['乡镇（街道）','户数','人口数','#男','#女'] ];
 const towns=['城关镇','双墩镇','岗集镇','下塘镇','水湖镇','庄墓镇','杨庙镇','吴山镇','朱巷镇','杜集乡','义井乡','造甲乡','左店乡','北城街道'];
 const d=towns.map(n=>{const m=ri(8000,40000),f=ri(7800,39000);return [n,ri((m+f)/3.1|0,(m+f)/2.7|0),m+f,m,f];});
 const tot=['合计'];for(let c=1;c<5;c++)tot.push(sum(d.map(x=>x[c])));
 rows.push(...d,tot,['注：1.本表数据来源于公安户籍统计。'],['　　2.北城街道为2023年新设。'],['资料来源：县公安局。']);
 specs.push({file:'s34_towns_notes.xlsx',sheet:'Sheet1',rows,merges:['A1:E1']});
})();
// s35 census-style header: 户数(合计/家庭户/集体户) 人口(合计/男/女) 性别比
(()=>{setSeed(35);
 const d=WUHAN.map(n=>{const fam=ri(200000,500000),col=ri(5000,40000),m=ri(400000,900000),f=ri(380000,880000);return [n,fam+col,fam,col,m+f,m,f,r(m/f*100,2)];});
 const tot=['全市'];for(let c=1;c<7;c++)tot.push(sum(d.map(x=>x[c])));tot.push(r(tot[5]/tot[6]*100,2));
 const rows=[['1-1  各区户数、人口数和性别比'],['地区','户数（户）',null,null,'人口数（人）',null,null,'性别比\n（女=100）'],[null,'合计','家庭户','集体户','合计','男','女',null],tot,...d];
 specs.push({file:'s35_census_groups.xlsx',sheet:'1-1',rows,merges:['A1:H1','A2:A3','B2:D2','E2:G2','H2:H3'],dec:{7:2}});
})();
// s36 cumulative quarters (not additive across columns)
(()=>{
 const q=[[1123.45,2356.78,3612.04,4998.12],[45.12,98.33,160.41,210.55],[412.30,889.04,1365.92,1874.60]];
 const rows=[['3-2  分季度地区生产总值（累计）'],[null,null,null,null,'单位：亿元'],['指标','一季度','上半年','前三季度','全年']];
 const ter=q[0].map((t,i)=>r(t-q[1][i]-q[2][i],2));
 rows.push(['地区生产总值',...q[0]],[S+'第一产业',...q[1]],[S+'第二产业',...q[2]],[S+'第三产业',...ter]);
 specs.push({file:'s36_cumulative_quarters.xlsx',sheet:'3-2',rows,merges:['A1:E1'],dec:{1:2,2:2,3:2,4:2}});
})();
// s37 monthly with cumulative and growth
(()=>{setSeed(37);
 const rows=[['14-2  全社会用电量（2024年）'],['月份','当月\n（亿千瓦时）','1月至本月累计\n（亿千瓦时）','当月比上年同月增长\n（%）']];let cum=0;
 const months=['1—2月','3月','4月','5月','6月','7月','8月','9月','10月','11月','12月'];
 months.forEach(m=>{const v=ri(9000,16000)/100;cum=sumd([cum,v],2);rows.push([m,v,cum,ri(-20,120)/10]);});
 specs.push({file:'s37_monthly_cumulative.xlsx',sheet:'14-2',rows,merges:['A1:D1'],dec:{1:2,2:2,3:1}});
})();
// s38 district share of city total
(()=>{setSeed(38);
 const g=WUHAN.map(()=>ri(30000,300000)/100);const T=sumd(g,2);
 const rows=[['3-5  各区地区生产总值及占全市比重（2024年）'],['地区','地区生产总值（亿元）','占全市比重（%）'],['全市',T,100.0],...WUHAN.map((n,i)=>[n,g[i],r(g[i]/T*100,1)])];
 specs.push({file:'s38_share_of_city.xlsx',sheet:'3-5',rows,merges:['A1:C1'],dec:{1:2,2:1}});
})();
// s39 budget execution: 完成预算(%) = 执行/预算
(()=>{
 const it=[['一般公共预算支出',null],[S+'一般公共服务支出',[152300,149871]],[S+'教育支出',[312500,318422]],[S+'科学技术支出',[98700,101256]],[S+'社会保障和就业支出',[201200,198734]],[S+'卫生健康支出',[143600,146012]],[S+'城乡社区支出',[176400,168209]],[S+'其他支出',[89300,87544]]];
 const kids=it.slice(1);const tot=[sum(kids.map(k=>k[1][0])),sum(kids.map(k=>k[1][1]))];it[0][1]=tot;
 const rows=[['8-3  一般公共预算支出执行情况（2024年）'],[null,null,null,'单位：万元'],['项目','预算数','执行数','完成预算（%）']];
 it.forEach(([n,[b,e]])=>rows.push([n,b,e,r(e/b*100,1)]));
 specs.push({file:'s39_budget_execution.xlsx',sheet:'8-3',rows,merges:['A1:D1'],dec:{3:1}});
})();
// s40 marriage registrations by district with 合计 and 其中 columns "其中：涉外"
(()=>{setSeed(40);
 const d=HEFEI.map(n=>{const m=ri(2000,9000);return [n,m,ri(5,80),ri(800,3500)];});
 const tot=['合　计'];for(let c=1;c<4;c++)tot.push(sum(d.map(x=>x[c])));
 const rows=[['婚姻登记情况（2024年）'],['单位：对'],['地区','结婚登记','其中：涉外及港澳台','离婚登记'],...d,tot];
 specs.push({file:'s40_marriage.xlsx',sheet:'Sheet1',rows,merges:['A1:D1']});
})();
module.exports=specs;
