/**
 * Small edits of OOXML text by position, for the parts the annotated copy changes: everything outside the edited
 * spans stays as the producer wrote it. Elements may carry a namespace prefix (`x:cellXfs`); new elements take the
 * prefix of their parent.
 */

export function escapeXml(text: string): string {
  // Characters XML 1.0 cannot carry at all are dropped; `\n` stays, inside text and attributes alike (as &#10;).
  // eslint-disable-next-line no-control-regex -- exactly those characters are the point
  const clean = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
  return clean
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;');
}

/** Text content: newlines kept as they are (Excel shows them in notes and wrapped cells). */
export function escapeXmlText(text: string): string {
  return escapeXml(text).replace(/&#10;/g, '\n');
}

/** An attribute list `( a="1" b='2')` as text; matches inside a start tag. */
const ATTRIBUTES = `((?:[^>"']|"[^"]*"|'[^']*')*?)`;

export interface ElementMatch {
  /** Namespace prefix with its colon, or ''. */
  prefix: string;
  start: number;
  /** Where the start tag ends (after `>`). */
  tagEnd: number;
  attributes: string;
  selfClosing: boolean;
  /** Where the content ends (the start of the end tag), for an element that has one. */
  contentEnd: number;
  /** After the end tag. */
  end: number;
}

/** The first element named `local` (any prefix) from `from` on, with its extent; undefined when absent. */
export function findElement(xml: string, local: string, from = 0): ElementMatch | undefined {
  const open = new RegExp(`<([A-Za-z_][\\w.-]*:)?${local}(?=[\\s/>])${ATTRIBUTES}(/?)>`, 'g');
  open.lastIndex = from;
  const m = open.exec(xml);
  if (!m) return undefined;
  const prefix = m[1] ?? '';
  const tagEnd = m.index + m[0].length;
  if (m[3] === '/')
    return { prefix, start: m.index, tagEnd, attributes: m[2], selfClosing: true, contentEnd: tagEnd, end: tagEnd };
  const close = `</${prefix}${local}>`;
  const contentEnd = xml.indexOf(close, tagEnd);
  if (contentEnd < 0) throw new Error(`<${prefix}${local}> is not closed`);
  return {
    prefix,
    start: m.index,
    tagEnd,
    attributes: m[2],
    selfClosing: false,
    contentEnd,
    end: contentEnd + close.length,
  };
}

/** Every element named `local` inside `xml` (not nested in one another), as their full text. */
export function elementsIn(xml: string, local: string): string[] {
  const found: string[] = [];
  for (let m = findElement(xml, local); m; m = findElement(xml, local, m.end)) found.push(xml.slice(m.start, m.end));
  return found;
}

export function attributeOf(attributes: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** The attribute list with `name` set to `value` (replaced in place, or added at the end). */
export function withAttribute(attributes: string, name: string, value: string): string {
  const pattern = new RegExp(`(^|\\s)${name}\\s*=\\s*(?:"[^"]*"|'[^']*')`);
  if (pattern.test(attributes)) return attributes.replace(pattern, `$1${name}="${escapeXml(value)}"`);
  return `${attributes} ${name}="${escapeXml(value)}"`;
}

/** `text` with the span [start, end) replaced. */
export function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

/**
 * Appends `children` at the end of the element `local`'s content and sets its `count` attribute to `count`
 * (when given); a self-closing element is opened up. Returns undefined when the element is absent.
 */
export function appendChildren(xml: string, local: string, children: string, count?: number): string | undefined {
  const m = findElement(xml, local);
  if (!m) return undefined;
  const attributes = count === undefined ? m.attributes : withAttribute(m.attributes, 'count', String(count));
  const open = `<${m.prefix}${local}${attributes}>`;
  const content = m.selfClosing ? '' : xml.slice(m.tagEnd, m.contentEnd);
  return xml.slice(0, m.start) + open + content + children + `</${m.prefix}${local}>` + xml.slice(m.end);
}
