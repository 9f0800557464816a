const { setSeed, u, rd, writeBook } = require('./lib');
const fs = require('fs');
const T = [...require('./gen'), ...require('./gen2'), ...require('./gen3'), ...require('./gen4')];
const PLANT = new Set(['01','02','03','04','05','06','07','08','09','11','12','15','17','18','20','21','23','25','28','30','32','35','37','40','42','44','45']);
(async () => {
  fs.mkdirSync('clean', { recursive: true }); fs.mkdirSync('planted', { recursive: true });
  const man = [];
  for (let i = 0; i < T.length; i++) {
    setSeed(1000 + i * 77);
    const t = T[i]();
    const addr = await writeBook('clean/' + t.file, t.sheets);
    const id = t.file.slice(0, 2);
    if (!PLANT.has(id)) continue;
    setSeed(5000 + i);
    const [s, r, c] = t.plant; const sh = t.sheets[s]; const orig = sh.rows[r][c];
    const isStr = typeof orig === 'string'; const ov = isStr ? Number(orig.replace(/,/g, '')) : orig; const dec = (sh.dec && sh.dec[c]) || (sh.pct && sh.pct[c] ? 3 : 0); let f = u(.05, .2) * (u(0, 1) < .5 ? -1 : 1);
    let nv = rd(ov * (1 + f), dec);
    if (Math.abs(nv - ov) < (dec === 3 ? .01 : 1)) nv = rd(ov + (f < 0 ? -1 : 1) * (dec === 3 ? u(.015, .03) : u(1.5, 3)), dec);
    if (isStr) nv = Math.round(nv).toLocaleString('en-US');
    const sheets = JSON.parse(JSON.stringify(t.sheets)); sheets[s].rows[r][c] = nv;
    await writeBook('planted/' + t.file, sheets);
    man.push({ file: t.file, sheet: addr[s].name, cell: addr[s].map[r + ',' + c], original: orig, planted: nv });
  }
  fs.writeFileSync('planted/manifest.json', JSON.stringify(man, null, 1));
  console.log(T.length, 'clean', man.length, 'planted');
})();
