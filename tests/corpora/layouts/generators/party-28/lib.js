const ExcelJS = require('exceljs');
let seed = 20250628;
function rand(){ seed = (seed*1103515245+12345) & 0x7fffffff; return seed/0x7fffffff; }
function ri(a,b){ return a+Math.floor(rand()*(b-a+1)); }
function rf(a,b){ return a+rand()*(b-a); }
function rd(x,d){ const p=Math.pow(10,d); return Math.round(x*p+1e-9)/p; }
function pct(a,b,d){ return b? rd(a/b*100,d) : null; }
function sum(a){ return a.reduce((s,x)=>s+(typeof x==='number'?x:0),0); }
function pick(arr,n){ const a=arr.slice(); const out=[]; while(out.length<n&&a.length){ out.push(a.splice(Math.floor(rand()*a.length),1)[0]); } return out; }
const TOWNS=['城关镇','东城街道','西城街道','南湖街道','北山镇','青石镇','柳河乡','白马镇','高桥镇','清水乡','龙泉镇','新安镇','大河乡','杨柳镇','石门乡','双井镇','凤鸣街道','桃源乡'];
const INDS=['制造业','建筑业','批发和零售业','交通运输、仓储和邮政业','住宿和餐饮业','信息传输、软件和信息技术服务业','房地产业','租赁和商务服务业','科学研究和技术服务业','居民服务、修理和其他服务业','农、林、牧、渔业','其他行业'];
const COUNTIES=['城东区','城西区','高新区','临江县','安平县','石桥县','云溪县','北湖区'];
class WB {
  constructor(name){ this.name=name; this.wb=new ExcelJS.Workbook(); this.aggs=[]; }
  sheet(n){ const ws=this.wb.addWorksheet(n); ws._n=n; return ws; }
  put(ws,r,c,v,agg,fmt){ const cell=ws.getCell(r,c); cell.value=(v===undefined?null:v); if(fmt) cell.numFmt=fmt; if(agg && typeof v==='number') this.aggs.push({sheet:ws._n, cell:cell.address, value:v, kind:agg, fmt}); return cell; }
  row(ws,r,arr,c0=1,agg,fmts){ arr.forEach((v,i)=>this.put(ws,r,c0+i,v,(typeof agg==='function'?agg(i):agg),fmts&&fmts[i])); }
  merge(ws,r1,c1,r2,c2,v){ ws.mergeCells(r1,c1,r2,c2); if(v!==undefined) ws.getCell(r1,c1).value=v; }
  async save(dir){ await this.wb.xlsx.writeFile(dir+'/'+this.name+'.xlsx'); }
}
module.exports={ExcelJS,rand,ri,rf,rd,pct,sum,pick,TOWNS,INDS,COUNTIES,WB};
