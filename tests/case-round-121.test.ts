import { describeCaseBook, type CaseSheet } from './helpers/case-book';

/**
 * Issue 9, round 121 (written by outside testers who had not written statlint; the sheet below is theirs, copied from
 * /tmp/round121a, with the figures they generated). 121A, civil affairs and social assistance (民政、社会救助):
 * - 地区 | 项目 over each place's 本期 | 上年同期 | 同比±% rows, the place merged down: 同比±% is a change row (a unit
 *   may follow a change label unbracketed), so its per cents are neither summed into 合计's nor read as counts (121A
 *   h2-043).
 */
const changeRowsWithSign: CaseSheet = {
  name: '社会救助分地区',
  rows: [
    ['临江市2024年全年社会救助对象分地区情况'],
    ['地区', '项目', '低保人数（人）', '特困人员（人）', '临时救助（人次）'],
    [
      '合计',
      '本期',
      {
        v: 37862,
        numFmt: '0',
      },
      {
        v: 71647,
        numFmt: '0',
      },
      {
        v: 39574,
        numFmt: '0',
      },
    ],
    [
      null,
      '上年同期',
      {
        v: 41973,
        numFmt: '0',
      },
      {
        v: 74732,
        numFmt: '0',
      },
      {
        v: 38039,
        numFmt: '0',
      },
    ],
    [
      null,
      '同比±%',
      {
        v: -9.8,
        numFmt: '0.0',
      },
      {
        v: -4.1,
        numFmt: '0.0',
      },
      {
        v: 4,
        numFmt: '0.0',
      },
    ],
    [
      '柳林县',
      '本期',
      {
        v: 15773,
        numFmt: '0',
      },
      {
        v: 15684,
        numFmt: '0',
      },
      {
        v: 11901,
        numFmt: '0',
      },
    ],
    [
      null,
      '上年同期',
      {
        v: 19703,
        numFmt: '0',
      },
      {
        v: 16788,
        numFmt: '0',
      },
      {
        v: 11099,
        numFmt: '0',
      },
    ],
    [
      null,
      '同比±%',
      {
        v: -19.9,
        numFmt: '0.0',
      },
      {
        v: -6.6,
        numFmt: '0.0',
      },
      {
        v: 7.2,
        numFmt: '0.0',
      },
    ],
    [
      '南山区',
      '本期',
      {
        v: 11279,
        numFmt: '0',
      },
      {
        v: 15513,
        numFmt: '0',
      },
      {
        v: 2441,
        numFmt: '0',
      },
    ],
    [
      null,
      '上年同期',
      {
        v: 12100,
        numFmt: '0',
      },
      {
        v: 18652,
        numFmt: '0',
      },
      {
        v: 2223,
        numFmt: '0',
      },
    ],
    [
      null,
      '同比±%',
      {
        v: -6.8,
        numFmt: '0.0',
      },
      {
        v: -16.8,
        numFmt: '0.0',
      },
      {
        v: 9.8,
        numFmt: '0.0',
      },
    ],
    [
      '永和县',
      '本期',
      {
        v: 3968,
        numFmt: '0',
      },
      {
        v: 18433,
        numFmt: '0',
      },
      {
        v: 11568,
        numFmt: '0',
      },
    ],
    [
      null,
      '上年同期',
      {
        v: 3610,
        numFmt: '0',
      },
      {
        v: 19466,
        numFmt: '0',
      },
      {
        v: 10333,
        numFmt: '0',
      },
    ],
    [
      null,
      '同比±%',
      {
        v: 9.9,
        numFmt: '0.0',
      },
      {
        v: -5.3,
        numFmt: '0.0',
      },
      {
        v: 12,
        numFmt: '0.0',
      },
    ],
    [
      '北塘区',
      '本期',
      {
        v: 6842,
        numFmt: '0',
      },
      {
        v: 22017,
        numFmt: '0',
      },
      {
        v: 13664,
        numFmt: '0',
      },
    ],
    [
      null,
      '上年同期',
      {
        v: 6560,
        numFmt: '0',
      },
      {
        v: 19826,
        numFmt: '0',
      },
      {
        v: 14384,
        numFmt: '0',
      },
    ],
    [
      null,
      '同比±%',
      {
        v: 4.3,
        numFmt: '0.0',
      },
      {
        v: 11.1,
        numFmt: '0.0',
      },
      {
        v: -5,
        numFmt: '0.0',
      },
    ],
  ],
  merges: ['A1:E1', 'A3:A5', 'A6:A8', 'A9:A11', 'A12:A14', 'A15:A17'],
  plant: {
    address: 'C3',
    value: 38862,
  },
};

describeCaseBook('round-121', [changeRowsWithSign]);
