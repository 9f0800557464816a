import { loadPaths, SimClientResult, type LoadSpec, type SimClientObject } from './client-object';
import type { SimRequestContext } from './context';
import { ErrorCodes, SimOfficeError } from './errors';

/**
 * An Office collection: `items` exists only after `load` + `sync`, and holds a proxy per member as the host had
 * them at that sync. `load('name')` and `load('items/name')` both load `name` on every item.
 */
export class SimCollection<Item extends SimClientObject<unknown>, Target> {
  private loadedItems: Item[] | undefined;

  constructor(
    readonly context: SimRequestContext,
    protected readonly typeName: string,
    /** The members at sync time. */
    protected readonly members: () => Target[],
    /** A proxy for one member. */
    protected readonly makeItem: (target: Target) => Item,
  ) {}

  load(spec?: LoadSpec): this {
    const all = loadPaths(spec);
    const paths = all === 'all' ? all : all.map((p) => p.replace(/^items\/?/, '')).filter((p) => p.length > 0);
    const itemPaths = paths === 'all' || paths.length === 0 ? 'all' : paths;
    this.context.enqueue(`${this.typeName}.load`, () => {
      this.loadedItems = this.members().map((target) => {
        const item = this.makeItem(target);
        item.check(itemPaths);
        item.loadNow(itemPaths);
        return item;
      });
    });
    return this;
  }

  get items(): Item[] {
    if (!this.loadedItems) throw new SimOfficeError(ErrorCodes.propertyNotLoaded, `${this.typeName}.items`, 'items');
    return this.loadedItems;
  }

  getCount(): SimClientResult<number> {
    return new SimClientResult(this.context, `${this.typeName}.getCount`, () => this.members().length);
  }

  toJSON(): { items: Record<string, unknown>[] } {
    return { items: this.items.map((item) => item.toJSON()) };
  }
}
