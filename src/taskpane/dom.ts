type Child = Node | string | number | null | undefined | false | Child[];

/**
 * Creates an element with attributes and children. Text always goes in as text nodes, never as HTML, because
 * sheet names, cell text and rule-file messages come from the user's files.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) element.setAttribute(name, value);
  append(element, children);
  return element;
}

function append(element: HTMLElement, children: Child[]): void {
  for (const child of children) {
    if (Array.isArray(child)) append(element, child);
    else if (child !== null && child !== undefined && child !== false)
      element.append(typeof child === 'number' ? String(child) : child);
  }
}

/** The element with `id`, of the kind given; a missing one is a bug in taskpane.html, reported by name. */
export function byId(root: Document, id: string): HTMLElement;
export function byId<T extends HTMLElement>(root: Document, id: string, kind: abstract new () => T): T;
export function byId(root: Document, id: string, kind: abstract new () => HTMLElement = HTMLElement): HTMLElement {
  const element = root.getElementById(id);
  if (!(element instanceof kind)) throw new Error(`taskpane.html has no ${kind.name} #${id}`);
  return element;
}
