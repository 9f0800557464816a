const {r,ri,setSeed,sum,sumd,write}=require('./lib');
const S='　';
const HEFEI=['瑶海区','庐阳区','蜀山区','包河区','长丰县','肥东县','肥西县','庐江县','巢湖市'];
const SUZHOU=['姑苏区','虎丘区','吴中区','相城区','吴江区','常熟市','张家港市','昆山市','太仓市'];
const WUHAN=['江岸区','江汉区','硚口区','汉阳区','武昌区','青山区','洪山区','东西湖区','蔡甸区','江夏区','黄陂区','新洲区'];
const specs=[];
// s01 population natural change, total top, indented, 全　市
(()=>{setSeed(1);
 const rows=[['2-5  各县（市、区）人口自然变动情况（2024年）'],[],['地区','年末常住人口（万人）','出生人口（人）','出生率（‰）','死亡人口（人）','死亡率（‰）','自然增长率（‰）']];
 const d=HEFEI.map(n=>{const p=r(ri(450000,1600000)/1e4,2);const b=ri(3000,11000),de=ri(3500,9000);return {n,p,b,de};});
 const P=sumd(d.map(x=>x.p),2),B=sum(d.map(x=>x.b)),D=sum(d.map(x=>x.de));
 const line=(n,p,b,de)=>{const br=r(b/(p*1e4)*1000,2),dr=r(de/(p*1e4)*1000,2);return [n,p,b,br,de,dr,r(br-dr,2)];};
 rows.push(line('全　市',P,B,D));
 d.forEach(x=>rows.push(line(S+S+x.n,x.p,x.b,x.de)));
 specs.push({file:'s01_pop_natural.xlsx',sheet:'2-5',rows,merges:['A1:G1'],dec:{1:2,3:2,5:2,6:2}});
})();
// s02 hukou, total at bottom 合计, sex ratio
(()=>{setSeed(2);
 const rows=[['表3  2024年末分区县户籍人口'],[null,null,null,null,null,'单位：户、人'],['区县','户数','户籍人口','男','女','性别比\n（女=100）']];
 const d=SUZHOU.map(n=>{const m=ri(150000,600000),f=ri(m*0.96|0,m*1.04|0);return {n,h:ri((m+f)/3.2|0,(m+f)/2.6|0),m,f};});
 const line=(n,h,m,f)=>[n,h,m+f,m,f,r(m/f*100,2)];
 d.forEach(x=>rows.push(line(x.n,x.h,x.m,x.f)));
 rows.push(line('合计',sum(d.map(x=>x.h)),sum(d.map(x=>x.m)),sum(d.map(x=>x.f))));
 specs.push({file:'s02_hukou_sexratio.xlsx',sheet:'Sheet1',rows,merges:['A1:F1'],dec:{5:2}});
})();
// s03 education by school type, rows hierarchy
(()=>{setSeed(3);
 const types=['普通高等学校','中等职业教育学校','普通高中','初中','小学','特殊教育学校','幼儿园'];
 const d=types.map(n=>({n,s:ri(5,900),g:ri(5000,90000),e:ri(6000,95000),st:ri(2000,400000),t:ri(300,30000)}));
 const rows=[['17-1 各级各类学校基本情况'],[],['学校类别','学校数（所）','毕业生数（人）','招生数（人）','在校学生数（人）','专任教师（人）']];
 const line=(n,x)=>[n,x.s,x.g,x.e,x.st,x.t];
 const T={};['s','g','e','st','t'].forEach(k=>T[k]=sum(d.map(x=>x[k])));
 rows.push(line('总计',T));d.forEach(x=>rows.push(line(S+x.n,x)));
 rows.push(['注：普通高等学校含独立学院。']);
 specs.push({file:'s03_edu_types.xlsx',sheet:'17-1',rows,merges:['A1:F1']});
})();
// s04 education by district, merged 2-row header (小学/初中 groups)
(()=>{setSeed(4);
 const rows=[['表17-4  各区县小学和初中基本情况（2024年）'],
  ['地  区','小学',null,null,'初中',null,null],
  [null,'学校数\n（所）','在校学生数\n（人）','专任教师\n（人）','学校数\n（所）','在校学生数\n（人）','专任教师\n（人）']];
 const d=WUHAN.map(n=>[n,ri(20,90),ri(20000,90000),ri(1200,5500),ri(8,40),ri(8000,40000),ri(700,3400)]);
 const tot=['全  市'];for(let c=1;c<7;c++)tot.push(sum(d.map(x=>x[c])));
 rows.push(tot);d.forEach(x=>rows.push(x));
 rows.push(['资料来源：市教育局。']);
 specs.push({file:'s04_edu_district_merged.xlsx',sheet:'17-4',rows,merges:['A1:G1','A2:A3','B2:D2','E2:G2']});
})();
// s05 health by district, group headers with 合计 / #医院
(()=>{setSeed(5);
 const rows=[['13-2  各县（市、区）医疗卫生机构、床位和人员（2024年）'],
  ['地区','医疗卫生机构数（个）',null,'床位数（张）',null,'卫生技术人员（人）',null,null],
  [null,'合计','#医院','合计','#医院','合计','#执业（助理）医师','#注册护士']];
 const d=HEFEI.map(n=>{const inst=ri(200,900),hos=ri(10,60),bed=ri(3000,20000),hb=ri(bed*0.7|0,bed*0.95|0),staff=ri(4000,30000),doc=ri(staff*0.35|0,staff*0.4|0),nur=ri(staff*0.4|0,staff*0.45|0);return [n,inst,hos,bed,hb,staff,doc,nur];});
 const tot=['全市'];for(let c=1;c<8;c++)tot.push(sum(d.map(x=>x[c])));
 rows.push(tot);d.forEach(x=>rows.push([S+x[0],...x.slice(1)]));
 specs.push({file:'s05_health_district.xlsx',sheet:'13-2',rows,merges:['A1:H1','A2:A3','B2:C2','D2:E2','F2:H2']});
})();
// s06 health by institution type, numbered hierarchy
(()=>{setSeed(6);
 const groups=[['一、医院',['综合医院','中医医院','中西医结合医院','专科医院','护理院']],
  ['二、基层医疗卫生机构',['社区卫生服务中心（站）','乡镇卫生院','村卫生室','门诊部','诊所（医务室）']],
  ['三、专业公共卫生机构',['疾病预防控制中心','专科疾病防治院（所、站）','妇幼保健院（所、站）','卫生监督所（中心）']],
  ['四、其他医疗卫生机构',null]];
 const gen=()=>[ri(1,400),ri(0,8000),ri(50,12000)];
 const body=[];const tots=[0,0,0];
 for(const [g,ch] of groups){
   if(ch){const kids=ch.map(n=>[n,...gen()]);const gt=[0,1,2].map(i=>sum(kids.map(k=>k[i+1])));body.push([g,...gt]);kids.forEach(k=>body.push([S+S+k[0],...k.slice(1)]));gt.forEach((v,i)=>tots[i]+=v);}
   else{const v=gen();v[1]=0;body.push([g,...v]);v.forEach((x,i)=>tots[i]+=x);}
 }
 const rows=[['13-1  医疗卫生机构、床位和人员数（2024年）'],['机构类别','机构数（个）','床位数（张）','人员数（人）'],['总　计',...tots],...body,['注：村卫生室人员数含乡村医生和卫生员。']];
 specs.push({file:'s06_health_types.xlsx',sheet:'13-1',rows,merges:['A1:D1']});
})();
// s07 GDP by district, 亿元 2 decimals, growth %
(()=>{setSeed(7);
 const rows=[['3-3  各区县地区生产总值（2024年）'],[null,null,null,null,null,'单位：亿元'],['地区','地区生产总值','第一产业','第二产业','第三产业','比上年增长（%）']];
 const d=SUZHOU.map(n=>{const a=ri(100,9000)/100,b=ri(30000,250000)/100,c=ri(40000,300000)/100;return {n,a,b,c,g:ri(35,70)/10};});
 const line=(n,a,b,c,g)=>[n,sumd([a,b,c],2),a,b,c,g];
 const A=sumd(d.map(x=>x.a),2),B=sumd(d.map(x=>x.b),2),C=sumd(d.map(x=>x.c),2);
 rows.push(line('全市',A,B,C,5.8));d.forEach(x=>rows.push(line(x.n,x.a,x.b,x.c,x.g)));
 rows.push(['注：地区生产总值绝对数按现价计算，增长速度按不变价格计算。']);
 specs.push({file:'s07_gdp_district.xlsx',sheet:'3-3',rows,merges:['A1:F1'],dec:{1:2,2:2,3:2,4:2,5:1}});
})();
// s08 GDP years as columns with structure % block
(()=>{setSeed(8);
 const yrs=[2020,2021,2022,2023,2024];
 const v=yrs.map(()=>({a:ri(40000,60000)/100,b:ri(400000,500000)/100,c:ri(500000,700000)/100,pop:ri(9300000,9800000)}));
 const gdp=v.map(x=>sumd([x.a,x.b,x.c],2));
 const sh=v.map((x,i)=>[x.a,x.b,x.c].map(y=>r(y/gdp[i]*100,1)));
 const rows=[['3-1  地区生产总值'],['指标',...yrs.map(y=>y+'年')],
  ['地区生产总值（亿元）',...gdp],[S+'第一产业',...v.map(x=>x.a)],[S+'第二产业',...v.map(x=>x.b)],[S+'第三产业',...v.map(x=>x.c)],
  ['三次产业构成（%）'],[S+'第一产业',...sh.map(s=>s[0])],[S+'第二产业',...sh.map(s=>s[1])],[S+'第三产业',...sh.map(s=>s[2])],
  ['人均地区生产总值（元）',...gdp.map((g,i)=>r(g*1e8/v[i].pop,0))]];
 const rowDec={};[2,3,4,5].forEach(i=>rowDec[i]={1:2,2:2,3:2,4:2,5:2});[7,8,9].forEach(i=>rowDec[i]={1:1,2:1,3:1,4:1,5:1});
 specs.push({file:'s08_gdp_years_cols.xlsx',sheet:'3-1',rows,merges:['A1:F1'],rowDec,_check:()=>sh.map(s=>sumd(s,1))});
})();
// s09 two-period comparison with 单位 column
(()=>{setSeed(9);
 const items=[['年末常住人口','万人',2,[98512,99127].map(x=>x/100)],['出生人口','人',0,[68215,63970]],['地区生产总值','亿元',2,[1267354,1341226].map(x=>x/100)],
  ['一般公共预算收入','亿元',2,[90214,93487].map(x=>x/100)],['社会消费品零售总额','亿元',2,[526781,551309].map(x=>x/100)],['城镇居民人均可支配收入','元',0,[54321,56789]],['农村居民人均可支配收入','元',0,[31245,33102]],['民用汽车拥有量','万辆',1,[4312,4587].map(x=>x/10)]];
 const rows=[['主要指标2023年与2024年对比'],['指标','单位','2023年','2024年','增减','增长（%）']];const rowDec={};
 items.forEach(([n,u,d,[a,b]],i)=>{const inc=r(b-a,d);rows.push([n,u,a,b,inc,r(inc/a*100,1)]);rowDec[rows.length-1]={2:d,3:d,4:d,5:1};});
 const ua=r(1,0);rows.push(['城镇化率','%',84.96,85.42,r(85.42-84.96,2),'—']);rowDec[rows.length-1]={2:2,3:2,4:2};
 specs.push({file:'s09_two_period.xlsx',sheet:'对比',rows,merges:['A1:F1'],rowDec});
})();
// s10 years as rows (numeric year labels)
(()=>{setSeed(10);
 const rows=[['2-2  历年人口自然变动情况'],['年份','年末户籍人口\n（万人）','出生人口\n（人）','出生率\n（‰）','死亡人口\n（人）','死亡率\n（‰）','自然增长率\n（‰）']];
 for(let y=2015;y<=2024;y++){const p=ri(7400000,7700000)/1e4;const pp=r(p,2);const b=ri(50000,90000),de=ri(40000,55000);const br=r(b/(pp*1e4)*1000,2),dr=r(de/(pp*1e4)*1000,2);rows.push([y,pp,b,br,de,dr,r(br-dr,2)]);}
 specs.push({file:'s10_years_rows.xlsx',sheet:'2-2',rows,merges:['A1:G1'],dec:{1:2,3:2,5:2,6:2}});
})();
module.exports=specs;
