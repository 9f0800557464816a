/// <reference types="office-js" />
import './polyfills';
import 'office-ui-fabric-core/dist/css/fabric.min.css';
import './taskpane.css';
import { ExcelWorkbookHost } from '../office/excel-host';
import { TaskPane } from './app';
import { bundledRuleFiles, bundledVocabulary } from './bundled-rules';
import { byId } from './dom';
import { langFromDisplayLanguage, t } from './locale';

function showError(text: string): void {
  const error = byId(document, 'error');
  error.textContent = text;
  error.hidden = false;
}

/** Entry point: wires the Office.js host into the pane once Office is ready. */
void Office.onReady((info) => {
  const lang = langFromDisplayLanguage(Office.context.displayLanguage);
  if (info.host !== Office.HostType.Excel) {
    showError(t(lang, 'notInExcel'));
    return;
  }
  const pane = new TaskPane({
    document,
    host: new ExcelWorkbookHost(),
    lang,
    bundledRules: bundledRuleFiles(),
    bundledVocabulary: bundledVocabulary(),
  });
  pane.start().catch((e: unknown) => {
    showError(t(lang, 'failed', { message: e instanceof Error ? e.message : String(e) }));
  });
});
