'use strict';
// hunt sets: clean books only, layouts varied further (used by gen.js: node gen.js hunt1 hunt2 ...)
const G = require('./gen.js');
function plan(prefix, seed0, n, pickOpt) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const rng = G.makeRng(seed0 * 7 + i * 13 + 1);
    const opt = pickOpt(rng, i);
    const book = G.makeBook(seed0 + i, opt);
    out.push({ file: `${prefix}${String(i + 1).padStart(3, '0')}.xlsx`, book, plants: [] });
  }
  return out;
}
const FIRSTS = ['inst', 'pop', 'ind', 'yoy', 'cols', 'city', 'cov', 'staff'];
const firstOpt = (i, list = FIRSTS) => { const f = list[i % list.length]; return f === 'city' ? { city: true } : { first: f }; };
const sets = {
  // header spellings, 其中 conventions, numbered labels, code columns, numeric year headers
  hunt1: () => plan('h1_', 31000, 120, (rng, i) => Object.assign(firstOpt(i, ['ind', 'cols', 'inst', 'ind', 'cols', 'yoy', 'pop', 'city', 'staff', 'cov']), {
    v: { qizhong: true, altHead: rng.chance(0.7), yearNum: rng.chance(0.3), numLabel: rng.chance(0.3) ? rng.int(1, 4) : 0, code: rng.chance(0.3), codeText: rng.chance(0.5) },
  })),
  // subtotal styles, long / tiny / sparse tables, 市本级, coarse rounding
  hunt2: () => plan('h2_', 32000, 120, (rng, i) => {
    const k = i % 6;
    return Object.assign(firstOpt(i), { city: k === 3 || k === 5 ? true : (k === 0 || k === 1 || k === 2 ? false : undefined), first: k === 3 || k === 5 ? undefined : FIRSTS[i % FIRSTS.length] === 'city' ? 'inst' : FIRSTS[i % FIRSTS.length],
      v: { long: k === 0, tiny: k === 1, sparse: k === 2 || rng.chance(0.2), shiBenJi: k === 3 || k === 5, coarse: k >= 3 || rng.chance(0.3) }, nSheets: rng.pick([1, 2, 3]) });
  }),
  // further layouts: periods as rows, year series, two tables stacked on a sheet
  hunt3: () => plan('h3_', 33000, 120, (rng, i) => Object.assign({ first: ['prows', 'series', 'prows', 'series', 'cols', 'ind', 'yoy', 'inst'][i % 8] }, {
    city: rng.chance(0.35), v: { extraLayouts: true, stack: rng.chance(0.4), yearNum: rng.chance(0.2), qizhong: rng.chance(0.3) }, nSheets: rng.pick([1, 2, 2, 3]),
  })),
  // storage: unrounded values with display formats, numbers as text, percent formats, thousands separators
  hunt4: () => plan('h4_', 34000, 120, (rng, i) => {
    const k = i % 4;
    return Object.assign(firstOpt(i), { pctP: k === 2 ? 0.9 : 0, v: { raw: k === 0, text: k === 1 ? rng.pick(['count', 'all']) : k === 3 ? 'count' : null, code: rng.chance(0.3), codeText: rng.chance(0.5), extraLayouts: rng.chance(0.3) } });
  }),
};
module.exports = { sets };
