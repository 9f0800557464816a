const ExcelJS = require('exceljs');
let seed = 29290611;
function rand(){ seed = (seed*1103515245+12345) & 0x7fffffff; return seed/0x7fffffff; }
function ri(a,b){ return a+Math.floor(rand()*(b-a+1)); }
function rf(a,b){ return a+rand()*(b-a); }
function rd(x,d){ const p=Math.pow(10,d); return Math.round(x*p+(x>=0?1e-9:-1e-9))/p; }
function sum(a){ return a.reduce((s,x)=>s+(typeof x==='number'?x:0),0); }
function gr(cur,prev,d=1){ return rd((cur/prev-1)*100,d); }
const cands=[];
class WB {
  constructor(name){ this.name=name; this.wb=new ExcelJS.Workbook(); }
  sheet(n){ const ws=this.wb.addWorksheet(n); ws._n=n; return ws; }
  put(ws,r,c,v,kind,fmt){ const cell=ws.getCell(r,c); cell.value=(v===undefined?null:v); if(fmt) cell.numFmt=fmt; if(kind && typeof v==='number') cands.push({file:this.name+'.xlsx',sheet:ws._n,cell:cell.address,value:v,kind}); return cell; }
  row(ws,r,arr,c0=1,kinds,fmts){ arr.forEach((v,i)=>this.put(ws,r,c0+i,v,Array.isArray(kinds)?kinds[i]:(typeof kinds==='function'?kinds(i):kinds),Array.isArray(fmts)?fmts[i]:fmts)); }
  merge(ws,r1,c1,r2,c2,v){ ws.mergeCells(r1,c1,r2,c2); if(v!==undefined) ws.getCell(r1,c1).value=v; }
  async save(dir){ await this.wb.xlsx.writeFile(dir+'/'+this.name+'.xlsx'); }
}
module.exports={ExcelJS,rand,ri,rf,rd,sum,gr,WB,cands};
