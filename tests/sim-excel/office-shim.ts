import { simWorkbookSchema } from './model';
import { createSimOffice, installSimOffice, type SimInspector } from './office';

/**
 * Browser entry served as `/office.js` in the e2e test: installs Office, Excel and OfficeExtension over the workbook
 * the test put at `window.__SIM_WORKBOOK__` (Playwright addInitScript), and exposes the host as `window.__SIM__`.
 */
declare global {
  interface Window {
    __SIM_WORKBOOK__?: unknown;
    __SIM__?: SimInspector;
  }
}

const parsed = simWorkbookSchema.safeParse(window.__SIM_WORKBOOK__);
if (!parsed.success) {
  throw new Error(`sim-excel: window.__SIM_WORKBOOK__ is not a workbook model: ${parsed.error.message}`);
}
const sim = createSimOffice(parsed.data);
installSimOffice(window, sim);
window.__SIM__ = sim.inspector;
