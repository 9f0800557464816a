import type { SimRequestContext } from './context';
import { ErrorCodes, SimOfficeError } from './errors';
import { SimRange } from './range';
import { SimWorksheetCollection } from './worksheet';

/** Excel.Workbook: the worksheets and the user's selection. */
export class SimWorkbookProxy {
  readonly worksheets: SimWorksheetCollection;

  constructor(private readonly context: SimRequestContext) {
    this.worksheets = new SimWorksheetCollection(context);
  }

  /** The selected range of the active sheet; a selection of several areas is an error, as in Excel. */
  getSelectedRange(): SimRange {
    return new SimRange(this.context, () => {
      const sheet = this.context.host.activeSheet;
      if (sheet.selection.length !== 1)
        throw new SimOfficeError(ErrorCodes.invalidSelection, 'Workbook.getSelectedRange');
      return { sheet, rect: sheet.selection[0] };
    });
  }
}
