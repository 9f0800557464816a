const { setSeed, rnd, ri, rf, r, sum, g, S, COL, write, saveManifest } = require('./lib');
let csvEntry;
(async () => {
// L40 a 其中 column followed by independent columns that may exceed the whole
{ setSeed(140);
  const names = ['和平区', '河西区', '河东区', '南开区', '河北区', '红桥区', '东丽区', '西青区', '津南区', '北辰区'];
  const d = names.map((n, k) => { const a = ri(3000, 16000); const re = k % 3 === 0 ? Math.round(a * rf(1.05, 1.4)) : Math.round(a * rf(0.3, 0.8)); return [n, a, Math.round(a * rf(0.12, 0.35)), re, Math.round(re * rf(0.15, 0.3))]; });
  const T = ['全市', ...[1, 2, 3, 4].map(j => sum(d.map(x => x[j])))];
  const rows = [['表4-3  各区就业情况（2024年）'], ['地区', '城镇新增就业人数\n（人）', '其中：高校毕业生\n（人）', '城镇失业人员再就业人数\n（人）', '就业困难人员实现就业人数\n（人）'], T, ...d];
  await write({ file: 'r40_其中列后接独立列.xlsx', sheet: '4-3', layout: 'a 其中 column (高校毕业生) followed by two independent measures (再就业, 就业困难人员就业) whose values exceed 城镇新增就业 in some districts; 全市 top',
    rows, merges: ['A1:E1'], plant: { cell: 'B3', kind: 'total (全市 新增就业)', factor: 1.07 } });
  const fs = require('fs'), path = require('path');
  const lines = ['表4-3 各区就业情况（2024年）,,,,', ',,,,单位：人', '地区,城镇新增就业人数,其中：高校毕业生,城镇失业人员再就业人数,就业困难人员实现就业人数', T.join(','), ...d.map(x => x.join(','))];
  fs.writeFileSync(path.join(__dirname, '../../yearbook-3/r40b_CSV_其中列后接独立列.csv'), '\ufeff' + lines.join('\r\n') + '\r\n');
  csvEntry = { file: 'r40b_CSV_其中列后接独立列.csv', sheet: null, layout: 'CSV of r40: unit line 单位：人, headers without units; 其中 column then two independent measures exceeding the whole in some districts', plant: { cell: 'B4', kind: 'total (全市 新增就业)', factor: 1.07 } };
}
// L22b 'X' withheld figures with units in the headers
{ setSeed(122);
  const G = [['采矿业', ['煤炭开采和洗选业', '非金属矿采选业']], ['制造业', ['农副食品加工业', '食品制造业', '纺织业', '家具制造业', '医药制造业', '橡胶和塑料制品业', '非金属矿物制品业', '金属制品业', '通用设备制造业', '电气机械和器材制造业']], ['电力、热力、燃气及水生产和供应业', ['电力、热力生产和供应业', '水的生产和供应业']]];
  const wh = new Set(['非金属矿采选业', '家具制造业', '医药制造业', '水的生产和供应业']);
  const mk = n => { const e = wh.has(n) ? ri(1, 2) : ri(3, 60); const o = e * ri(3000, 42000); const rv = Math.round(o * rf(0.93, 1.02)); const pf = Math.round(rv * rf(-0.02, 0.08)); return { n, e, o, rv, pf }; };
  const ag = (n, a) => ({ n, e: sum(a.map(x => x.e)), o: sum(a.map(x => x.o)), rv: sum(a.map(x => x.rv)), pf: sum(a.map(x => x.pf)) });
  const line = (x, pre) => [pre + x.n, x.e, ...(wh.has(x.n) ? ['X', 'X', 'X'] : [x.o, x.rv, x.pf])];
  const body = []; const gs = [];
  for (const [gn, ds] of G) { const xs = ds.map(mk); const Gg = ag(gn, xs); gs.push(Gg); body.push(line(Gg, ''), ...xs.map(x => line(x, S))); }
  const rows = [['表12-4  规模以上工业企业主要指标（按行业分）（2024年）'], ['行业', '企业单位数（个）', '工业总产值（万元）', '营业收入（万元）', '利润总额（万元）'], line(ag('总计', gs), ''), ...body, ['注：“X”表示涉及单个企业、依法不予公布的数据，已计入合计。']];
  await write({ file: 'r22b_X保密数据_单位在表头.xlsx', sheet: '12-4', layout: 'same as r22 (withheld “X” figures included in subtotals) but units in the headers', rows, merges: ['A1:E1'], labelWidth: 36,
    plant: { cell: 'C3', kind: 'total (总计 工业总产值)', factor: 1.07 } });
}
saveManifest('5');
const fs2 = require('fs'); const mf = __dirname + '/manifest-5.json'; const m5 = JSON.parse(fs2.readFileSync(mf)); m5.push(csvEntry); fs2.writeFileSync(mf, JSON.stringify(m5, null, 1));
})().catch(e => { console.error(e); process.exit(1); });
