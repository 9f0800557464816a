import { parseA1 } from '../core/snapshot';
import { escapeXml, escapeXmlText } from './xml-edit';

/**
 * The notes on suspect cells: a comments part (the text) and the legacy VML drawing Excel needs to show a note's
 * box (Excel ignores a comments part without one). These are "notes" in today's Excel, which every version since
 * 2007, WPS and LibreOffice open.
 */

export const AUTHOR = 'statlint';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

export interface Note {
  address: string;
  text: string;
}

function commentXml(note: Note, authorId: number): string {
  // The author's name in bold first, as Excel writes notes, so the box says who wrote it.
  return (
    `<comment ref="${note.address}" authorId="${authorId}"><text>` +
    `<r><rPr><b/><sz val="9"/><rFont val="Tahoma"/></rPr><t>${AUTHOR}:</t></r>` +
    `<r><rPr><sz val="9"/><rFont val="Tahoma"/></rPr><t xml:space="preserve">\n${escapeXmlText(note.text)}</t></r></text></comment>`
  );
}

export function commentsPart(notes: Note[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN_NS}"><authors><author>${AUTHOR}</author></authors>` +
    `<commentList>${notes.map((n) => commentXml(n, 0)).join('')}</commentList></comments>`
  );
}

/** Comments to append to an existing part's `commentList`, with the author index statlint got there. */
export function moreComments(notes: Note[], authorId: number): string {
  return notes.map((n) => commentXml(n, authorId)).join('');
}

/** One hidden note box, anchored to the right of its cell, three columns wide and five rows high. */
function noteShape(note: Note, shapeId: number): string {
  const { row, col } = parseA1(note.address) ?? { row: 0, col: 0 };
  return (
    `<v:shape id="_x0000_s${shapeId}" type="#_x0000_t202" style="position:absolute;margin-left:60pt;margin-top:2pt;width:180pt;height:80pt;z-index:${shapeId % 1024};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${col + 1}, 15, ${Math.max(0, row - 1)}, 10, ${col + 4}, 15, ${row + 4}, 4</x:Anchor>` +
    `<x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`
  );
}

/** Shapes to append to an existing drawing, numbered from `firstShapeId`. */
export function moreShapes(notes: Note[], firstShapeId: number): string {
  return notes.map((n, k) => noteShape(n, firstShapeId + k)).join('');
}

/**
 * A VML drawing for a sheet's notes. `block` is the drawing's id block (`o:idmap`): shape ids are block × 1024 + n,
 * and blocks must differ between the drawings of one workbook.
 */
export function vmlDrawingPart(notes: Note[], block: number): string {
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout>` +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
    '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    moreShapes(notes, block * 1024 + 1) +
    '</xml>'
  );
}

/** The id blocks (`o:idmap data="1,2"`) a VML drawing already uses. */
export function idBlocks(vml: string): number[] {
  const blocks: number[] = [];
  for (const m of vml.matchAll(/<o:idmap\b[^>]*\bdata="([^"]*)"/g))
    for (const n of m[1].split(',')) if (/^\d+$/.test(n.trim())) blocks.push(Number(n));
  return blocks;
}

/** The highest `_x0000_sN` shape id in a drawing. */
export function maxShapeId(vml: string): number {
  let max = 0;
  for (const m of vml.matchAll(/id="_x0000_s(\d+)"/g)) max = Math.max(max, Number(m[1]));
  return max;
}

/** The text a note's author is given in an attribute (for a new `<author>` in an existing part). */
export const authorXml = (prefix: string) => `<${prefix}author>${escapeXml(AUTHOR)}</${prefix}author>`;
