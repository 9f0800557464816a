import { SimClientObject } from './client-object';
import type { SimRequestContext } from './context';
import { ErrorCodes, SimOfficeError } from './errors';
import type { AreasTarget } from './range';
import { borderEdges, type BorderEdge, type BorderSide, type CellFormat } from './model';

/**
 * Excel.RangeFormat and its fill, font and borders over a cell range: the cells' OWN formats. Reading gives Excel's
 * answer (null when the cells differ, Excel's defaults when unset); writing changes the cells, which the add-in
 * must never do: the e2e test compares every cell's format before and after.
 */

const defaults = { fill: '#FFFFFF', fontColor: '#000000', bold: false, italic: false };

function eachFormat(t: AreasTarget, visit: (format: CellFormat | undefined) => void): void {
  for (const r of t.rects) {
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) visit(t.sheet.rows[row]?.[col]?.format);
    }
  }
}

/** The common value of the cells, or null when they differ (Excel's answer for a mixed range). */
function uniform<V>(t: AreasTarget, pick: (format: CellFormat | undefined) => V): V | null {
  let first = true;
  let result: V | null = null;
  eachFormat(t, (format) => {
    const v = pick(format);
    if (first) {
      result = v;
      first = false;
    } else if (result !== v) result = null;
  });
  return result;
}

/** Sub-objects of a format share the range's target; they only add names. */
abstract class FormatPart extends SimClientObject<AreasTarget> {
  constructor(
    context: SimRequestContext,
    typeName: string,
    protected readonly target: () => AreasTarget,
  ) {
    super(context, typeName);
  }

  protected resolve(): AreasTarget {
    return this.target();
  }

  protected update(t: AreasTarget, change: (format: CellFormat) => void): void {
    for (const rect of t.rects) this.context.host.updateCellFormats(t.sheet, rect, change);
  }
}

export class SimRangeFormat extends FormatPart {
  protected readonly scalarNames = [] as const;
  readonly fill: SimRangeFill;
  readonly font: SimRangeFont;
  readonly borders: SimRangeBorderCollection;

  constructor(context: SimRequestContext, target: () => AreasTarget) {
    super(context, 'RangeFormat', target);
    this.fill = new SimRangeFill(context, target);
    this.font = new SimRangeFont(context, target);
    this.borders = new SimRangeBorderCollection(context, target);
  }

  protected compute(): unknown {
    throw new SimOfficeError(ErrorCodes.invalidArgument);
  }

  protected override child(name: string): SimClientObject<unknown> | undefined {
    return ({ fill: this.fill, font: this.font, borders: this.borders } as Record<string, SimClientObject<unknown>>)[
      name
    ];
  }
}

export class SimRangeFill extends FormatPart {
  protected readonly scalarNames = ['color'] as const;

  constructor(context: SimRequestContext, target: () => AreasTarget) {
    super(context, 'RangeFill', target);
  }

  protected compute(_name: string, t: AreasTarget): unknown {
    return uniform(t, (f) => f?.fill ?? defaults.fill);
  }

  get color(): string {
    return this.read('color');
  }
  set color(value: string) {
    this.write('color', value, (t, v) => this.update(t, (f) => (f.fill = v)));
  }

  clear(): void {
    this.act('RangeFill.clear', (t) => this.update(t, (f) => delete f.fill));
  }
}

export class SimRangeFont extends FormatPart {
  protected readonly scalarNames = ['bold', 'color', 'italic'] as const;

  constructor(context: SimRequestContext, target: () => AreasTarget) {
    super(context, 'RangeFont', target);
  }

  protected compute(name: string, t: AreasTarget): unknown {
    if (name === 'bold') return uniform(t, (f) => f?.bold ?? defaults.bold);
    if (name === 'italic') return uniform(t, (f) => f?.italic ?? defaults.italic);
    return uniform(t, (f) => f?.fontColor ?? defaults.fontColor);
  }

  get bold(): boolean {
    return this.read('bold');
  }
  set bold(value: boolean) {
    this.write('bold', value, (t, v) => this.update(t, (f) => (f.bold = v)));
  }
  get italic(): boolean {
    return this.read('italic');
  }
  set italic(value: boolean) {
    this.write('italic', value, (t, v) => this.update(t, (f) => (f.italic = v)));
  }
  get color(): string {
    return this.read('color');
  }
  set color(value: string) {
    this.write('color', value, (t, v) => this.update(t, (f) => (f.fontColor = v)));
  }
}

export class SimRangeBorderCollection extends FormatPart {
  protected readonly scalarNames = [] as const;
  private readonly edges = new Map<BorderEdge, SimRangeBorder>();

  constructor(context: SimRequestContext, target: () => AreasTarget) {
    super(context, 'RangeBorderCollection', target);
  }

  protected compute(): unknown {
    throw new SimOfficeError(ErrorCodes.invalidArgument);
  }

  getItem(index: string): SimRangeBorder {
    if (!(borderEdges as readonly string[]).includes(index))
      throw new SimOfficeError(ErrorCodes.invalidArgument, 'RangeBorderCollection.getItem');
    const edge = index as BorderEdge;
    let border = this.edges.get(edge);
    if (!border) {
      border = new SimRangeBorder(this.context, edge, () => edgeCells(this.target(), edge));
      this.edges.set(edge, border);
    }
    return border;
  }
}

/** The cells along one edge of each area: a range's top border is the top border of its first row. */
function edgeCells(t: AreasTarget, edge: BorderEdge): AreasTarget {
  const rects = t.rects.map((r) => {
    if (edge === 'EdgeTop') return { ...r, bottom: r.top };
    if (edge === 'EdgeBottom') return { ...r, top: r.bottom };
    if (edge === 'EdgeLeft') return { ...r, right: r.left };
    return { ...r, left: r.right };
  });
  return { sheet: t.sheet, rects };
}

export class SimRangeBorder extends FormatPart {
  protected readonly scalarNames = ['color', 'sideIndex', 'style', 'weight'] as const;

  constructor(
    context: SimRequestContext,
    private readonly edge: BorderEdge,
    target: () => AreasTarget,
  ) {
    super(context, 'RangeBorder', target);
  }

  protected compute(name: string, t: AreasTarget): unknown {
    if (name === 'sideIndex') return this.edge;
    const side = (f: CellFormat | undefined): BorderSide | undefined => f?.borders?.[this.edge];
    if (name === 'style') return uniform(t, (f) => side(f)?.style ?? 'None');
    if (name === 'weight') return uniform(t, (f) => side(f)?.weight ?? 'Thin');
    return uniform(t, (f) => side(f)?.color ?? '#000000');
  }

  private set(key: keyof BorderSide, value: string): void {
    this.write(key, value, (t) =>
      this.update(t, (f) => {
        const borders = (f.borders ??= {});
        const side = (borders[this.edge] ??= { style: 'Continuous' });
        side[key] = value;
      }),
    );
  }

  get color(): string {
    return this.read('color');
  }
  set color(value: string) {
    this.set('color', value);
  }
  get style(): string {
    return this.read('style');
  }
  set style(value: string) {
    this.set('style', value);
  }
  get weight(): string {
    return this.read('weight');
  }
  set weight(value: string) {
    this.set('weight', value);
  }
  get sideIndex(): string {
    return this.read('sideIndex');
  }
}
