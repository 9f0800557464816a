import { ErrorCodes, NotSimulatedError, SimOfficeError } from './errors';
import type { SimRequestContext } from './context';

/**
 * Office.js proxy semantics: a proxy denotes an object in the host; `load` only queues a request; properties can be
 * read after `context.sync()` has run it, and hold the values as they were at that sync. Setting a property or calling
 * a method queues an action that the host carries out, in order, at the next sync.
 */

/** What `load` accepts: 'values, text', ['values', 'format/fill/color'], { select, expand } or { values: true, format: { fill: true } }. */
export type LoadSpec = string | string[] | { [key: string]: unknown } | undefined;

export interface LoadRequest {
  /** Scalar properties of this object; 'all' for `load()` without arguments. */
  scalars: Set<string> | 'all';
  /** Navigation property → what to load on that child object. */
  children: Map<string, string[]>;
}

function splitNames(spec: string): string[] {
  return spec
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Flattens every accepted load spec into property paths ('format/fill/color'). */
export function loadPaths(spec: LoadSpec): string[] | 'all' {
  if (spec === undefined || spec === null) return 'all';
  if (typeof spec === 'string') return splitNames(spec);
  if (Array.isArray(spec)) return spec.flatMap((s) => splitNames(String(s)));
  if ('select' in spec || 'expand' in spec) {
    const select = spec.select === undefined ? [] : loadPaths(spec.select as LoadSpec);
    const expand = spec.expand === undefined ? [] : loadPaths(spec.expand as LoadSpec);
    if (select === 'all' || expand === 'all') return 'all';
    return [...select, ...expand];
  }
  const paths: string[] = [];
  for (const [key, value] of Object.entries(spec)) {
    if (value === true) paths.push(key);
    else if (value && typeof value === 'object') {
      const inner = loadPaths(value as LoadSpec);
      if (inner === 'all') paths.push(key);
      else paths.push(...inner.map((p) => `${key}/${p}`));
    }
  }
  return paths;
}

export function toLoadRequest(paths: string[] | 'all', isChild: (name: string) => boolean): LoadRequest {
  if (paths === 'all') return { scalars: 'all', children: new Map() };
  const scalars = new Set<string>();
  const children = new Map<string, string[]>();
  for (const path of paths) {
    const [head, ...rest] = path.split('/');
    if (isChild(head)) {
      const list = children.get(head) ?? [];
      if (rest.length > 0) list.push(rest.join('/'));
      children.set(head, list);
    } else if (rest.length > 0) {
      throw new NotSimulatedError(`load path '${path}' (${head} is not a navigation property)`);
    } else scalars.add(head);
  }
  return { scalars, children };
}

export abstract class SimClientObject<T> {
  private readonly loadedValues = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(
    readonly context: SimRequestContext,
    /** The Office type name, used in error locations ('Range.values'). */
    protected readonly typeName: string,
  ) {}

  /** Scalar properties `load()` can fetch. */
  protected abstract readonly scalarNames: readonly string[];

  /** What this proxy denotes, worked out at sync time; null only for an ...OrNullObject result that found nothing. */
  protected abstract resolve(): T | null;

  /** A scalar property's value at sync time. */
  protected abstract compute(name: string, target: T): unknown;

  /** Navigation properties (format, worksheet, ...) that a load path may go through. */
  protected child(_name: string): SimClientObject<unknown> | undefined {
    return undefined;
  }

  load(spec?: LoadSpec): this {
    const paths = loadPaths(spec);
    this.check(paths);
    this.context.enqueue(`${this.typeName}.load`, () => this.loadNow(paths));
    return this;
  }

  /** Fails at once on a property this double does not know (a typo in the add-in, or a gap here). */
  check(paths: string[] | 'all'): void {
    const request = toLoadRequest(paths, (name) => this.child(name) !== undefined);
    for (const [name, childPaths] of request.children)
      this.child(name)?.check(childPaths.length > 0 ? childPaths : 'all');
    if (request.scalars === 'all') return;
    for (const name of request.scalars) {
      if (!this.scalarNames.includes(name)) throw new NotSimulatedError(`${this.typeName}.${name}`);
    }
  }

  /** Carries out a load at sync time (collections call it for each of their items). */
  loadNow(paths: string[] | 'all'): void {
    const request = toLoadRequest(paths, (name) => this.child(name) !== undefined);
    const target = this.resolve();
    this.nullState = target === null;
    if (target === null) return;
    const names = request.scalars === 'all' ? this.scalarNames : [...request.scalars];
    for (const name of names) {
      const value = this.compute(name, target);
      this.context.countPayload(value);
      this.loadedValues.set(name, value);
    }
    for (const [name, childPaths] of request.children)
      this.child(name)?.loadNow(childPaths.length > 0 ? childPaths : 'all');
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined)
      throw new SimOfficeError(ErrorCodes.propertyNotLoaded, `${this.typeName}.isNullObject`, 'isNullObject');
    return this.nullState;
  }

  /** The loaded value of a property, or Office's PropertyNotLoaded error. */
  protected read<V>(name: string): V {
    if (!this.loadedValues.has(name))
      throw new SimOfficeError(ErrorCodes.propertyNotLoaded, `${this.typeName}.${name}`, name);
    return this.loadedValues.get(name) as V;
  }

  /** Sets a property: visible on the proxy at once, applied to the host at the next sync. */
  protected write<V>(name: string, value: V, apply: (target: T, value: V) => void): void {
    this.loadedValues.set(name, value);
    this.act(`${this.typeName}.${name}`, (target) => apply(target, value));
  }

  /** Queues a method call on the object this proxy denotes; a null object there is an ItemNotFound error. */
  protected act(location: string, run: (target: T) => void): void {
    this.context.enqueue(location, () => run(this.resolveExisting(location)));
  }

  /** Resolves for a child proxy or an action: the object must exist. */
  resolveExisting(location = this.typeName): T {
    const target = this.resolve();
    if (target === null) throw new SimOfficeError(ErrorCodes.itemNotFound, location);
    return target;
  }

  protected requires(version: string, member: string): void {
    this.context.requireApi(version, member);
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loadedValues);
  }
}

/** Office's ClientResult: `.value` only after the sync that fetched it. */
export class SimClientResult<V> {
  private loaded = false;
  private result: V | undefined;

  constructor(context: SimRequestContext, location: string, compute: () => V) {
    context.enqueue(location, () => {
      this.result = compute();
      this.loaded = true;
    });
  }

  get value(): V {
    if (!this.loaded) throw new SimOfficeError(ErrorCodes.valueNotLoaded);
    return this.result as V;
  }
}
