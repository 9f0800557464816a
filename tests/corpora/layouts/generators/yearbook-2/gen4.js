const { r, g, write } = require('./lib.js');
(async () => {
// 37 per-capita income: 全体居民 with 其中 城镇/农村 (averages, urban above whole)
{
  const upop = 312.4, rpop = 148.7, uinc = [52418, 54306], rinc = [26874, 28691];
  const all = [0, 1].map(i => (uinc[i] * upop + rinc[i] * rpop) / (upop + rpop));
  const L = (lab, x) => [lab, r(x[0], 0), r(x[1], 0), g(r(x[1], 0), r(x[0], 0))];
  const rows = [L('全体居民人均可支配收入', all), L('　其中：城镇居民', uinc), L('　　　　农村居民', rinc)];
  await write({ file: '37_人均收入其中城乡.xlsx', title: '居民人均可支配收入', unit: '单位：元',
    header: [['指标', '2023年', '2024年', '比上年增长(%)']], rows, fmts: [null, '0', '0', '0.0'] });
}
})();
