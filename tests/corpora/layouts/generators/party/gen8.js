const L = require('./lib');
const { ri, rate, fix, fw, thou, sum, write } = L;
const fs = require('fs');
const { execSync } = require('child_process');

const TOWNS = ['城关镇', '东关街道', '西关街道', '新华街道', '河东乡', '柳河镇', '石佛乡', '大屯镇', '白庙乡', '马家镇', '双河镇', '高台乡'];
const DISTRICTS = ['和平区', '沈河区', '大东区', '皇姑区', '铁西区', '苏家屯区', '浑南区', '沈北新区', '于洪区', '辽中区', '康平县', '法库县', '新民市'];
const F = (n) => require("path").join(__dirname, "../../party", `${n}.xlsx`);
function totalOf(recs) { const t = {}; for (const k of Object.keys(recs[0])) t[k] = sum(recs.map((r) => r[k])); return t; }
const n1 = (v) => ({ v, fmt: '0.0' });
function cov(lo, hi) { const E = ri(lo, hi), O = ri(Math.floor(E * 0.15), Math.floor(E * 0.3)), J = ri(1, Math.max(1, Math.floor(E * 0.05))), JC = ri(2 * J, 3 * J); return { E, O, J, JC, C: O + JC }; }

// s96: blank top-left header cell
async function s96() {
  L.setSeed(9696);
  const names = TOWNS.slice(0, 8);
  const recs = names.map(() => cov(20, 80));
  const t = totalOf(recs);
  const row = (n, r) => [n, r.E, r.O, r.JC, r.C, n1(rate(r.C, r.E))];
  const rows = [
    ['XX县非公有制企业党组织覆盖情况'],
    ['', '企业数（家）', '单独建立党组织（个）', '联合党组织覆盖企业数（家）', '覆盖企业数（家）', '覆盖率（%）'],
    row('合计', t),
    ...names.map((n, i) => row(n, recs[i])),
  ];
  await write(F('s96-blank-corner'), [{ name: 'Sheet1', rows, merges: ['A1:F1'] }]);
}

// s97: diagonal corner header "指标\n乡镇" / "项目  地区"
async function s97() {
  L.setSeed(9797);
  const names = TOWNS.slice(0, 8);
  const recs = names.map(() => cov(20, 80));
  const t = totalOf(recs);
  const row = (n, r) => [n, r.E, r.O, r.JC, r.C, n1(rate(r.C, r.E))];
  const rows = [
    ['XX县非公有制企业党组织覆盖情况'],
    ['单位：家、个、%'],
    ['        指标\n乡镇', '企业数', '单独建立党组织', '联合党组织覆盖企业数', '覆盖企业数', '覆盖率（%）'],
    ...names.map((n, i) => row(n, recs[i])),
    row('合计', t),
  ];
  await write(F('s97-diagonal-corner'), [{ name: 'Sheet1', rows, merges: ['A1:F1'] }]);
}

// s98: GBK CSV with unit row and text rates
async function s98() {
  L.setSeed(9898);
  const names = DISTRICTS.slice(0, 8);
  const recs = names.map(() => cov(100, 500));
  const t = totalOf(recs);
  const lines = [
    'XX市非公有制企业党组织覆盖情况统计表,,,,',
    '单位：家、%,,,,',
    '区县,企业数,单独建立党组织,联合党组织覆盖企业数,覆盖企业数,覆盖率',
    ['全市', `"${thou(t.E)}"`, t.O, t.JC, t.C, fix(rate(t.C, t.E), 1) + '%'].join(','),
    ...names.map((n, i) => [n, `"${thou(recs[i].E)}"`, recs[i].O, recs[i].JC, recs[i].C, fix(rate(recs[i].C, recs[i].E), 1) + '%'].join(',')),
    '填报人：张三,,联系电话：13812345678,,',
  ];
  fs.writeFileSync(require("path").join(__dirname, "../../party") + '/tmp-utf8.csv', lines.join('\r\n') + '\r\n');
  const dir = require('path').join(__dirname, '../../party');
  execSync(`iconv -f UTF-8 -t GBK ${dir}/tmp-utf8.csv > ${dir}/s98-csv-gbk.csv && rm ${dir}/tmp-utf8.csv`);
}

// s99: all figures typed as text strings (WPS "文本" cells), thousands separators, 合计 SUM
async function s99() {
  L.setSeed(9999);
  const names = DISTRICTS.slice(0, 10);
  const recs = names.map(() => cov(1000, 4000));
  const t = totalOf(recs);
  const row = (s, n, r) => [s, n, thou(r.E), String(r.O), String(r.J), thou(r.JC), thou(r.C), fix(rate(r.C, r.E), 1)];
  const rows = [
    ['XX市非公有制企业党组织覆盖情况统计表'],
    ['单位：家、个、%'],
    ['序号', '县（市、区）', '企业数', '单独建立党组织', '联合党组织个数', '联合党组织覆盖企业数', '覆盖企业数', '覆盖率（%）'],
    ...names.map((n, i) => row(String(i + 1), n, recs[i])),
    row('', '合计', t),
  ];
  await write(F('s99-all-text'), [{ name: 'Sheet1', rows, merges: ['A1:H1'] }]);
}

(async () => {
  for (const f of [s96, s97, s98, s99]) await f();
  console.log('ok');
})();
