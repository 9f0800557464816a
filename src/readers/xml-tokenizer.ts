/**
 * A small streaming XML lexer for the parts of an .xlsx package (no DOM, no DTD, no namespaces beyond
 * stripping prefixes), and a tokenizer that drives a handler from it. Text arrives in chunks as the zip entry
 * inflates, so a sheet is never held whole in memory. Element and attribute names are reported by local name
 * (`x:c` → `c`), which is how OOXML parts written with a prefixed default namespace are read the same as
 * ordinary ones. Entities are the five XML ones plus character references; DTD entities are never expanded
 * (no entity bombs, no external entities).
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

/** Whether `s` holds `text` at `at`: a loop the compiler inlines, cheaper than a call for the short names of XML. */
export function holdsAt(s: string, at: number, text: string): boolean {
  for (let k = 0; k < text.length; k++) if (s.charCodeAt(at + k) !== text.charCodeAt(k)) return false;
  return true;
}

/**
 * Attributes of the element being opened, by local name. Names and values stay offsets into the tokenizer's
 * buffer and are only compared or sliced when asked for: most attributes of a sheet (`spans`,
 * `x14ac:dyDescent`) never are, and the ones of every cell are read in place.
 */
export class XmlAttributes {
  private source = '';
  /** Four offsets into `source` per attribute: its local name's start and end, its value's start and end. */
  private readonly offsets: number[] = [];
  private length = 0;

  get(localName: string): string | undefined {
    const k = this.indexOf(localName);
    return k < 0 ? undefined : decodeXmlText(this.source.slice(this.start(k), this.end(k)));
  }

  /**
   * Index of an attribute for reading its raw characters in place (`source` from `start(k)` to `end(k)`),
   * which the sheet reader does for the attributes of every cell; -1 when absent.
   */
  indexOf(localName: string): number {
    const offsets = this.offsets;
    for (let k = 0; k < this.length; k++) {
      const at = offsets[4 * k];
      if (offsets[4 * k + 1] - at === localName.length && holdsAt(this.source, at, localName)) return k;
    }
    return -1;
  }

  get text(): string {
    return this.source;
  }

  /** Where the value of attribute `k` starts in `text`; -1 for k = -1, an absent attribute. */
  start(k: number): number {
    return k < 0 ? -1 : this.offsets[4 * k + 2];
  }

  /** Where the value of attribute `k` ends in `text`; -1 for k = -1, an absent attribute. */
  end(k: number): number {
    return k < 0 ? -1 : this.offsets[4 * k + 3];
  }

  /** @internal */
  reset(source: string): void {
    this.source = source;
    this.length = 0;
  }

  /** @internal */
  add(nameStart: number, nameEnd: number, valueStart: number, valueEnd: number): void {
    const o = 4 * this.length++;
    this.offsets[o] = nameStart;
    this.offsets[o + 1] = nameEnd;
    this.offsets[o + 2] = valueStart;
    this.offsets[o + 3] = valueEnd;
  }
}

/** Returned by XmlAttributeScanner.read for an attribute without `=` and a value. */
const NO_VALUE = -3;
/** Returned by XmlAttributeScanner.read for a value without quotes. */
const NOT_QUOTED = -4;

/**
 * Reads one attribute of a tag as offsets into the text: the scanner behind the lexer's attributes, and
 * behind the sheet reader's own reading of cell tags, which keeps only the offsets it needs.
 */
export class XmlAttributeScanner {
  nameStart = 0;
  /** Where the name starts without its prefix (`r:id` → `id`). */
  localStart = 0;
  nameEnd = 0;
  valueStart = 0;
  valueEnd = 0;

  /**
   * Reads the attribute whose name starts at `from` in `s`: returns the index after its closing quote; -1
   * when `s` ends first; another negative number when it is malformed.
   */
  read(s: string, from: number): number {
    // Past the end of `s` charCodeAt gives NaN, which ends every loop below: one check for the end afterwards
    // costs less than one per character.
    let j = from;
    let localStart = j;
    let ch = s.charCodeAt(j);
    while (ch > 32 && ch !== 61 /* = */ && ch !== 62 /* > */ && ch !== 47 /* / */) {
      if (ch === 58 /* : */ && localStart === from) localStart = j + 1;
      ch = s.charCodeAt(++j);
    }
    this.nameStart = from;
    this.localStart = localStart;
    this.nameEnd = j;
    while (ch <= 32) ch = s.charCodeAt(++j);
    if (ch !== 61) return j >= s.length ? INCOMPLETE : NO_VALUE;
    ch = s.charCodeAt(++j);
    while (ch <= 32) ch = s.charCodeAt(++j);
    if (ch !== 34 /* " */ && ch !== 39 /* ' */) return j >= s.length ? INCOMPLETE : NOT_QUOTED;
    const end = s.indexOf(ch === 34 ? '"' : "'", j + 1);
    if (end < 0) return INCOMPLETE;
    this.valueStart = j + 1;
    this.valueEnd = end;
    return end + 1;
  }

  /** `xmlns` or `xmlns:x`: a namespace declaration, which would collide with real attributes once prefixes are stripped (`xmlns:r`, `r`). */
  declaresNamespace(s: string): boolean {
    const { nameStart, nameEnd } = this;
    return (
      s.charCodeAt(nameStart) === 120 /* x */ &&
      holdsAt(s, nameStart, 'xmlns') &&
      (nameEnd === nameStart + 5 || this.localStart === nameStart + 6)
    );
  }
}

function localName(qualified: string): string {
  const colon = qualified.indexOf(':');
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

/** An element name as written and its local name, shared by every occurrence of the name. */
export interface XmlName {
  qualified: string;
  local: string;
}

export enum XmlToken {
  /** The input so far is used up (or ends inside a token): write more, or finish. */
  End,
  /** An element opens: `name` and `attrs`. A self-closing element is followed by its Close. */
  Open,
  /** An element closes: `name`. */
  Close,
  /** Text or a CDATA section between tags, read with `text()`; one text node may come as several tokens. */
  Text,
}

const NAME_SLOTS = 1024;

/** Returned by the markup readers when the buffer ends inside a tag: wait for the next chunk. */
const INCOMPLETE = -1;
/** Returned by the markup readers for markup that makes no token (a comment, a processing instruction). */
const SKIPPED = -2;

/**
 * Where text at the end of a chunk stops: before an entity or a carriage return that the next chunk may
 * complete (`&am` + `p;`, `\r` + `\n`), so that the text decodes the same wherever the chunks were cut.
 */
function chunkTextEnd(s: string, start: number, end: number): number {
  const amp = s.lastIndexOf('&', end - 1);
  if (amp >= start && s.indexOf(';', amp) < 0) return amp;
  return s.charCodeAt(end - 1) === 13 ? end - 1 : end;
}

/**
 * Pull lexer: `next()` reads one token from the text written so far and checks that elements nest. A reader
 * with its own loop over the tokens (the sheet reader) calls its own code directly; XmlTokenizer drives a
 * handler from them.
 */
export class XmlLexer {
  /** The element of the last Open or Close token. */
  name: XmlName = { qualified: '', local: '' };
  /** The attributes of the last Open token, read in place in `source`. */
  readonly attrs = new XmlAttributes();
  private readonly attribute = new XmlAttributeScanner();

  private buf = '';
  private pos = 0;
  private final = false;
  /** Chunks not yet appended to `buf`; see write(). */
  private readonly held: string[] = [];
  private heldLength = 0;
  private retryAfter = 0;
  /** Open elements, innermost last. */
  private readonly stack: XmlName[] = [];
  /**
   * Element names seen so far, in slots by a hash of their characters: a sheet repeats a handful of names
   * millions of times, and a slot lookup is cheaper than slicing the name out. A collision only replaces the slot.
   */
  private readonly names: (XmlName | undefined)[] = new Array<XmlName | undefined>(NAME_SLOTS).fill(undefined);
  private sawRoot = false;
  private closePending = false;
  private textStart = 0;
  private textEnd = 0;
  private textIsCdata = false;

  /** The buffer `attrs` and `position` point into: valid until the next write. */
  get source(): string {
    return this.buf;
  }

  write(chunk: string): void {
    this.held.push(chunk);
    this.heldLength += chunk.length;
    // A token cut by the end of the buffer is read again from its start. Waiting until as much input again
    // has come keeps a huge token (a long comment or attribute) from being rescanned for every chunk.
    if (this.heldLength >= this.retryAfter) this.takeHeld();
  }

  /** No more input: the next End means the end of the document, which end() then checks. */
  finish(): void {
    this.final = true;
    this.takeHeld();
    this.retryAfter = 0;
  }

  /** Call once next() returns End after finish(): throws when the document is not complete. */
  end(): void {
    if (!this.sawRoot) throw new XmlSyntaxError('no root element');
    if (this.stack.length > 0)
      throw new XmlSyntaxError(`unexpected end of XML inside <${this.stack[this.stack.length - 1].local}>`);
  }

  /** The text of the last Text token, decoded. */
  text(): string {
    const raw = this.buf.slice(this.textStart, this.textEnd);
    return this.textIsCdata ? raw : decodeXmlText(raw);
  }

  /**
   * Where the next token starts in `source`, for a reader that reads some markup itself (see skip); -1 while
   * the Close of a self-closing element is pending, input is held back, or outside the root element (where
   * every element counts towards the one root a document has).
   */
  get position(): number {
    return this.closePending || this.retryAfter > 0 || this.stack.length === 0 ? -1 : this.pos;
  }

  /**
   * Moves past markup the caller has read itself from `position`: balanced elements, and then the start tag
   * of `opened` when given, an element left open, whose end tag the lexer then expects.
   */
  skip(to: number, opened?: XmlName): void {
    this.pos = to;
    if (opened !== undefined) this.stack.push(opened);
  }

  /**
   * Reads the attributes of a tag from `from` in `source`, after its name, into `attrs`, with the checks and
   * errors of an Open token (which name the element by `localName`); returns the index after the `>` or `/>`
   * that ends the tag, or -1 when the buffer ends first.
   */
  readAttributes(from: number, localName: string): number {
    return this.attributes(this.buf, from, localName);
  }

  next(): XmlToken {
    if (this.closePending) {
      this.closePending = false;
      this.stack.pop();
      return XmlToken.Close;
    }
    if (this.retryAfter > 0) return XmlToken.End;
    const s = this.buf;
    const n = s.length;
    for (;;) {
      const i = this.pos;
      if (i >= n) return XmlToken.End;
      if (s.charCodeAt(i) !== 60 /* < */) return this.textToken(s, i);
      const kind = this.markup(s, i);
      if (kind === INCOMPLETE) {
        if (this.final) throw new XmlSyntaxError('unexpected end of XML inside a tag');
        this.retryAfter = n - i;
        return XmlToken.End;
      }
      if (kind !== SKIPPED) return kind;
    }
  }

  private takeHeld(): void {
    const held = this.held;
    if (held.length === 0) return;
    const text = held.length === 1 ? held[0] : held.join('');
    this.buf = this.pos < this.buf.length ? this.buf.slice(this.pos) + text : text;
    this.pos = 0;
    held.length = 0;
    this.heldLength = 0;
    this.retryAfter = 0;
  }

  private textToken(s: string, i: number): XmlToken {
    const lt = s.indexOf('<', i);
    const end = lt >= 0 ? lt : this.final ? s.length : chunkTextEnd(s, i, s.length);
    if (end === i) {
      this.retryAfter = s.length - i;
      return XmlToken.End;
    }
    this.textStart = i;
    this.textEnd = end;
    this.textIsCdata = false;
    this.pos = end;
    return XmlToken.Text;
  }

  /** Reads the markup starting at `s[i] === '<'`: returns its token, SKIPPED or INCOMPLETE. */
  private markup(s: string, i: number): XmlToken | typeof INCOMPLETE | typeof SKIPPED {
    if (i + 1 >= s.length) return INCOMPLETE;
    const second = s.charCodeAt(i + 1);
    if (second === 47 /* / */) return this.closeTag(s, i);
    if (second === 63 /* ? */) return this.skipTo(s.indexOf('?>', i + 2), 2);
    if (second === 33 /* ! */) return this.declaration(s, i);
    return this.openTag(s, i);
  }

  private skipTo(end: number, length: number): typeof INCOMPLETE | typeof SKIPPED {
    if (end < 0) return INCOMPLETE;
    this.pos = end + length;
    return SKIPPED;
  }

  private closeTag(s: string, i: number): XmlToken.Close | typeof INCOMPLETE {
    const open = this.stack[this.stack.length - 1];
    // The usual case, `</c>` closing `<c>`, is checked in place without slicing the name out.
    let end = open === undefined ? -1 : i + 2 + open.qualified.length;
    if (end < 0 || s.charCodeAt(end) !== 62 || !holdsAt(s, i + 2, open.qualified)) {
      end = s.indexOf('>', i + 2);
      if (end < 0) return INCOMPLETE;
      const name = localName(s.slice(i + 2, end).trim());
      if (open === undefined || name !== open.local) {
        throw new XmlSyntaxError(
          open === undefined ? `</${name}> without an opening tag` : `</${name}> closes <${open.local}>`,
        );
      }
    }
    this.stack.pop();
    this.name = open;
    this.pos = end + 1;
    return XmlToken.Close;
  }

  /** Comments, CDATA sections and a DOCTYPE (skipped with its internal subset, never interpreted). */
  private declaration(s: string, i: number): XmlToken.Text | typeof INCOMPLETE | typeof SKIPPED {
    if (s.startsWith('<!--', i)) return this.skipTo(s.indexOf('-->', i + 4), 3);
    if (s.startsWith('<![CDATA[', i)) {
      const end = s.indexOf(']]>', i + 9);
      if (end < 0) return INCOMPLETE;
      this.pos = end + 3;
      if (end === i + 9) return SKIPPED;
      this.textStart = i + 9;
      this.textEnd = end;
      this.textIsCdata = true;
      return XmlToken.Text;
    }
    if (s.length - i < 9 && !this.final) return INCOMPLETE;
    if (!s.startsWith('<!DOCTYPE', i)) throw new XmlSyntaxError(`unknown markup ${JSON.stringify(s.slice(i, i + 9))}`);
    let gt = s.indexOf('>', i);
    const bracket = s.indexOf('[', i);
    if (bracket >= 0 && (gt < 0 || bracket < gt)) {
      const close = s.indexOf(']', bracket);
      gt = close < 0 ? -1 : s.indexOf('>', close);
    }
    return this.skipTo(gt, 1);
  }

  private elementName(s: string, start: number, end: number, hash: number): XmlName {
    const slot = hash & (NAME_SLOTS - 1);
    const known = this.names[slot];
    if (known !== undefined && known.qualified.length === end - start && holdsAt(s, start, known.qualified))
      return known;
    const qualified = s.slice(start, end);
    const name = { qualified, local: localName(qualified) };
    this.names[slot] = name;
    return name;
  }

  private openTag(s: string, i: number): XmlToken.Open | typeof INCOMPLETE {
    const n = s.length;
    let j = i + 1;
    let hash = 0;
    while (j < n) {
      const ch = s.charCodeAt(j);
      if (ch === 62 /* > */ || ch === 47 /* / */ || ch <= 32 /* XML whitespace */) break;
      hash = (hash * 31 + ch) | 0;
      j++;
    }
    if (j >= n) return INCOMPLETE;
    if (j === i + 1) throw new XmlSyntaxError('a tag without a name');
    const name = this.elementName(s, i + 1, j, hash);
    const end = this.attributes(s, j, name.local);
    if (end === INCOMPLETE) return INCOMPLETE;
    if (this.stack.length === 0) {
      if (this.sawRoot) throw new XmlSyntaxError(`a second root element <${name.local}>`);
      this.sawRoot = true;
    }
    this.stack.push(name);
    this.name = name;
    this.pos = end;
    this.closePending = s.charCodeAt(end - 2) === 47; // `attributes` stops after `>` or `/>`
    return XmlToken.Open;
  }

  /**
   * Reads the attributes of a tag of `element` (its local name) from `from`, after its name, into this.attrs;
   * returns the index after the `>` or `/>` that ends the tag, or INCOMPLETE.
   */
  private attributes(s: string, from: number, element: string): number {
    const n = s.length;
    const attrs = this.attrs;
    const attribute = this.attribute;
    attrs.reset(s);
    let j = from;
    for (;;) {
      while (j < n && s.charCodeAt(j) <= 32) j++;
      if (j >= n) return INCOMPLETE;
      const ch = s.charCodeAt(j);
      if (ch === 62 /* > */) return j + 1;
      if (ch === 47 /* / */) {
        if (j + 1 >= n) return INCOMPLETE;
        if (s.charCodeAt(j + 1) !== 62) throw new XmlSyntaxError(`stray "/" in <${element}>`);
        return j + 2;
      }
      const end = attribute.read(s, j);
      if (end === INCOMPLETE) return INCOMPLETE;
      if (end < 0) {
        const what = end === NO_VALUE ? 'has no value' : 'is not quoted';
        throw new XmlSyntaxError(
          `attribute ${s.slice(attribute.nameStart, attribute.nameEnd)} of <${element}> ${what}`,
        );
      }
      if (!attribute.declaresNamespace(s))
        attrs.add(attribute.localStart, attribute.nameEnd, attribute.valueStart, attribute.valueEnd);
      j = end;
    }
  }
}

/** What a part is streamed into: its text in pieces, then the end. */
export interface XmlReader {
  write(chunk: string): void;
  /** Throws XmlSyntaxError when the document is not complete. */
  end(): void;
}

/**
 * A reader with its own lexer and its own loop over the tokens, `run`, which reads all it can of the text
 * written so far. Each reader having its own loop keeps the calls in it to one kind of reader each, which the
 * compiler makes direct.
 */
export abstract class XmlLexerReader implements XmlReader {
  protected readonly lexer = new XmlLexer();

  write(chunk: string): void {
    this.lexer.write(chunk);
    this.run();
  }

  end(): void {
    this.lexer.finish();
    this.run();
    this.lexer.end();
  }

  protected abstract run(): void;
}

/** Drives a handler from the lexer's tokens, for the parts read through callbacks. */
export class XmlTokenizer extends XmlLexerReader {
  constructor(private readonly handler: XmlHandler) {
    super();
  }

  protected run(): void {
    const { lexer, handler } = this;
    for (;;) {
      switch (lexer.next()) {
        case XmlToken.Open:
          handler.open(lexer.name.local, lexer.attrs);
          break;
        case XmlToken.Close:
          handler.close(lexer.name.local);
          break;
        case XmlToken.Text:
          if (handler.wantText) handler.text(lexer.text());
          break;
        case XmlToken.End:
          return;
      }
    }
  }
}
