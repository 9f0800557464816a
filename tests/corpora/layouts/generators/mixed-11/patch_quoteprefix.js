// File 17 (run after gen*.js): gives the cells written as plain text in the "apostrophe" class (k==3) Excel's quotePrefix style (a leading apostrophe), clean and planted.
'use strict';
const fs = require('fs');
const JSZip = require('jszip');
(async () => {
  // The corpus keeps the clean copy only.
  for (const d of ['.']) {
    const p = require('path').join(__dirname, '../../mixed-11', d, '17_文本数字千分位全角空格.xlsx');
    const z = await JSZip.loadAsync(fs.readFileSync(p));
    let st = await z.file('xl/styles.xml').async('string');
    const m = /<cellXfs count="(\d+)">([\s\S]*?)<\/cellXfs>/.exec(st);
    const idx = +m[1];
    st = st.replace(m[0], `<cellXfs count="${idx + 1}">${m[2]}<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" quotePrefix="1"/></cellXfs>`);
    z.file('xl/styles.xml', st);
    let sh = await z.file('xl/worksheets/sheet1.xml').async('string');
    let n = 0;
    sh = sh.replace(/<c r="([B-F])(\d+)"( s="\d+")?( t="s")>/g, (all, col, row, s, t) => {
      const i = +row - 3, j = col.charCodeAt(0) - 65; // j: 1..5 as in gen3
      if (i < 0 || i > 9 || (i + j) % 5 !== 3) return all;
      n++; return `<c r="${col}${row}" s="${idx}"${t}>`;
    });
    z.file('xl/worksheets/sheet1.xml', sh);
    fs.writeFileSync(p, await z.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    console.log(d, 'quotePrefix cells', n);
  }
})();
