import { a1, parseA1 } from '../core/snapshot';
import { attributeOf, withAttribute } from './xml-edit';

/**
 * Edits of one worksheet part: the style index of the suspect cells (`<c r="B12" s="…">`) and the
 * `<legacyDrawing>` reference that makes Excel show the sheet's notes. Nothing else in the part changes.
 */

/** Start tags of rows and cells; the attribute list keeps a trailing `/` of a self-closing tag. */
const ROW_OR_CELL = /<([A-Za-z_][\w.-]*:)?(row|c)(?=[\s/>])((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

/**
 * Calls `visit` with each cell's address and attribute list; returns the part with the attribute lists `visit`
 * returned in their place. Cells without `r` take the next position, as Excel reads them.
 */
function editCells(xml: string, visit: (address: string, attributes: string) => string | undefined): string {
  let row = 0; // 1-based, as `<row r>`
  let col = -1; // 0-based, as parseA1
  return xml.replace(ROW_OR_CELL, (whole, prefix: string | undefined, local: string, attributes: string) => {
    const r = attributeOf(attributes, 'r');
    if (local === 'row') {
      row = r !== undefined && /^\d+$/.test(r) ? Number(r) : row + 1;
      col = -1;
      return whole;
    }
    const at = r === undefined ? undefined : parseA1(r);
    col = at ? at.col : col + 1;
    const selfClosing = attributes.endsWith('/');
    const plain = selfClosing ? attributes.slice(0, -1) : attributes;
    const edited = visit(at ? a1(at.row, at.col) : a1(row - 1, col), plain);
    return edited === undefined ? whole : `<${prefix ?? ''}c${edited}${selfClosing ? '/' : ''}>`;
  });
}

/** The style index (`s`, 0 when absent) of each of `addresses` present in the part. */
export function cellStyles(xml: string, addresses: Set<string>): Map<string, number> {
  const styles = new Map<string, number>();
  editCells(xml, (address, attributes) => {
    if (addresses.has(address)) styles.set(address, Number(attributeOf(attributes, 's') ?? 0) || 0);
    return undefined;
  });
  return styles;
}

/** The part with the given cells' style index replaced. */
export function restyleCells(xml: string, styles: Map<string, number>): string {
  return editCells(xml, (address, attributes) => {
    const s = styles.get(address);
    return s === undefined ? undefined : withAttribute(attributes, 's', String(s));
  });
}

interface Child {
  local: string;
  start: number;
  end: number;
}

/** The direct children of the root element after `<sheetData>` (which holds no element the edits look for). */
function childrenAfterSheetData(xml: string): { children: Child[]; rootEnd: number } {
  const dataEnd = /<\/([A-Za-z_][\w.-]*:)?sheetData>|<([A-Za-z_][\w.-]*:)?sheetData(?=[\s/])[^>]*\/>/.exec(xml);
  if (!dataEnd) throw new Error('the worksheet has no sheetData');
  const children: Child[] = [];
  const tag = /<(\/?)([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
  tag.lastIndex = dataEnd.index + dataEnd[0].length;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    if (m[1] === '/') return { children, rootEnd: m.index }; // the root's end tag
    const local = m[3];
    let end = m.index + m[0].length;
    if (!m[4].endsWith('/')) {
      const close = `</${m[2] ?? ''}${local}>`;
      const at = xml.indexOf(close, end);
      if (at < 0) throw new Error(`<${local}> is not closed`);
      end = at + close.length;
    }
    children.push({ local, start: m.index, end });
    tag.lastIndex = end;
  }
  throw new Error('the worksheet is not closed');
}

/** The relationship id of the sheet's `<legacyDrawing>`, if it has one. */
export function legacyDrawingId(xml: string): string | undefined {
  const { children } = childrenAfterSheetData(xml);
  const child = children.find((c) => c.local === 'legacyDrawing');
  if (!child) return undefined;
  return /\bid\s*=\s*"([^"]*)"/.exec(xml.slice(child.start, child.end))?.[1];
}

/** Elements CT_Worksheet puts after `<legacyDrawing>`: the new element goes before the first of them. */
const AFTER_LEGACY_DRAWING = new Set([
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
]);

/** Adds `<legacyDrawing r:id="…">` where the schema wants it, with its namespace declared on itself. */
export function insertLegacyDrawing(
  xml: string,
  relationshipId: string,
  relationshipNamespace: string,
  prefix: string,
): string {
  const { children, rootEnd } = childrenAfterSheetData(xml);
  const at = children.find((c) => AFTER_LEGACY_DRAWING.has(c.local))?.start ?? rootEnd;
  const element = `<${prefix}legacyDrawing xmlns:r="${relationshipNamespace}" r:id="${relationshipId}"/>`;
  return xml.slice(0, at) + element + xml.slice(at);
}

/** The namespace prefix (with colon) of the root element, '' for a default namespace. */
export function rootPrefix(xml: string): string {
  return /<([A-Za-z_][\w.-]*:)?worksheet[\s>]/.exec(xml)?.[1] ?? '';
}
