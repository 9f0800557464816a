/// <reference types="office-js" />
import { OfficeMockObject } from 'office-addin-mock';
import { officeApiOverMock } from './helpers/office-mock';
import type { Finding } from '../src/core/report';
import { ExcelWorkbookHost } from '../src/office/excel-host';
import { areaBatches, isMarkFormula, MARK_STYLES, markFormula, planMarks } from '../src/office/highlight';

// office-addin-mock reads only the OfficeApp enum from office-addin-manifest, whose other modules are ES modules
// jest cannot require: hand it that one self-contained file.
jest.mock('office-addin-manifest', () => jest.requireActual<object>('office-addin-manifest/lib/officeApp'));

function finding(severity: Finding['severity'], suspects: string[], related: string[], ruleId = 'total-sum'): Finding {
  return {
    ruleId,
    severity,
    sheet: '表一',
    message: `${ruleId} fails`,
    cells: [
      ...suspects.map((address) => ({ address, value: 1, suspect: true })),
      ...related.map((address) => ({ address, value: 1, suspect: false })),
    ],
  };
}

/** A conditional format as Excel stores it: a user's own, or one the add-in added earlier. */
interface StoredFormat {
  type: string;
  formula?: string;
}

/** What the add-in asked Excel to add: target address, rule formula and look. */
interface AddedFormat {
  target: string;
  formula: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  borders: Record<string, { style?: string; color?: string }>;
}

/**
 * A workbook of sheets holding stored conditional formats. The context (and its sync) is an office-addin-mock
 * object; conditional formats are plain objects standing for Excel's, recording loads, adds and deletes.
 */
function mockWorkbook(sheets: Record<string, StoredFormat[]>, supported: string[]) {
  const log = { syncs: 0, deleted: [] as string[], loads: [] as string[], added: [] as AddedFormat[] };
  const worksheet = (name: string) => {
    const items = sheets[name].map((stored, i) => ({
      type: stored.type,
      get custom() {
        if (stored.type !== 'Custom') throw new Error('InvalidOperation: not a custom conditional format');
        return {
          rule: {
            formula: stored.formula ?? '',
            load: (p: string) => (log.loads.push(`rule:${p}`), { formula: stored.formula ?? '' }),
          },
        };
      },
      delete: () => log.deleted.push(`${name}#${i}`),
    }));
    const target = (address: string) => ({
      conditionalFormats: {
        add(type: string) {
          if (type !== 'Custom') throw new Error(`unexpected type ${type}`);
          const borders = { top: {}, bottom: {}, left: {}, right: {} };
          const added = {
            target: address,
            formula: '',
            borders,
            fill: undefined,
            fontColor: undefined,
            bold: undefined,
          } as AddedFormat;
          log.added.push(added);
          return {
            custom: {
              rule: {
                set formula(f: string) {
                  added.formula = f;
                },
              },
              format: {
                fill: {
                  set color(c: string) {
                    added.fill = c;
                  },
                },
                font: {
                  set color(c: string) {
                    added.fontColor = c;
                  },
                  set bold(b: boolean) {
                    added.bold = b;
                  },
                },
                borders,
              },
            },
          };
        },
      },
    });
    return {
      name,
      getRange(address?: string) {
        if (address === undefined) {
          return {
            conditionalFormats: {
              items,
              load(p: string) {
                log.loads.push(`formats:${p}`);
                return this;
              },
            },
          };
        }
        return target(`range:${address}`);
      },
      getRanges: (addresses: string) => target(`areas:${addresses}`),
    };
  };
  const mock = new OfficeMockObject({
    context: {
      workbook: {
        worksheets: {
          getItem: (name: string) => worksheet(name),
          load(this: { items?: unknown[] }, p: string) {
            log.loads.push(`sheets:${p}`);
            this.items = Object.keys(sheets).map(worksheet);
            return this;
          },
        },
      },
    },
  });
  const office = officeApiOverMock(mock, supported, log);
  return { host: new ExcelWorkbookHost(office), log };
}

describe('planMarks', () => {
  it('groups cells per style into rectangular blocks; suspects and errors win over related cells and warnings', () => {
    const plans = planMarks([
      finding('error', ['C7'], ['C3', 'C4', 'C5', 'C6', 'D3', 'D4', 'D5', 'D6']),
      finding('warning', ['C4', 'F9'], ['F10', 'G10']),
      finding('info', ['H1'], ['H2']),
    ]);
    expect(plans).toEqual([
      { style: 'error:suspect', areas: ['C7'] },
      { style: 'error:related', areas: ['C3:D6'] },
      { style: 'warning:suspect', areas: ['F9'] },
      { style: 'warning:related', areas: ['F10:G10'] },
    ]);
  });

  it('does not highlight info findings', () => {
    expect(planMarks([finding('info', ['A1'], ['A2'])])).toEqual([]);
  });

  it('splits multi-area address lists at 255 characters', () => {
    const areas = Array.from({ length: 80 }, (_, i) => `A${i * 2 + 1}:B${i * 2 + 1}`);
    const batches = areaBatches(areas);
    expect(batches.length).toBeGreaterThan(1);
    expect(batches.every((b) => b.length <= 255)).toBe(true);
    expect(batches.join(',').split(',')).toEqual(areas);
  });

  it('recognises its own signature and nothing else', () => {
    expect(isMarkFormula(markFormula('warning:related'))).toBe(true);
    expect(isMarkFormula('=AND(TRUE,"statlint:error:suspect"<>"")')).toBe(true);
    expect(isMarkFormula('=A1>100')).toBe(false);
    expect(isMarkFormula('="statlint"')).toBe(false);
  });
});

describe('ExcelWorkbookHost marks', () => {
  const findings = [finding('error', ['C7'], ['C3', 'C4', 'D3', 'D4']), finding('warning', ['F9'], ['F10'])];

  it('adds one custom conditional format per style and block, all in one sync, with the signature', async () => {
    const { host, log } = mockWorkbook({ 表一: [] }, ['1.7']);
    const added = await host.markFindings('表一', findings);
    expect(added).toBe(4);
    expect(log.added.map((a) => [a.target, a.formula])).toEqual([
      ['range:C7', markFormula('error:suspect')],
      ['range:C3:D4', markFormula('error:related')],
      ['range:F9', markFormula('warning:suspect')],
      ['range:F10', markFormula('warning:related')],
    ]);
    expect(log.syncs).toBe(2); // existing formats' types (none custom), then the adds
    const suspect = log.added[0];
    expect(suspect).toMatchObject({
      fill: MARK_STYLES['error:suspect'].fill,
      fontColor: MARK_STYLES['error:suspect'].font,
      bold: true,
    });
    expect(Object.values(suspect.borders)).toEqual(
      Array(4).fill({ style: 'Continuous', color: MARK_STYLES['error:suspect'].border }),
    );
    const related = log.added[1];
    expect(related.fill).toBe(MARK_STYLES['error:related'].fill);
    expect(related.bold).toBeUndefined();
    expect(Object.values(related.borders)).toEqual(
      Array(4).fill({ style: 'Dash', color: MARK_STYLES['error:related'].border }),
    );
    expect(MARK_STYLES['error:suspect'].fill).not.toBe(MARK_STYLES['warning:suspect'].fill);
  });

  it('draws every mark with a border of at least 3:1 against white and against the dark-mode grid', () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5]
        .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
        .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const contrast = (x: string, y: string) => {
      const [hi, lo] = [luminance(x), luminance(y)].sort((p, q) => q - p);
      return (hi + 0.05) / (lo + 0.05);
    };
    for (const [style, look] of Object.entries(MARK_STYLES)) {
      expect({
        style,
        white: contrast(look.border, '#FFFFFF') >= 3,
        dark: contrast(look.border, '#292929') >= 3,
      }).toEqual({ style, white: true, dark: true });
      // The fill still tells a marked cell from an unmarked one (the old related fill was 1.18:1), and dark text stays legible on it.
      expect({
        style,
        fill: contrast(look.fill, '#FFFFFF') >= 1.25,
        text: contrast(look.fill, '#000000') >= 7,
      }).toEqual({ style, fill: true, text: true });
    }
  });

  it('uses one multi-area range per style where ExcelApi 1.9 has getRanges', async () => {
    const { host, log } = mockWorkbook({ 表一: [] }, ['1.7', '1.9']);
    await host.markFindings('表一', [finding('error', [], ['B2', 'D2', 'F5', 'F6'])]);
    expect(log.added.map((a) => a.target)).toEqual(['areas:B2,D2,F5:F6']);
  });

  it('replaces its earlier marks on the sheet and keeps the user’s own conditional formats', async () => {
    const { host, log } = mockWorkbook(
      {
        表一: [
          { type: 'Custom', formula: '=A1>100' },
          { type: 'Custom', formula: markFormula('error:suspect') },
          { type: 'CellValue' },
        ],
      },
      ['1.7'],
    );
    await host.markFindings('表一', findings);
    expect(log.deleted).toEqual(['表一#1']);
    expect(log.added).toHaveLength(4);
    expect(log.loads).toEqual(['formats:items/type', 'rule:formula', 'rule:formula']);
    expect(log.syncs).toBe(3);
  });

  it('clears only signature formats, on every sheet, in four round trips whatever the sheet count', async () => {
    const { host, log } = mockWorkbook(
      {
        表一: [
          { type: 'Custom', formula: markFormula('error:related') },
          { type: 'Custom', formula: '=ISBLANK(B2)' },
          { type: 'ColorScale' },
          { type: 'Custom', formula: markFormula('warning:suspect') },
        ],
        表二: [{ type: 'DataBar' }, { type: 'Custom', formula: '=AND(TRUE, "statlint:error:suspect" <> "")' }],
        表三: [{ type: 'Custom', formula: '="statlint:mine"' }],
      },
      ['1.7', '1.9'],
    );
    const removed = await host.clearMarks();
    expect(removed).toBe(3);
    expect(log.deleted).toEqual(['表一#0', '表一#3', '表二#1']);
    expect(log.added).toEqual([]);
    expect(log.loads[0]).toBe('sheets:items/name');
    expect(log.syncs).toBe(4);
  });
});
