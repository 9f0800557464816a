const ExcelJS=require('exceljs');
// half-up rounding, robust for floats
function r(x,d=0){const f=10**d;const s=x<0?-1:1;return s*Math.round(Math.abs(x)*f+1e-7)/f;}
// seeded rng
let seed=12345;function rnd(){seed=(seed*1103515245+12345)%2147483648;return seed/2147483648;}
function ri(a,b){return a+Math.floor(rnd()*(b-a+1));}
function setSeed(s){seed=s;}
function sum(a){return a.reduce((x,y)=>x+y,0);}
// exact sum of decimals (d decimals)
function sumd(a,d){const f=10**d;return Math.round(sum(a.map(v=>Math.round(v*f))))/f;}
function fmtFor(v,d){if(d===undefined){if(Number.isInteger(v))return '#,##0'==null?null:'0';return null;}return d===0?'0':'0.'+'0'.repeat(d);}
/* spec: {file, sheet, rows:[[...]], merges:[...], dec:{colIdx(0-based):decimals}, rowDec:{rowIdx:{col:dec}}, widths:[...], wrap:bool} */
async function write(spec){
  const wb=new ExcelJS.Workbook();
  const sheets=Array.isArray(spec.sheets)?spec.sheets:[spec];
  for(const s of sheets){
    const ws=wb.addWorksheet(s.sheet||'Sheet1');
    s.rows.forEach((row,ri_)=>{
      const xr=ws.getRow(ri_+1);
      row.forEach((v,ci)=>{
        if(v===null||v===undefined)return;
        const c=xr.getCell(ci+1);
        if(typeof v==='object'&&v!==null&&'v' in v){c.value=v.v;if(v.f)c.numFmt=v.f;return;}
        c.value=v;
        if(typeof v==='number'){
          let d=(s.rowDec&&s.rowDec[ri_]&&s.rowDec[ri_][ci]!==undefined)?s.rowDec[ri_][ci]:(s.dec?s.dec[ci]:undefined);
          if(d!==undefined)c.numFmt=d===0?'0':'0.'+'0'.repeat(d);
        }
        if(typeof v==='string'&&v.includes('\n'))c.alignment={wrapText:true,vertical:'middle',horizontal:'center'};
      });
      xr.commit&&0;
    });
    (s.merges||[]).forEach(m=>ws.mergeCells(m));
    (s.widths||[]).forEach((w,i)=>{ws.getColumn(i+1).width=w;});
  }
  await wb.xlsx.writeFile(spec.file);
}
module.exports={r,rnd,ri,setSeed,sum,sumd,write};
