// Plant one inconsistency per file, re-using gen.js specs and writers.
const { specs, writeSpec, colL } = require('./gen.js');
const path = require('path'), fs = require('fs');
const man = [];
(async () => {
  let k = 0;
  for (const spec of specs) {
    if (['p14_dev_age.xlsx', 'p24_orgs_big.xlsx', 'p16_edu_county.xlsx', 'p20_reelect_county.xlsx', 'p21_occ_dev_2y.xlsx', 'c12_age_struct.csv'].includes(spec.file)) continue;
    const s = JSON.parse(JSON.stringify(spec));
    s.sheets.forEach((t, i) => { t.dec = spec.sheets[i].dec; });
    const ti = s.sheets.length > 1 ? (k % s.sheets.length) : 0;
    const t = s.sheets[ti];
    const cand = t.cand[k % t.cand.length]; k++;
    const orig = t.rows[cand.r][cand.c];
    let v;
    const isDec = t.dec[cand.c] === 2;
    switch (cand.kind) {
      case 'total': v = isDec ? Math.round((orig + 3.5) * 100) / 100 : orig + (orig > 500 ? 120 : 17); break;
      case 'share': v = Math.round((orig > 10 ? orig - 4.2 : orig + 4.3) * 10) / 10; break;
      case 'part': {
        // make a 其中/part larger than its whole where a whole exists in col 2 (or col1 for orgs), else bump
        const whole = typeof t.rows[cand.r][2] === 'number' && cand.c > 2 ? t.rows[cand.r][2] : null;
        v = whole !== null && /其中|流出|发展|换届/.test(JSON.stringify(t.rows.slice(2, 5))) && !/年龄|学历/.test(t.rows[0][0]) ? whole + 9 : orig + 40; break; }
      case 'bigpart': { const wc = t.rows[cand.r - 1][cand.c]; const whole = typeof t.rows[cand.r][1] === 'number' && cand.c > 1 && t.rows[0][0].includes('对比') && !t.rows[cand.r][0].includes('其中') ? t.rows[cand.r][1] : (t.rows[cand.r][0].includes('其中') ? wc : t.rows[cand.r - 1][cand.c]); v = whole + 9; break; }
      case 'bigpart5': v = t.rows[cand.r][4] + 6; break;
      case 'change': v = isDec ? Math.round((orig + 2.4) * 100) / 100 : orig + 25; break;
      case 'growth': v = Math.round((orig + 4.5) * 10) / 10; break;
    }
    t.rows[cand.r][cand.c] = v;
    await writeSpec(s, path.join(__dirname, 'planted', s.file));
    const sheet = s.file.endsWith('.csv') ? s.file.replace(/\.csv$/, '') : t.sheet;
    man.push({ file: s.file, sheet, cell: colL(cand.c) + (cand.r + 1), original: orig, planted: v, kind: cand.kind });
  }
  fs.writeFileSync(path.join(__dirname, 'planted', 'manifest.json'), JSON.stringify(man, null, 1));
  console.log(man.length, 'plants');
})();
