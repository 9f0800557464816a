/**
 * Whether figures down their rows are a running total (1-本月累计 over the months: each the one before plus its own
 * month's, so never falling) that `stated` closes as a running total's total does: with the last figure (全年 =
 * 1-12月), not their sum. NaN or a first figure not above zero is no running total.
 */
export function closesRunningTotal(values: number[], stated: number, same: (a: number, b: number) => boolean): boolean {
  if (values.length < 3 || !(values[0] > 0)) return false;
  for (let i = 1; i < values.length; i++) if (!(values[i] >= values[i - 1])) return false;
  const last = values[values.length - 1];
  return last > values[0] && same(stated, last);
}
