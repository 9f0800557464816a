/**
 * The bytes of an XML part as text, in pieces for the streaming tokenizer. The encoding is sniffed from a
 * byte order mark, as before: UTF-8 unless the part starts with a UTF-16 one.
 *
 * Each piece is cut at a character boundary, so that it can be decoded on its own. That lets Node's TextDecoder
 * take its fast path for a whole input, which is several times faster than its streaming mode on ASCII (sheet
 * markup), though slower on CJK text: a piece that was not ASCII sends the next one to the streaming mode, used
 * on whole characters only. Pieces of 64 KiB also keep each string in V8's young generation rather than its
 * large-object space.
 */

const PIECE = 64 * 1024;

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

function sniff(bytes: Uint8Array): { encoding: Encoding; bom: number } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  return { encoding: 'utf-8', bom: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0 };
}

/** The end of the last whole UTF-8 character in `b` from `start` to at most `end`. */
function utf8WholeEnd(b: Uint8Array, start: number, end: number): number {
  let lead = end - 1;
  while (lead > start && lead > end - 4 && (b[lead] & 0xc0) === 0x80) lead--;
  if (lead < start) return end;
  const c = b[lead];
  const length = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
  return lead + length > end ? lead : end;
}

/** The end of the last whole UTF-16 character: whole code units, and not between the halves of a surrogate pair. */
function utf16WholeEnd(b: Uint8Array, start: number, end: number, bigEndian: boolean): number {
  const cut = end - ((end - start) & 1);
  if (cut - 2 < start) return cut;
  const high = bigEndian ? b[cut - 2] : b[cut - 1];
  return high >= 0xd8 && high <= 0xdb ? cut - 2 : cut;
}

export class PartTextDecoder {
  private encoding: Encoding | undefined;
  private whole!: TextDecoder;
  private streaming!: TextDecoder;
  private useStreaming = false;
  /** The bytes of a character cut by the end of the previous chunk. */
  private carry: Uint8Array | undefined;

  constructor(private readonly emit: (text: string) => void) {}

  write(chunk: Uint8Array): void {
    let bytes = chunk;
    let start = 0;
    if (this.encoding === undefined) {
      const { encoding, bom } = sniff(chunk);
      this.encoding = encoding;
      // The mark is skipped here: each piece is decoded on its own, and none but the first may lose a U+FEFF.
      this.whole = new TextDecoder(encoding, { ignoreBOM: true });
      this.streaming = new TextDecoder(encoding, { ignoreBOM: true });
      start = bom;
    }
    if (this.carry !== undefined) {
      bytes = new Uint8Array(this.carry.length + chunk.length);
      bytes.set(this.carry);
      bytes.set(chunk, this.carry.length);
      this.carry = undefined;
    }
    const end = this.wholeEnd(bytes, start, bytes.length);
    for (let at = start; at < end;) {
      const cut = end - at <= PIECE ? end : this.pieceEnd(bytes, at, at + PIECE);
      this.decode(bytes.subarray(at, cut));
      at = cut;
    }
    if (end < bytes.length) this.carry = bytes.slice(end);
  }

  /** Call after the last chunk: a character cut short by the end of the part decodes to U+FFFD. */
  end(): void {
    if (this.carry !== undefined) this.emit(this.whole.decode(this.carry));
    this.carry = undefined;
    if (this.useStreaming) this.emit(this.streaming.decode());
  }

  private decode(piece: Uint8Array): void {
    const text = this.useStreaming ? this.streaming.decode(piece, { stream: true }) : this.whole.decode(piece);
    this.useStreaming = text.length !== piece.length;
    this.emit(text);
  }

  /**
   * Where a piece from `start` ends: after the last `>` before `limit` when there is one (in UTF-8 a `>` byte is
   * always that character), so that the tokenizer finds no tag cut in two and takes the piece as it is, without
   * copying it onto the end of the previous one.
   */
  private pieceEnd(b: Uint8Array, start: number, limit: number): number {
    if (this.encoding === 'utf-8') {
      const gt = b.lastIndexOf(0x3e, limit - 1);
      if (gt >= start) return gt + 1;
    }
    return this.wholeEnd(b, start, limit);
  }

  private wholeEnd(b: Uint8Array, start: number, end: number): number {
    return this.encoding === 'utf-8'
      ? utf8WholeEnd(b, start, end)
      : utf16WholeEnd(b, start, end, this.encoding === 'utf-16be');
  }
}
