'use strict';
// Generates clean/ and planted/ and planted/plants.json. Run: NODE_PATH=/work/main/node_modules node generators/gen.js
const path = require('path');
const fs = require('fs');
const { emit } = require('./lib');
const root = path.resolve(__dirname, '..');
const all = [...require('./tables1'), ...require('./tables2'), ...require('./tables3'), ...require('./tables4'), ...require('./tables5')];
(async () => {
  for (const d of ['clean', 'planted']) { fs.mkdirSync(path.join(root, d), { recursive: true }); for (const f of fs.readdirSync(path.join(root, d))) if (/\.(xlsx|csv)$/.test(f)) fs.unlinkSync(path.join(root, d, f)); }
  const plants = [];
  for (const mk of all) { const t = mk(); const p = await emit(t, root); if (p) plants.push(p); else console.error('no plant in', t.file); }
  fs.writeFileSync(path.join(root, 'planted', 'plants.json'), JSON.stringify(plants, null, 1));
  console.log(`${all.length} tables, ${plants.length} plants`);
})().catch((e) => { console.error(e); process.exit(1); });
