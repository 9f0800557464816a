import { parseArea, type Rect } from './address';
import { SimClientObject } from './client-object';
import type { SimRequestContext } from './context';
import { ErrorCodes, NotSimulatedError, SimOfficeError } from './errors';
import type { SheetState } from './host';
import { borderEdges, type BorderEdge, type ConditionalFormatModel, type ConditionalStyle } from './model';
import { SimRange, SimRangeAreas, type AreasTarget } from './range';
import { SimCollection } from './collection';

/**
 * Excel's conditional formats, stored per sheet in the host's model exactly as set (type, areas, priority, custom
 * rule formula, fill / font / borders), so a test can read back which cells carry which format.
 */

interface CfTarget {
  sheet: SheetState;
  cf: ConditionalFormatModel;
}

/** Excel.ConditionalFormatType values. */
export const conditionalFormatTypes = {
  custom: 'Custom',
  dataBar: 'DataBar',
  colorScale: 'ColorScale',
  iconSet: 'IconSet',
  topBottom: 'TopBottom',
  presetCriteria: 'PresetCriteria',
  containsText: 'ContainsText',
  cellValue: 'CellValue',
} as const;

function areasOf(cf: ConditionalFormatModel): Rect[] {
  return cf.ranges.map((a) => parseArea(a) as Rect);
}

/** Excel.ConditionalFormatCollection of a range: the formats that intersect it. */
export class SimConditionalFormatCollection extends SimCollection<SimConditionalFormat, CfTarget> {
  constructor(
    context: SimRequestContext,
    private readonly areas: () => AreasTarget,
  ) {
    super(
      context,
      'ConditionalFormatCollection',
      () => {
        const t = areas();
        return context.host.conditionalFormatsIn(t.sheet, t.rects).map((cf) => ({ sheet: t.sheet, cf }));
      },
      (target) => new SimConditionalFormat(context, () => target.sheet, target.cf.id),
    );
  }

  add(type: string): SimConditionalFormat {
    if (type !== conditionalFormatTypes.custom)
      throw new NotSimulatedError(`ConditionalFormatCollection.add('${type}')`);
    const host = this.context.host;
    const id = host.newConditionalFormatId();
    this.context.requireApi('1.6', 'ConditionalFormatCollection.add');
    this.context.enqueue('ConditionalFormatCollection.add', () => {
      const t = this.areas();
      host.addConditionalFormat(t.sheet, id, type, t.rects);
    });
    return new SimConditionalFormat(this.context, () => this.areas().sheet, id);
  }

  getItem(id: string): SimConditionalFormat {
    return new SimConditionalFormat(this.context, () => this.areas().sheet, id);
  }

  getItemAt(index: number): SimConditionalFormat {
    // The proxy denotes the format that was at that index when first used, as an Office object path does.
    let id: string | undefined;
    return new SimConditionalFormat(
      this.context,
      () => this.areas().sheet,
      () => (id ??= this.members()[index]?.cf.id),
    );
  }

  clearAll(): void {
    this.context.enqueue('ConditionalFormatCollection.clearAll', () => {
      const t = this.areas();
      this.context.host.clearConditionalFormats(t.sheet, t.rects);
    });
  }
}

export class SimConditionalFormat extends SimClientObject<CfTarget> {
  protected readonly scalarNames = ['id', 'priority', 'stopIfTrue', 'type'] as const;
  private customProxy?: SimCustomConditionalFormat;

  constructor(
    context: SimRequestContext,
    private readonly sheet: () => SheetState,
    /** The id, or how to find it at sync time (getItemAt). */
    private readonly key: string | (() => string | undefined),
  ) {
    super(context, 'ConditionalFormat');
  }

  protected resolve(): CfTarget {
    const sheet = this.sheet();
    const id = typeof this.key === 'string' ? this.key : this.key();
    const cf = id === undefined ? undefined : this.context.host.conditionalFormatById(sheet, id);
    if (!cf) throw new SimOfficeError(ErrorCodes.itemNotFound, 'ConditionalFormat');
    return { sheet, cf };
  }

  protected compute(name: string, { cf }: CfTarget): unknown {
    if (name === 'id') return cf.id;
    if (name === 'priority') return cf.priority;
    if (name === 'stopIfTrue') return cf.stopIfTrue;
    return cf.type;
  }

  protected override child(name: string): SimClientObject<unknown> | undefined {
    return name === 'custom' ? this.custom : undefined;
  }

  get id(): string {
    return this.read('id');
  }
  get type(): string {
    return this.read('type');
  }
  get priority(): number {
    return this.read('priority');
  }
  set priority(value: number) {
    this.write('priority', value, (t, v) => this.context.host.setConditionalFormatPriority(t.sheet, t.cf.id, v));
  }
  get stopIfTrue(): boolean {
    return this.read('stopIfTrue');
  }
  set stopIfTrue(value: boolean) {
    this.write('stopIfTrue', value, (t, v) => (t.cf.stopIfTrue = v));
  }

  get custom(): SimCustomConditionalFormat {
    return (this.customProxy ??= new SimCustomConditionalFormat(this.context, () => {
      const t = this.resolveExisting('ConditionalFormat.custom');
      if (t.cf.type !== conditionalFormatTypes.custom)
        throw new SimOfficeError(ErrorCodes.invalidOperation, 'ConditionalFormat.custom');
      return t;
    }));
  }

  getRange(): SimRange {
    return new SimRange(this.context, () => {
      const { sheet, cf } = this.resolveExisting('ConditionalFormat.getRange');
      const areas = areasOf(cf);
      if (areas.length !== 1) throw new SimOfficeError(ErrorCodes.invalidOperation, 'ConditionalFormat.getRange');
      return { sheet, rect: areas[0] };
    });
  }

  getRangeOrNullObject(): SimRange {
    return new SimRange(this.context, () => {
      const { sheet, cf } = this.resolveExisting('ConditionalFormat.getRangeOrNullObject');
      const areas = areasOf(cf);
      return areas.length === 1 ? { sheet, rect: areas[0] } : null;
    });
  }

  getRanges(): SimRangeAreas {
    this.requires('1.17', 'ConditionalFormat.getRanges');
    return new SimRangeAreas(this.context, () => {
      const { sheet, cf } = this.resolveExisting('ConditionalFormat.getRanges');
      return { sheet, rects: areasOf(cf) };
    });
  }

  delete(): void {
    this.act('ConditionalFormat.delete', (t) => this.context.host.deleteConditionalFormat(t.sheet, t.cf.id));
  }
}

/** Parts of a conditional format: they resolve to the same format and read or write one piece of it. */
abstract class CfPart extends SimClientObject<CfTarget> {
  constructor(
    context: SimRequestContext,
    typeName: string,
    protected readonly target: () => CfTarget,
  ) {
    super(context, typeName);
  }

  protected resolve(): CfTarget {
    return this.target();
  }

  protected setStyle<V>(name: string, value: V, change: (style: ConditionalStyle, v: V) => void): void {
    this.write(name, value, (t, v) => change(t.cf.style, v));
  }
}

export class SimCustomConditionalFormat extends CfPart {
  protected readonly scalarNames = [] as const;
  readonly rule: SimConditionalFormatRule;
  readonly format: SimConditionalRangeFormat;

  constructor(context: SimRequestContext, target: () => CfTarget) {
    super(context, 'CustomConditionalFormat', target);
    this.rule = new SimConditionalFormatRule(context, target);
    this.format = new SimConditionalRangeFormat(context, target);
  }

  protected compute(): unknown {
    throw new SimOfficeError(ErrorCodes.invalidArgument);
  }

  protected override child(name: string): SimClientObject<unknown> | undefined {
    return name === 'rule' ? this.rule : name === 'format' ? this.format : undefined;
  }
}

export class SimConditionalFormatRule extends CfPart {
  protected readonly scalarNames = ['formula', 'formulaLocal'] as const;

  constructor(context: SimRequestContext, target: () => CfTarget) {
    super(context, 'ConditionalFormatRule', target);
  }

  protected compute(_name: string, { cf }: CfTarget): unknown {
    return cf.formula ?? '';
  }

  get formula(): string {
    return this.read('formula');
  }
  set formula(value: string) {
    this.write('formula', value, (t, v) => (t.cf.formula = v));
  }
  get formulaLocal(): string {
    return this.read('formulaLocal');
  }
  set formulaLocal(value: string) {
    this.write('formulaLocal', value, (t, v) => (t.cf.formula = v));
  }
}

export class SimConditionalRangeFormat extends CfPart {
  protected readonly scalarNames = [] as const;
  readonly fill: SimConditionalRangeFill;
  readonly font: SimConditionalRangeFont;
  readonly borders: SimConditionalRangeBorderCollection;

  constructor(context: SimRequestContext, target: () => CfTarget) {
    super(context, 'ConditionalRangeFormat', target);
    this.fill = new SimConditionalRangeFill(context, target);
    this.font = new SimConditionalRangeFont(context, target);
    this.borders = new SimConditionalRangeBorderCollection(context, target);
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

export class SimConditionalRangeFill extends CfPart {
  protected readonly scalarNames = ['color'] as const;

  constructor(context: SimRequestContext, target: () => CfTarget) {
    super(context, 'ConditionalRangeFill', target);
  }

  protected compute(_name: string, { cf }: CfTarget): unknown {
    return cf.style.fill ?? null;
  }

  get color(): string {
    return this.read('color');
  }
  set color(value: string) {
    this.setStyle('color', value, (s, v) => (s.fill = v));
  }

  clear(): void {
    this.act('ConditionalRangeFill.clear', (t) => delete t.cf.style.fill);
  }
}

export class SimConditionalRangeFont extends CfPart {
  protected readonly scalarNames = ['bold', 'color', 'italic'] as const;

  constructor(context: SimRequestContext, target: () => CfTarget) {
    super(context, 'ConditionalRangeFont', target);
  }

  protected compute(name: string, { cf }: CfTarget): unknown {
    if (name === 'bold') return cf.style.bold ?? null;
    if (name === 'italic') return cf.style.italic ?? null;
    return cf.style.fontColor ?? null;
  }

  get bold(): boolean {
    return this.read('bold');
  }
  set bold(value: boolean) {
    this.setStyle('bold', value, (s, v) => (s.bold = v));
  }
  get italic(): boolean {
    return this.read('italic');
  }
  set italic(value: boolean) {
    this.setStyle('italic', value, (s, v) => (s.italic = v));
  }
  get color(): string {
    return this.read('color');
  }
  set color(value: string) {
    this.setStyle('color', value, (s, v) => (s.fontColor = v));
  }

  clear(): void {
    this.act('ConditionalRangeFont.clear', (t) => {
      delete t.cf.style.fontColor;
      delete t.cf.style.bold;
      delete t.cf.style.italic;
    });
  }
}

export class SimConditionalRangeBorderCollection extends CfPart {
  protected readonly scalarNames = ['count'] as const;
  private readonly edges = new Map<BorderEdge, SimConditionalRangeBorder>();

  constructor(context: SimRequestContext, target: () => CfTarget) {
    super(context, 'ConditionalRangeBorderCollection', target);
  }

  protected compute(): unknown {
    return borderEdges.length;
  }

  get count(): number {
    return this.read('count');
  }

  getItem(index: string): SimConditionalRangeBorder {
    if (!(borderEdges as readonly string[]).includes(index)) {
      throw new SimOfficeError(ErrorCodes.invalidArgument, 'ConditionalRangeBorderCollection.getItem');
    }
    const edge = index as BorderEdge;
    let border = this.edges.get(edge);
    if (!border) {
      border = new SimConditionalRangeBorder(this.context, edge, this.target);
      this.edges.set(edge, border);
    }
    return border;
  }

  get top(): SimConditionalRangeBorder {
    return this.getItem('EdgeTop');
  }
  get bottom(): SimConditionalRangeBorder {
    return this.getItem('EdgeBottom');
  }
  get left(): SimConditionalRangeBorder {
    return this.getItem('EdgeLeft');
  }
  get right(): SimConditionalRangeBorder {
    return this.getItem('EdgeRight');
  }
}

export class SimConditionalRangeBorder extends CfPart {
  protected readonly scalarNames = ['color', 'sideIndex', 'style'] as const;

  constructor(
    context: SimRequestContext,
    private readonly edge: BorderEdge,
    target: () => CfTarget,
  ) {
    super(context, 'ConditionalRangeBorder', target);
  }

  protected compute(name: string, { cf }: CfTarget): unknown {
    if (name === 'sideIndex') return this.edge;
    const side = cf.style.borders?.[this.edge];
    if (name === 'style') return side?.style ?? 'None';
    return side?.color ?? null;
  }

  private setSide(key: 'style' | 'color', value: string): void {
    this.setStyle(key, value, (style, v) => {
      const borders = (style.borders ??= {});
      const side = (borders[this.edge] ??= { style: 'Continuous' });
      side[key] = v;
    });
  }

  get sideIndex(): string {
    return this.read('sideIndex');
  }
  get style(): string {
    return this.read('style');
  }
  set style(value: string) {
    this.setSide('style', value);
  }
  get color(): string {
    return this.read('color');
  }
  set color(value: string) {
    this.setSide('color', value);
  }
}
