/**
 * A small streaming XML tokenizer for the parts of an .xlsx package (no DOM, no DTD, no namespaces beyond
 * stripping prefixes). Text arrives in chunks as the zip entry inflates, so a sheet is never held whole in
 * memory. Element and attribute names are reported by local name (`x:c` → `c`), which is how OOXML parts
 * written with a prefixed default namespace are read the same as ordinary ones. Entities are the five XML
 * ones plus character references; DTD entities are never expanded (no entity bombs, no external entities).
 */

export class XmlSyntaxError extends Error {}

export interface XmlHandler {
  /** Text between tags is only sliced and decoded while this is true (in sheet XML: inside `<v>`, `<f>`, `<t>`). */
  wantText: boolean;
  /** An element opens; `attrs` is reused and only valid during the call. A self-closing element also gets `close`. */
  open(name: string, attrs: XmlAttributes): void;
  close(name: string): void;
  /** Decoded text; one text node may arrive in several pieces. */
  text(text: string): void;
}

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|([a-z]+));/g;

/** Decodes XML entities and normalises line ends, as an XML parser does for text and attribute values. */
export function decodeXmlText(raw: string): string {
  let s = raw;
  if (s.indexOf('\r') >= 0) s = s.replace(/\r\n?/g, '\n');
  if (s.indexOf('&') < 0) return s;
  return s.replace(ENTITY, (whole: string, dec?: string, hex?: string, name?: string) => {
    if (name !== undefined) return NAMED_ENTITIES[name] ?? whole;
    const code = dec !== undefined ? Number(dec) : parseInt(hex ?? '', 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * Attributes of the element being opened, by local name. Values stay offsets into the tokenizer's buffer and
 * are only sliced and decoded when asked for: most attributes of a sheet (`spans`, `x14ac:dyDescent`) never are.
 */
export class XmlAttributes {
  private source = '';
  private readonly names: string[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private count = 0;

  get(localName: string): string | undefined {
    const k = this.indexOf(localName);
    return k < 0 ? undefined : decodeXmlText(this.source.slice(this.starts[k], this.ends[k]));
  }

  /**
   * Index of an attribute for reading its raw characters in place (`source` from `start(k)` to `end(k)`),
   * which the sheet reader does for the attributes of every cell; -1 when absent.
   */
  indexOf(localName: string): number {
    for (let k = 0; k < this.count; k++) if (this.names[k] === localName) return k;
    return -1;
  }

  get text(): string {
    return this.source;
  }

  start(k: number): number {
    return this.starts[k];
  }

  end(k: number): number {
    return this.ends[k];
  }

  /** @internal */
  reset(source: string): void {
    this.source = source;
    this.count = 0;
  }

  /** @internal */
  add(localName: string, start: number, end: number): void {
    this.names[this.count] = localName;
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.count++;
  }
}

function localName(qualified: string): string {
  const colon = qualified.indexOf(':');
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

/** A qualified name as written and its local name, shared by every occurrence of the name. */
interface Name {
  qualified: string;
  local: string;
  /** `xmlns` or `xmlns:x`: a namespace declaration, not an attribute. */
  declaresNamespace: boolean;
}

/** XML whitespace; other control characters cannot appear inside a tag of a well-formed document. */
function isSpace(ch: number): boolean {
  return ch <= 32;
}

const NAME_SLOTS = 1024;

/** Returned by the markup scanner when the buffer ends inside a tag: wait for the next chunk. */
const INCOMPLETE = -1;

export class XmlTokenizer {
  private buf = '';
  private pos = 0;
  /** Open elements, innermost last. */
  private readonly stack: Name[] = [];
  /**
   * Names seen so far, in slots by a hash of their characters: a sheet repeats a handful of names millions of
   * times, and a slot lookup is cheaper than slicing the name out and comparing strings. A collision only
   * replaces the slot.
   */
  private readonly names: (Name | undefined)[] = new Array<Name | undefined>(NAME_SLOTS).fill(undefined);
  private readonly attrs = new XmlAttributes();
  private sawRoot = false;

  constructor(private readonly handler: XmlHandler) {}

  write(chunk: string): void {
    this.buf = this.pos < this.buf.length ? this.buf.slice(this.pos) + chunk : chunk;
    this.pos = 0;
    this.run(false);
  }

  /** Call after the last chunk: throws when the document is not complete. */
  end(): void {
    this.run(true);
    if (!this.sawRoot) throw new XmlSyntaxError('no root element');
    if (this.stack.length > 0) throw new XmlSyntaxError(`unexpected end of XML inside <${this.stack[this.stack.length - 1].local}>`);
  }

  private run(final: boolean): void {
    const s = this.buf;
    const n = s.length;
    const handler = this.handler;
    let i = this.pos;
    while (i < n) {
      const lt = s.charCodeAt(i) === 60 /* < */ ? i : s.indexOf('<', i);
      if (lt !== i) {
        const end = lt < 0 ? n : lt;
        if (handler.wantText) {
          let cut = end;
          // Keep an entity split across chunks for the next write.
          if (lt < 0 && !final) {
            const amp = s.lastIndexOf('&', end - 1);
            if (amp >= i && s.indexOf(';', amp) < 0) cut = amp;
          }
          if (cut > i) handler.text(decodeXmlText(s.slice(i, cut)));
          i = cut;
        } else {
          i = end;
        }
        if (lt < 0) break;
      }
      const next = this.markup(s, i, final);
      if (next === INCOMPLETE) {
        if (final) throw new XmlSyntaxError('unexpected end of XML inside a tag');
        break;
      }
      i = next;
    }
    this.pos = i;
  }

  /** Reads the markup starting at `s[i] === '<'`; returns the index after it, or INCOMPLETE. */
  private markup(s: string, i: number, final: boolean): number {
    const n = s.length;
    if (i + 1 >= n) return INCOMPLETE;
    const second = s.charCodeAt(i + 1);
    if (second === 47 /* / */) {
      const open = this.stack[this.stack.length - 1];
      // The usual case, `</c>` closing `<c>`, is checked in place without slicing the name out.
      if (open !== undefined && s.charCodeAt(i + 2 + open.qualified.length) === 62 && s.startsWith(open.qualified, i + 2)) {
        this.stack.pop();
        this.handler.close(open.local);
        return i + 3 + open.qualified.length;
      }
      const gt = s.indexOf('>', i + 2);
      if (gt < 0) return INCOMPLETE;
      const name = localName(s.slice(i + 2, gt).trim());
      if (open === undefined || name !== open.local) {
        throw new XmlSyntaxError(open === undefined ? `</${name}> without an opening tag` : `</${name}> closes <${open.local}>`);
      }
      this.stack.pop();
      this.handler.close(open.local);
      return gt + 1;
    }
    if (second === 63 /* ? */) {
      const end = s.indexOf('?>', i + 2);
      return end < 0 ? INCOMPLETE : end + 2;
    }
    if (second === 33 /* ! */) return this.declaration(s, i, final);
    return this.openTag(s, i);
  }

  /** Comments, CDATA sections and a DOCTYPE (skipped with its internal subset, never interpreted). */
  private declaration(s: string, i: number, final: boolean): number {
    if (s.startsWith('<!--', i)) {
      const end = s.indexOf('-->', i + 4);
      return end < 0 ? INCOMPLETE : end + 3;
    }
    if (s.startsWith('<![CDATA[', i)) {
      const end = s.indexOf(']]>', i + 9);
      if (end < 0) return INCOMPLETE;
      if (this.handler.wantText && end > i + 9) this.handler.text(s.slice(i + 9, end));
      return end + 3;
    }
    if (s.length - i < 9 && !final) return INCOMPLETE;
    if (!s.startsWith('<!DOCTYPE', i)) throw new XmlSyntaxError(`unknown markup ${JSON.stringify(s.slice(i, i + 9))}`);
    let gt = s.indexOf('>', i);
    const bracket = s.indexOf('[', i);
    if (bracket >= 0 && (gt < 0 || bracket < gt)) {
      const close = s.indexOf(']', bracket);
      gt = close < 0 ? -1 : s.indexOf('>', close);
    }
    return gt < 0 ? INCOMPLETE : gt + 1;
  }

  private name(s: string, start: number, end: number, hash: number): Name {
    const slot = hash & (NAME_SLOTS - 1);
    const known = this.names[slot];
    if (known !== undefined && known.qualified.length === end - start && s.startsWith(known.qualified, start)) return known;
    const qualified = s.slice(start, end);
    const name = { qualified, local: localName(qualified), declaresNamespace: qualified === 'xmlns' || qualified.startsWith('xmlns:') };
    this.names[slot] = name;
    return name;
  }

  private openTag(s: string, i: number): number {
    const n = s.length;
    let j = i + 1;
    let hash = 0;
    while (j < n) {
      const ch = s.charCodeAt(j);
      if (ch === 62 /* > */ || ch === 47 /* / */ || isSpace(ch)) break;
      hash = (hash * 31 + ch) | 0;
      j++;
    }
    if (j >= n) return INCOMPLETE;
    if (j === i + 1) throw new XmlSyntaxError('a tag without a name');
    const name = this.name(s, i + 1, j, hash);
    const attrs = this.attrs;
    attrs.reset(s);
    let selfClosing = false;
    for (;;) {
      while (j < n && isSpace(s.charCodeAt(j))) j++;
      if (j >= n) return INCOMPLETE;
      const ch = s.charCodeAt(j);
      if (ch === 62 /* > */) {
        j++;
        break;
      }
      if (ch === 47 /* / */) {
        if (j + 1 >= n) return INCOMPLETE;
        if (s.charCodeAt(j + 1) !== 62) throw new XmlSyntaxError(`stray "/" in <${name.local}>`);
        selfClosing = true;
        j += 2;
        break;
      }
      const nameStart = j;
      let attrHash = 0;
      while (j < n) {
        const c = s.charCodeAt(j);
        if (c === 61 /* = */ || c === 62 || c === 47 || isSpace(c)) break;
        attrHash = (attrHash * 31 + c) | 0;
        j++;
      }
      if (j >= n) return INCOMPLETE;
      const attrName = this.name(s, nameStart, j, attrHash);
      while (j < n && isSpace(s.charCodeAt(j))) j++;
      if (j >= n) return INCOMPLETE;
      if (s.charCodeAt(j) !== 61) throw new XmlSyntaxError(`attribute ${attrName.qualified} of <${name.local}> has no value`);
      j++;
      while (j < n && isSpace(s.charCodeAt(j))) j++;
      if (j >= n) return INCOMPLETE;
      const quote = s.charCodeAt(j);
      if (quote !== 34 && quote !== 39) throw new XmlSyntaxError(`attribute ${attrName.qualified} of <${name.local}> is not quoted`);
      const valueEnd = s.indexOf(quote === 34 ? '"' : "'", j + 1);
      if (valueEnd < 0) return INCOMPLETE;
      // Namespace declarations would collide with real attributes once prefixes are stripped (xmlns:r vs r).
      if (!attrName.declaresNamespace) attrs.add(attrName.local, j + 1, valueEnd);
      j = valueEnd + 1;
    }
    if (this.stack.length === 0) {
      if (this.sawRoot) throw new XmlSyntaxError(`a second root element <${name.local}>`);
      this.sawRoot = true;
    }
    this.stack.push(name);
    this.handler.open(name.local, attrs);
    if (selfClosing) {
      this.stack.pop();
      this.handler.close(name.local);
    }
    return j;
  }
}
