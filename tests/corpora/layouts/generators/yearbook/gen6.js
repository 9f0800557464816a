const {r,ri,setSeed,sum,sumd,write}=require('./lib');
const S='　';
const HEFEI=['瑶海区','庐阳区','蜀山区','包河区','长丰县','肥东县','肥西县','庐江县','巢湖市'];
const SUZHOU=['姑苏区','虎丘区','吴中区','相城区','吴江区','常熟市','张家港市','昆山市','太仓市'];
const specs=[];
// s70b: s70 without unit row
(()=>{const m=5123456,f=4878771,urb=8512336;const tot=m+f;
 const rows=[['年末常住人口（单位：人）'],['指标','2024年末'],['年末常住人口',tot],[S+'其中：城镇人口',urb],[S+S+S+'乡村人口',tot-urb],[S+'其中：男性',m],[S+S+S+'女性',f]];
 specs.push({file:'s70b_pop_two_ofwhich_rows_nounit.xlsx',sheet:'Sheet1',rows,merges:['A1:B1']});
 const rows2=[['年末常住人口'],['指标','人数（人）'],['年末常住人口',tot],[S+'城镇人口',urb],[S+'乡村人口',tot-urb],[S+'男性',m],[S+'女性',f]];
 const rows3=[['年末常住人口'],['指标','年末数（人）'],['年末常住人口',tot],[S+'其中：城镇人口',urb],[S+S+S+'乡村人口',tot-urb],[S+'其中：男性',m],[S+S+S+'女性',f]];
 specs.push({file:'s70d_pop_two_ofwhich_rows_header_nianmo.xlsx',sheet:'Sheet1',rows:rows3,merges:['A1:B1']});
 specs.push({file:'s70c_pop_two_breakdowns_indented.xlsx',sheet:'Sheet1',rows:rows2,merges:['A1:B1']});
})();
// s84 administrative reconsideration: rate over carried-over + received
(()=>{setSeed(84);
 const d=HEFEI.map(n=>{const c=ri(5,40),a=ri(80,400);const t=c+a;return [n,c,a,ri(t*0.85|0,t)];});
 const T=['全市'];for(let i=1;i<4;i++)T.push(sum(d.map(x=>x[i])));
 const line=x=>[...x,r(x[3]/(x[1]+x[2])*100,1)];
 const rows=[['行政复议案件办理情况（2024年）'],['地区','上年结转（件）','本年受理（件）','办结（件）','办结率（%）'],line(T),...d.map(line),['注：办结率=办结件数÷（上年结转件数+本年受理件数）×100%。']];
 specs.push({file:'s84_closure_over_carried.xlsx',sheet:'Sheet1',rows,merges:['A1:E1'],dec:{4:1}});
})();
// s85 averages under merged group header (平均 only in group header)
(()=>{setSeed(85);
 const d=SUZHOU.map(n=>({n,e:ri(50000,300000),w:ri(110000,160000)}));
 const E=sum(d.map(x=>x.e));const W=r(sum(d.map(x=>x.e*x.w))/E,0);
 const rows=[['各区县城镇非私营单位在岗职工平均工资（2024年）'],['地区','在岗职工\n平均人数（人）','在岗职工平均工资',null],[null,null,'金额（元）','比上年增长（%）'],['全市',E,W,4.1],...d.map(x=>[x.n,x.e,x.w,ri(20,70)/10]),['注：全市平均工资按各区县在岗职工平均人数加权计算。']];
 specs.push({file:'s85_avg_wage_group_header.xlsx',sheet:'Sheet1',rows,merges:['A1:D1','A2:A3','B2:B3','C2:D2'],dec:{3:1}});
})();
// s86 index column (上年=100) and 比上年±% column
(()=>{setSeed(86);
 const d=SUZHOU.map(n=>({n,g:ri(80000,500000)/100,i:ri(1030,1075)/10}));const G=sumd(d.map(x=>x.g),2);
 const rows=[['各区县地区生产总值及指数（2024年）'],['地区','地区生产总值\n（亿元）','地区生产总值指数\n（上年=100）','比上年±%'],['全市',G,105.8,5.8],...d.map(x=>[x.n,x.g,x.i,r(x.i-100,1)])];
 specs.push({file:'s86_index_column.xlsx',sheet:'Sheet1',rows,merges:['A1:D1'],dec:{1:2,2:1,3:1}});
})();
// s87 年末城镇化率 header (current + rate)
(()=>{setSeed(87);
 const d=HEFEI.map(n=>{const p=r(ri(400000,1500000)/1e4,2);const u=r(p*ri(45,98)/100,2);return [n,p,u];});const P=sumd(d.map(x=>x[1]),2),U=sumd(d.map(x=>x[2]),2);
 const line=x=>[x[0],x[1],x[2],r(x[2]/x[1]*100,2)];
 const rows=[['各县（市、区）城镇化水平（2024年）'],['地区','年末常住人口（万人）','年末城镇人口（万人）','年末常住人口城镇化率（%）'],line(['全市',P,U]),...d.map(line)];
 specs.push({file:'s87_year_end_rate.xlsx',sheet:'Sheet1',rows,merges:['A1:D1'],dec:{1:2,2:2,3:2}});
})();
module.exports=specs;
