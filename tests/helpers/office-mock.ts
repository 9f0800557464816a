import type { OfficeMockObject } from 'office-addin-mock';
import type { OfficeApi } from '../../src/office/excel-host';

/**
 * The adapter's Office entry points over an office-addin-mock context: batches run on the mock, every
 * `context.sync()` is counted in `counter.syncs`, and only the listed ExcelApi versions are supported.
 */
export function officeApiOverMock(mock: OfficeMockObject, supported: string[], counter: { syncs: number }): OfficeApi {
  const context = mock.context as { sync: () => Promise<void> };
  const sync = context.sync.bind(context);
  context.sync = async () => {
    counter.syncs++;
    await sync();
  };
  return {
    run: (batch) => batch(mock.context as Excel.RequestContext),
    isSetSupported: (name, version) => name === 'ExcelApi' && supported.includes(version),
  };
}
