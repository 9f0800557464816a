import { parseArea } from './address';
import { SimClientObject } from './client-object';
import { SimCollection } from './collection';
import type { SimRequestContext } from './context';
import { ErrorCodes, SimOfficeError } from './errors';
import type { SheetState } from './host';

/** Excel.Note and Excel.NoteCollection (ExcelApi 1.18): one note per cell, its content plain text. */

interface NoteTarget {
  sheet: SheetState;
  address: string;
}

export class SimNote extends SimClientObject<NoteTarget> {
  protected readonly scalarNames = ['content'] as const;

  constructor(
    context: SimRequestContext,
    private readonly sheet: () => SheetState,
    private readonly address: string,
  ) {
    super(context, 'Note');
  }

  protected resolve(): NoteTarget {
    const sheet = this.sheet();
    if (!sheet.notes.some((n) => n.address === this.address)) throw new SimOfficeError(ErrorCodes.itemNotFound, 'Note');
    return { sheet, address: this.address };
  }

  protected compute(_name: string, { sheet, address }: NoteTarget): unknown {
    return sheet.notes.find((n) => n.address === address)?.content;
  }

  get content(): string {
    return this.read('content');
  }

  delete(): void {
    this.act('Note.delete', ({ sheet, address }) => {
      this.context.host.deleteNote(sheet, address);
    });
  }
}

export class SimNoteCollection extends SimCollection<SimNote, NoteTarget> {
  constructor(
    context: SimRequestContext,
    private readonly sheet: () => SheetState,
  ) {
    super(
      context,
      'NoteCollection',
      () => {
        const s = sheet();
        return s.notes.map((n) => ({ sheet: s, address: n.address }));
      },
      (target) => new SimNote(context, () => target.sheet, target.address),
    );
  }

  /** add('B7', text): a single cell of this sheet, as Excel requires (InvalidArgument otherwise). */
  add(cellAddress: string, content: string): SimNote {
    const rect = parseArea(cellAddress);
    if (!rect || rect.top !== rect.bottom || rect.left !== rect.right)
      throw new SimOfficeError(ErrorCodes.invalidArgument, 'NoteCollection.add');
    const address = cellAddress.replace(/\$/g, '').toUpperCase();
    this.context.enqueue('NoteCollection.add', () => {
      this.context.host.addNote(this.sheet(), address, content);
    });
    return new SimNote(this.context, this.sheet, address);
  }
}
