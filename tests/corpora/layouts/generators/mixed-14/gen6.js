const C = require('./common.js');
const { ri, rf, r, pct, sum, colsum, save, put, title, districts, counties } = C;
const regions = [...districts, ...counties];
async function main() {
  // P18 党员数量变化 with various signed headers used in real 公报/统计表 (no 增减/比上年 word)
  const variants = [['p18a_jiao_shangnianmo.xlsx', '较上年末（名）'], ['p18b_shengjiang.xlsx', '升降（名）'], ['p18c_biandong.xlsx', '变动情况（名）'], ['p18d_duoshao.xlsx', '比计划多（+）少（-）（名）'], ['p18e_tongbi.xlsx', '同比（名）'], ['p18z_control_zengjian.xlsx', '比上年末增减（名）']];
  for (const [fn, hdr] of variants) {
    await save(fn, async wb => {
      const ws = wb.addWorksheet('党员变化');
      title(ws, '各区县党员数量变化情况', '单位：名', 4);
      put(ws, 3, [['地区', '2024年末党员数', '2023年末党员数', hdr]]);
      const rows = regions.map(n => { const b = ri(9000, 40000); const a = b + ri(-300, 500); return [n, a, b, a - b]; });
      rows[1][1] = rows[1][2] - 137; rows[1][3] = -137;
      const T = ['全市', ...[1, 2, 3].map(j => colsum(rows, j))];
      put(ws, 4, [T, ...rows]);
    });
  }
}
main().catch(e => { console.error(e); process.exit(1); });
