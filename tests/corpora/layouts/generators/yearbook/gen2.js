const {r,ri,setSeed,sum,sumd,write}=require('./lib');
const S='　';
const HEFEI=['瑶海区','庐阳区','蜀山区','包河区','长丰县','肥东县','肥西县','庐江县','巢湖市'];
const SUZHOU=['姑苏区','虎丘区','吴中区','相城区','吴江区','常熟市','张家港市','昆山市','太仓市'];
const WUHAN=['江岸区','江汉区','硚口区','汉阳区','武昌区','青山区','洪山区','东西湖区','蔡甸区','江夏区','黄陂区','新洲区'];
const specs=[];
// s11 industrial by sector with # rows (partial)
(()=>{setSeed(11);
 const secs=[['采矿业',[]],['制造业',['#农副食品加工业','　计算机、通信和其他电子设备制造业','　汽车制造业','　电气机械和器材制造业']],['电力、热力、燃气及水生产和供应业',[]]];
 const body=[];const T=[0,0,0];
 for(const [n,subs] of secs){const u=ri(30,3000),o=ri(10000,900000)/100,p=ri(1000,60000)/100;body.push([n,u,o,ri(-30,120)/10,p]);T[0]+=u;T[1]=sumd([T[1],o],2);T[2]=sumd([T[2],p],2);
  let ru=u*0.8,ro=o*0.8,rp=p*0.8;for(const s of subs){const su=ri(1,Math.floor(ru/subs.length)),so=ri(100,Math.floor(ro*100/subs.length))/100,sp=ri(10,Math.floor(rp*100/subs.length))/100;body.push([S+s,su,so,ri(-50,200)/10,sp]);}}
 const rows=[['12-2  规模以上工业企业主要指标（按行业分）'],['行业','企业单位数\n（个）','工业总产值\n（亿元）','比上年增长\n（%）','利润总额\n（亿元）'],['总计',T[0],T[1],6.9,T[2]],...body];
 specs.push({file:'s11_industry_sectors.xlsx',sheet:'12-2',rows,merges:['A1:E1'],dec:{2:2,3:1,4:2}});
})();
// s12 fiscal revenue: 2024, 2023, growth, share of total
(()=>{setSeed(12);
 const tax=[['增值税',ri(2000000,3000000)],['企业所得税',ri(800000,1200000)],['个人所得税',ri(300000,500000)]];
 const taxOther=ri(900000,1400000);const taxTot=sum(tax.map(x=>x[1]))+taxOther;const non=ri(800000,1500000);const tot=taxTot+non;
 const prev=x=>Math.round(x/(1+ri(-80,120)/1000));
 const items=[['一般公共预算收入',tot],[S+'税收收入',taxTot],...tax.map(([n,v])=>[S+S+(n==='增值税'?'#':'')+n,v]),[S+'非税收入',non]];
 const pv={};items.forEach(([n,v])=>pv[n]=prev(v));
 // make prev additive: recompute prev totals
 const ptax=sum(tax.map(([n])=>pv[S+S+(n==='增值税'?'#':'')+n]))+prev(taxOther);pv[S+'税收收入']=ptax;pv['一般公共预算收入']=ptax+pv[S+'非税收入'];
 const rows=[['8-1  一般公共预算收入（2024年）'],[null,null,null,null,'单位：万元'],['项目','2024年','2023年','比上年增长（%）','占一般公共预算收入比重（%）']];
 items.forEach(([n,v])=>rows.push([n,v,pv[n],r((v-pv[n])/pv[n]*100,1),r(v/tot*100,1)]));
 specs.push({file:'s12_fiscal_revenue.xlsx',sheet:'8-1',rows,merges:['A1:E1'],dec:{3:1,4:1}});
})();
// s13 employment shares summing to 100.1 by rounding
(()=>{
 const v=[['第一产业',1235],['第二产业',4566],['第三产业',4222]]; // shares 12.32,45.56,42.12 -> 12.3+45.6+42.1=100.0
 const v2=[['第一产业',123460],['第二产业',456460],['第三产业',420080]];
 const tot=sum(v2.map(x=>x[1]));
 const rows=[['4-1  年末从业人员及构成'],['项目','从业人员（人）','构成（%）'],['合计',tot,100.0],...v2.map(([n,x])=>[S+n,x,r(x/tot*100,1)])];
 specs.push({file:'s13_employment_shares.xlsx',sheet:'4-1',rows,merges:['A1:C1'],dec:{2:1},_check:()=>sumd(v2.map(x=>r(x[1]/tot*100,1)),1)});
})();
// s14 crops: area, output, yield
(()=>{setSeed(14);
 const mk=n=>{const a=ri(50,3000)/10,y=ri(3000,9000);return {n,a,p:r(a*1e3*y/1e7,2)};};
 const cereal=['稻谷','小麦','玉米','其他谷物'].map(mk);
 const beans=mk('豆类'),tubers=mk('薯类');
 const agg=(n,arr)=>({n,a:sumd(arr.map(x=>x.a),1),p:sumd(arr.map(x=>x.p),2)});
 const C=agg('谷物',cereal),G=agg('粮食作物',[C,beans,tubers]);
 const oth=['油料','棉花','蔬菜及食用菌'].map(mk);
 const line=(x,ind)=>[ind+x.n,x.a,x.p,r(x.p*1e7/(x.a*1e3),0)];
 const rows=[['7-5  主要农作物播种面积、产量和单位面积产量（2024年）'],['项目','播种面积\n（千公顷）','总产量\n（万吨）','单位面积产量\n（公斤/公顷）'],
  line(G,''),line(C,S),...cereal.map(x=>line(x,S+S)),line(beans,S),line(tubers,S),...oth.map(x=>line(x,''))];
 specs.push({file:'s14_crops.xlsx',sheet:'7-5',rows,merges:['A1:D1'],dec:{1:1,2:2,3:0}});
})();
// s15 age structure with #65+
(()=>{
 const a=[1432517,6238811,2104772];const over65=1438225;const tot=sum(a);
 const rows=[['2-8  常住人口年龄构成'],['年龄组','人口数（人）','比重（%）'],['总计',tot,100.00],
  ['0—14岁',a[0],r(a[0]/tot*100,2)],['15—59岁',a[1],r(a[1]/tot*100,2)],['60岁及以上',a[2],r(a[2]/tot*100,2)],[S+'#65岁及以上',over65,r(over65/tot*100,2)],['注：本表为2024年人口变动抽样调查推算数。']];
 specs.push({file:'s15_age_structure.xlsx',sheet:'2-8',rows,merges:['A1:C1'],dec:{2:2}});
})();
// s16 市辖区 / 县 subtotals with urbanization rate
(()=>{setSeed(16);
 const mk=n=>{const p=ri(300000,1800000)/100;const u=r(p*ri(45,99)/100,2);return {n,p:r(p/100,2),u:r(u/100,2)};};
 const dist=['瑶海区','庐阳区','蜀山区','包河区'].map(mk),cty=['长丰县','肥东县','肥西县','庐江县','巢湖市'].map(mk);
 const agg=(n,arr)=>({n,p:sumd(arr.map(x=>x.p),2),u:sumd(arr.map(x=>x.u),2)});
 const D=agg('市辖区',dist),C=agg('县（市）',cty),T=agg('全市',[D,C]);
 const line=(x,ind)=>[ind+x.n,x.p,x.u,r(x.p-x.u,2),r(x.u/x.p*100,2)];
 const rows=[['2-4  各县（市、区）常住人口及城镇化率（2024年末）'],['地区','常住人口\n（万人）','城镇人口\n（万人）','乡村人口\n（万人）','城镇化率\n（%）'],
  line(T,''),line(D,S),...dist.map(x=>line(x,S+S)),line(C,S),...cty.map(x=>line(x,S+S))];
 specs.push({file:'s16_subtotals.xlsx',sheet:'2-4',rows,merges:['A1:E1'],dec:{1:2,2:2,3:2,4:2}});
})();
// s17 bilingual headers + English label column at right
(()=>{setSeed(17);
 const en={'姑苏区':'Gusu District','虎丘区':'Huqiu District','吴中区':'Wuzhong District','相城区':'Xiangcheng District','吴江区':'Wujiang District','常熟市':'Changshu City','张家港市':'Zhangjiagang City','昆山市':'Kunshan City','太仓市':'Taicang City'};
 const d=SUZHOU.map(n=>{const u=ri(300000,1500000),ru=ri(50000,400000);return [n,u+ru,u,ru,en[n]];});
 const tot=['全市',sum(d.map(x=>x[1])),sum(d.map(x=>x[2])),sum(d.map(x=>x[3])),'Total'];
 const rows=[['2-3  各市、区常住人口（2024年末）\nResident Population by Region (End of 2024)'],[null,null,null,null,'单位：人\n(person)'],
  ['地区\nRegion','常住人口\nResident Population','城镇人口\nUrban','乡村人口\nRural','地区\nRegion'],tot,...d];
 specs.push({file:'s17_bilingual.xlsx',sheet:'2-3',rows,merges:['A1:E1'],widths:[14,18,14,14,22]});
})();
// s18 missing values with — and …
(()=>{setSeed(18);
 const rows=[['17-6  各区县各级学校在校学生数（2024年）'],['单位：人'],['地区','合计','普通高等学校','中等职业学校','普通中学','小学']];
 const d=WUHAN.map((n,i)=>{const h=(i%3===0)?ri(5000,60000):'—';const v=(i%4===1)?'…':ri(1000,9000);const m=ri(10000,40000),p=ri(20000,70000);return [n,h,v,m,p];});
 // …(not available) means total unknown? keep totals = sum of known; mark '…' only where value is zero? use '—' (none) only for clean
 d.forEach(x=>{if(x[2]==='…')x[2]='—';});
 const num=v=>typeof v==='number'?v:0;
 const body=d.map(x=>[x[0],num(x[1])+num(x[2])+x[3]+x[4],x[1],x[2],x[3],x[4]]);
 const tot=['全市'];for(let c=1;c<6;c++)tot.push(sum(body.map(x=>num(x[c]))));
 rows.push(tot,...body,['注：“—”表示无此项。']);
 specs.push({file:'s18_missing_dash.xlsx',sheet:'17-6',rows,merges:['A1:F1']});
})();
// s19 footnote marks in headers and labels
(()=>{setSeed(19);
 const rows=[['表5  各县（市、区）社会保障情况（2024年）'],['地区','城镇职工基本养老保险\n参保人数①（人）','城乡居民基本养老保险\n参保人数[1]（人）','基本医疗保险\n参保人数*（人）','最低生活保障\n人数②（人）']];
 const d=HEFEI.map(n=>[n,ri(100000,900000),ri(50000,500000),ri(400000,1600000),ri(2000,20000)]);
 d[3][0]='包河区③';
 const tot=['全市'];for(let c=1;c<5;c++)tot.push(sum(d.map(x=>x[c])));
 rows.push(tot,...d,['注：①含离退休人员。[1]含领取待遇人员。*含职工医保和居民医保。②含城市和农村低保对象。③含合肥经济技术开发区。'],['资料来源：市人力资源和社会保障局、市医疗保障局、市民政局。']);
 specs.push({file:'s19_footnotes.xlsx',sheet:'Sheet1',rows,merges:['A1:E1']});
})();
// s20 retail sales with two complete breakdowns (group rows without figures)
(()=>{
 const town=512345,rural=38964,goods=493120;const tot=town+rural;const cat=tot-goods;
 const rows=[['社会消费品零售总额（2024年）'],['指标','绝对额（亿元）','比上年增长（%）'],['社会消费品零售总额',tot/100,4.3],['按经营地分'],[S+'城镇',town/100,4.1],[S+'乡村',rural/100,6.8],['按消费类型分'],[S+'商品零售',goods/100,3.9],[S+'餐饮收入',cat/100,8.9]];
 specs.push({file:'s20_retail_breakdowns.xlsx',sheet:'零售',rows,dec:{1:2,2:1}});
})();
// s21 foreign trade: total = export + import, balance = export - import
(()=>{
 const ex=[298765,312044],im=[201387,207911];
 const row=(n,a,b)=>[n,b/100,a/100,r((b-a)/a*100,1)];
 const rows=[['9-1  进出口总额'],[null,null,null,'单位：亿元'],['指标','2024年','2023年','比上年增长（%）'],row('进出口总额',ex[0]+im[0],ex[1]+im[1]),row(S+'出口',ex[0],ex[1]),row(S+'进口',im[0],im[1]),['进出口差额（出口－进口）',(ex[1]-im[1])/100,(ex[0]-im[0])/100,'—']];
 specs.push({file:'s21_trade.xlsx',sheet:'9-1',rows,merges:['A1:D1'],dec:{1:2,2:2,3:1}});
})();
// s22 income: components sum to total; 全体 not sum of 城镇+农村
(()=>{
 const blk=(n,c)=>{const t=sum(c);return [[n,t,null],...[['工资性收入',c[0]],['经营净收入',c[1]],['财产净收入',c[2]],['转移净收入',c[3]]].map(([k,v])=>[S+k,v,null])];};
 const all=blk('全体居民人均可支配收入',[29876,7654,4321,6543]),urb=blk('城镇居民人均可支配收入',[36512,7012,6103,7432]),rur=blk('农村居民人均可支配收入',[15234,9087,1012,4781]);
 const g=[5.3,5.6,2.1,6.0,5.0,4.6,5.1,1.8,5.3,6.3,6.8,7.1,3.3,6.9];let k=0;
 const rows=[['6-1  居民人均可支配收入（2024年）'],['指标','绝对数（元）','比上年增长（%）']];[...all,...urb,...rur].forEach(x=>{x[2]=g[k++%g.length];rows.push(x);});
 specs.push({file:'s22_income.xlsx',sheet:'6-1',rows,merges:['A1:C1'],dec:{2:1}});
})();
// s23 per-thousand rates
(()=>{setSeed(23);
 const d=SUZHOU.map(n=>({n,p:ri(400000,2100000)/1e4,doc:ri(1500,9000),bed:ri(3000,16000)})).map(x=>({...x,p:r(x.p,2)}));
 const T={n:'全市',p:sumd(d.map(x=>x.p),2),doc:sum(d.map(x=>x.doc)),bed:sum(d.map(x=>x.bed))};
 const line=x=>[x.n,x.p,x.doc,r(x.doc/(x.p*10),2),x.bed,r(x.bed/(x.p*10),2)];
 const rows=[['13-4  每千人口卫生资源（2024年）'],['地区','常住人口（万人）','执业（助理）医师（人）','每千人口执业（助理）医师（人）','医疗卫生机构床位（张）','每千人口床位（张）'],line(T),...d.map(line)];
 specs.push({file:'s23_per_thousand.xlsx',sheet:'13-4',rows,merges:['A1:F1'],dec:{1:2,3:2,5:2}});
})();
// s24 transposed: districts as columns
(()=>{setSeed(24);
 const ds=['瑶海区','庐阳区','蜀山区','包河区','长丰县'];
 const pop=ds.map(()=>ri(600000,1500000)/1e4).map(x=>r(x,2)),urb=pop.map(p=>r(p*ri(60,98)/100,2)),gdp=ds.map(()=>ri(50000,300000)/100),rev=ds.map(()=>ri(2000,9000)/100);
 const T=[sumd(pop,2),sumd(urb,2),sumd(gdp,2),sumd(rev,2)];
 const rows=[['各区县主要经济社会指标（2024年）'],['指标','全市',...ds],
  ['年末常住人口（万人）',T[0],...pop],['#城镇人口（万人）',T[1],...urb],['城镇化率（%）',r(T[1]/T[0]*100,2),...urb.map((u,i)=>r(u/pop[i]*100,2))],['地区生产总值（亿元）',T[2],...gdp],['一般公共预算收入（亿元）',T[3],...rev]];
 specs.push({file:'s24_transposed.xlsx',sheet:'Sheet1',rows,merges:['A1:G1'],dec:{1:2,2:2,3:2,4:2,5:2,6:2}});
})();
// s25 tourism with foreign-currency row in 万美元 (not additive in display units)
(()=>{
 const dom=[14523,16012],inb=[102,138];const rd=[1892.35,2104.77],fx=[58213,79342];
 const rows=[['接待游客及旅游收入'],['指标','单位','2024年','比上年增长（%）'],
  ['接待游客总人数','万人次',dom[1]+inb[1],r(((dom[1]+inb[1])-(dom[0]+inb[0]))/(dom[0]+inb[0])*100,1)],[S+'国内游客','万人次',dom[1],r((dom[1]-dom[0])/dom[0]*100,1)],[S+'入境游客','万人次',inb[1],r((inb[1]-inb[0])/inb[0]*100,1)],
  ['国内旅游收入','亿元',rd[1],r((rd[1]-rd[0])/rd[0]*100,1)],['国际旅游外汇收入','万美元',fx[1],r((fx[1]-fx[0])/fx[0]*100,1)]];
 specs.push({file:'s25_tourism.xlsx',sheet:'旅游',rows,merges:['A1:D1'],dec:{3:1},rowDec:{5:{2:2}}});
})();
module.exports=specs;
