// Round 65a of issue 9, by an outside helper: writes clean and planted books to /tmp/round65a; the corpus keeps the
// clean ones (tests/corpora/layouts/courts-65, copied from its cases folder).
// node gen.js        -> cases/*.xlsx + manifest.json
// node gen.js probe  -> probe/*.xlsx + probe/manifest.json
const fs = require('fs'), path = require('path');
const L = require('./lib'); const B = require('./builders');
const { Rng, colL, stack, ExcelJS } = L;
const probe = process.argv[2] === 'probe';
const outDir = path.join(__dirname, probe ? 'probe' : 'cases');
fs.mkdirSync(outDir, { recursive: true });
for (const f of fs.readdirSync(outDir)) if (f.endsWith('.xlsx')) fs.unlinkSync(path.join(outDir, f));

const ALL = Object.keys(B);

function mutate(v, how, dec, R, below) {
  if (how === 'copyNext') return typeof below === 'number' && below !== v ? below : null;
  const s = dec > 0 ? Math.abs(v).toFixed(dec) : String(Math.abs(v));
  const sign = v < 0 ? -1 : 1;
  const digitsIdx = [...s].map((ch, i) => (/\d/.test(ch) ? i : -1)).filter((i) => i >= 0);
  if (how === 'digit') {
    const cand = digitsIdx.filter((i) => !(i === 0 && s.length > 1 && s[1] !== '.')).concat(digitsIdx.length === 1 ? [0] : []);
    if (!cand.length) return null;
    const i = R.pick(cand); let nd; do nd = R.int(0, 9); while (String(nd) === s[i]);
    const t = s.slice(0, i) + nd + s.slice(i + 1); return sign * Number(t);
  }
  if (how === 'swap') {
    const pairs = []; for (let i = 0; i + 1 < s.length; i++) if (/\d/.test(s[i]) && /\d/.test(s[i + 1]) && s[i] !== s[i + 1] && !(i === 0 && s[i + 1] === '0')) pairs.push(i);
    if (!pairs.length) return null; const i = R.pick(pairs);
    return sign * Number(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
  }
  if (how === 'decimal') {
    if (dec > 0) return R.bool(0.5) ? L.rnd(v * 10, dec) : Number((v / 10).toFixed(dec + 1));
    return Math.abs(v) >= 100 ? Number((v / 10).toFixed(1)) : v * 10;
  }
  return null;
}

function plant(T, kind, how, R) {
  const pool = T.pl.filter((p) => p.kind === kind);
  for (let tries = 0; tries < 60 && pool.length; tries++) {
    const p = R.pick(pool); const orig = T.g[p.r][p.c];
    if (typeof orig !== 'number') continue;
    const below = T.g[p.r + 1] ? T.g[p.r + 1][p.c] : undefined;
    const nv = mutate(orig, how, p.dec, R, below);
    if (nv === null || nv === orig || !isFinite(nv)) continue;
    T.g[p.r][p.c] = nv;
    if (T.check().length) return { p, orig, nv };
    T.g[p.r][p.c] = orig;
  }
  return null;
}

async function writeBook(file, sheets, opts = {}) {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.T.g.forEach((row, r) => row.forEach((v, c) => {
      if (v === null || v === undefined) return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = (opts.textNums && typeof v === 'number' && r > 1) ? String(v) : v;
      const f = s.T.fmt[r + ',' + c]; if (f && f !== 'General' && typeof v === 'number') cell.numFmt = f;
      if (typeof v === 'string' && v.includes('\n')) cell.alignment = { wrapText: true };
    }));
    for (const [a, b, c, d] of s.T.m) { try { ws.mergeCells(a + 1, b + 1, c + 1, d + 1); } catch (e) { /* overlap */ } }
    ws.getColumn(1).width = 22;
  }
  await wb.xlsx.writeFile(file);
}

function makeBook(seed, kinds) {
  const R = new Rng(seed); const o = { city: R.pick(L.CITIES), year: R.int(2020, 2023) };
  const sheets = [];
  for (const k of kinds) {
    if (Array.isArray(k)) { // stacked
      const parts = k.map((kk) => B[kk](R, o)); sheets.push({ name: parts[0].name + '等', T: stack(parts.map((p) => p.T), R.int(1, 3)) });
    } else sheets.push(B[k](R, o));
  }
  const seen = new Set(); sheets.forEach((s, i) => { while (seen.has(s.name)) s.name += i; seen.add(s.name); });
  return { R, sheets };
}

(async () => {
  const manifest = [];
  const HOW = ['digit', 'swap', 'decimal', 'copyNext'];
  const KIND = ['part', 'total', 'rate', 'change'];
  let specs = [];
  if (!probe) {
    const bases = [['courtType'], ['courtByCourt'], ['courtTransposed'], ['mediationCounty'], ['mediationType'], ['petitionChannel'], ['petitionCounty'], ['lawyers'], ['legalAid'], ['quarterly'],
      ['quarterReport'], ['procuratorate'], ['plcSummary'], [['petitionChannel', 'mediationType']], ['courtType', 'courtByCourt'], [['courtType', 'legalAid']], ['courtByCourt'], ['mediationCounty', 'lawyers'], ['petitionChannel'], ['courtType']];
    bases.forEach((k, i) => specs.push({ id: `c${String(i + 1).padStart(2, '0')}`, seed: 100 + i, kinds: k, plants: [] }));
    // 25 plants spread over bases
    let n = 0;
    for (let round = 0; n < 25; round++) for (const s of specs) { if (n >= 25) break; if (round > 0 && (n + round) % 3) continue; s.plants.push({ kind: KIND[n % 4], how: HOW[(n + Math.floor(n / 4)) % 4] }); n++; }
  } else {
    for (let i = 0; i < 100; i++) {
      const R = new Rng(5000 + i);
      const nS = R.pick([1, 1, 2, 3]); const kinds = [];
      for (let j = 0; j < nS; j++) kinds.push(R.bool(0.15) ? [R.pick(ALL), R.pick(ALL)] : R.pick(ALL));
      const planted = i % 2 === 1;
      specs.push({ id: `p${String(i + 1).padStart(3, '0')}`, seed: 5000 + i, kinds, plants: planted ? [{ kind: R.pick(KIND), how: R.pick(HOW), seed2: i }] : [], textNums: R.bool(0.05) });
    }
  }
  for (const s of specs) {
    const base = makeBook(s.seed, s.kinds);
    for (const sh of base.sheets) { const bad = sh.T.check(); if (bad.length) console.error('SELFCHECK FAIL', s.id, sh.name, JSON.stringify(bad[0])); }
    if (!probe || !s.plants.length) {
      const f = `${probe ? 'probe' : 'cases'}/${s.id}.xlsx`;
      await writeBook(path.join(__dirname, f), base.sheets, s); manifest.push({ file: f, planted: null });
    }
    let j = 0;
    for (const pk of s.plants) {
      j++;
      const bk = makeBook(s.seed, s.kinds); const R = new Rng(s.seed * 31 + j);
      let res = null, sh = null; let kind = pk.kind;
      for (let attempt = 0; attempt < 40 && !res; attempt++) {
        const k2 = attempt < 12 ? kind : R.pick(KIND); const how = attempt < 6 ? pk.how : R.pick(HOW);
        sh = R.pick(bk.sheets); res = plant(sh.T, k2, how, R); if (res) { res.kind = k2; res.how = how; }
      }
      if (!res) { console.error('could not plant', s.id); continue; }
      const f = `${probe ? 'probe' : 'cases'}/${s.id}${probe ? '' : '_' + 'abcdefg'[j - 1]}.xlsx`;
      await writeBook(path.join(__dirname, f), bk.sheets, s);
      const addr = colL(res.p.c + 1) + (res.p.r + 1);
      manifest.push({ file: f, planted: { sheet: sh.name, cell: addr }, note: `${res.kind} ${res.how}: ${res.orig} -> ${res.nv}` });
    }
  }
  fs.writeFileSync(path.join(__dirname, probe ? 'probe/manifest.json' : 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log('wrote', manifest.length, 'books;', manifest.filter((m) => m.planted).length, 'planted');
})();
