import type { SimRequestContext } from './context';
import { ErrorCodes, SimOfficeError } from './errors';
import { SimRange, SimRangeAreas } from './range';
import { SimWorksheetCollection } from './worksheet';

/** Excel.Workbook: the worksheets and the user's selection. */
export class SimWorkbookProxy {
  readonly worksheets: SimWorksheetCollection;

  constructor(private readonly context: SimRequestContext) {
    this.worksheets = new SimWorksheetCollection(context);
  }

  get application(): SimRequestContext['application'] {
    return this.context.application;
  }

  /** The selected range of the active sheet; a selection of several areas is an error, as in Excel. */
  getSelectedRange(): SimRange {
    return new SimRange(this.context, () => {
      const sheet = this.context.host.activeSheet;
      if (sheet.selection.length !== 1) throw new SimOfficeError(ErrorCodes.invalidSelection, 'Workbook.getSelectedRange');
      return { sheet, rect: sheet.selection[0] };
    });
  }

  getSelectedRanges(): SimRangeAreas {
    this.context.requireApi('1.9', 'Workbook.getSelectedRanges');
    return new SimRangeAreas(this.context, () => {
      const sheet = this.context.host.activeSheet;
      return { sheet, rects: sheet.selection };
    });
  }

  getActiveCell(): SimRange {
    this.context.requireApi('1.7', 'Workbook.getActiveCell');
    return new SimRange(this.context, () => {
      const sheet = this.context.host.activeSheet;
      const { top, left } = sheet.selection[0];
      return { sheet, rect: { top, left, bottom: top, right: left } };
    });
  }
}
