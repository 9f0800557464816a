/** The report's stylesheet, inlined so the page makes no request: screen, and print (saved as PDF from a browser). */
export const REPORT_CSS = `
:root { --bad: #c62828; --bad-bg: #fde7e7; --warn-bg: #fff4d6; --ok: #2e7d32; --line: #d0d4da; --muted: #5f6b7a; }
* { box-sizing: border-box; }
body { margin: 0; padding: 24px 32px; font: 14px/1.55 "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif; color: #1d2430; background: #f6f7f9; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 28px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
h3 { font-size: 15px; margin: 18px 0 8px; }
.lede { color: var(--muted); margin: 0 0 16px; }
.totals { display: flex; flex-wrap: wrap; gap: 10px; margin: 12px 0 4px; }
.totals div { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 8px 14px; min-width: 9em; }
.totals b { display: block; font-size: 20px; }
.totals .bad b { color: var(--bad); }
.alert { background: var(--bad-bg); border-left: 4px solid var(--bad); padding: 8px 12px; margin: 8px 0; }
table.list { border-collapse: collapse; background: #fff; margin: 4px 0 8px; }
table.list th, table.list td { border: 1px solid var(--line); padding: 4px 10px; text-align: left; vertical-align: top; }
table.list th { background: #eef1f5; font-weight: 600; white-space: nowrap; }
table.list td:first-child { word-break: break-all; }
table.list td.n { text-align: right; font-variant-numeric: tabular-nums; }
table.list td.err { color: var(--bad); font-weight: 600; }
.cols { display: grid; grid-template-columns: minmax(0, 1.4fr) minmax(0, 1fr) minmax(0, 0.8fr); gap: 0 24px; }
@media (max-width: 900px) { .cols { grid-template-columns: minmax(0, 1fr); } }
details.clean { margin: 6px 0; color: var(--muted); }
section.file { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 4px 20px 16px; margin: 18px 0; }
section.file > h2 { border: 0; margin-top: 14px; word-break: break-all; }
ul.fixes { margin: 4px 0 10px; padding-left: 20px; }
ul.fixes li { margin: 2px 0; }
.sheet { display: grid; grid-template-columns: fit-content(68%) minmax(280px, 1fr); gap: 16px; align-items: start; }
.grid-wrap { overflow-x: auto; }
table.grid { border-collapse: collapse; font-size: 12.5px; background: #fff; }
table.grid th { background: #eef1f5; color: var(--muted); font-weight: 400; padding: 1px 5px; border: 1px solid var(--line); }
table.grid td { border: 1px solid var(--line); padding: 2px 6px; white-space: nowrap; max-width: 22em; overflow: hidden; text-overflow: ellipsis; }
table.grid td.num, table.grid td.suspect, table.grid td.involved, table.grid td.explained { text-align: right; font-variant-numeric: tabular-nums; }
table.grid td.suspect { background: var(--bad-bg); outline: 2px solid var(--bad); outline-offset: -2px; font-weight: 600; }
table.grid td.involved { background: var(--warn-bg); }
table.grid td.explained { background: #e8f3e9; }
table.grid tr.gap td { text-align: center; color: var(--muted); background: #fafafa; font-style: italic; }
.likely { display: block; font-size: 11px; color: var(--bad); font-weight: 400; }
ol.findings { margin: 0; padding-left: 22px; }
ol.findings li { margin: 0 0 8px; }
ol.findings .cells { color: var(--muted); font-size: 12px; }
ol.findings li.accepted { color: var(--ok); }
.tag { display: inline-block; font-size: 11px; border-radius: 3px; padding: 0 5px; margin-right: 4px; color: #fff; background: var(--bad); }
.tag.warning { background: #b26a00; } .tag.info { background: var(--muted); } .tag.accepted { background: var(--ok); }
code { font-family: "Noto Sans Mono CJK SC", Consolas, monospace; font-size: 12px; white-space: nowrap; color: var(--muted); }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body { background: #fff; padding: 0; font-size: 11px; }
  section.file { border: 0; padding: 0; break-before: page; }
  .sheet { display: block; }
  .grid-wrap { overflow: visible; }
  table.grid td { max-width: none; }
  table.grid td.suspect, table.grid td.involved, .tag { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  ol.findings li, tr { break-inside: avoid; }
  details.clean > *:not(summary) { display: block; }
}
`;
