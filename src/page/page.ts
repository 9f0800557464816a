import '../taskpane/polyfills';
import './page.css';
import { loadRuleSet } from '../core/rules';
import { bundledRuleFiles, bundledVocabulary } from '../taskpane/bundled-rules';
import { byId } from '../taskpane/dom';
import { StandalonePage } from './page-app';
import { browserLang, say } from './page-locale';

/**
 * Entry of the standalone page (dist/page.html): the bundled rules, compiled in (no request leaves the page, so it
 * works from file:// and offline), and the page over them. An engine without TextDecoder or FileReader cannot read
 * a workbook here, and is told so instead of showing a button that does nothing.
 */
const lang = browserLang(navigator.languages, navigator.language);
if (
  typeof TextDecoder === 'undefined' ||
  typeof FileReader === 'undefined' ||
  typeof Uint8Array.prototype.lastIndexOf !== 'function'
) {
  const blocker = byId(document, 'blocker');
  blocker.textContent = say(lang, 'oldBrowser');
  blocker.hidden = false;
} else {
  const { ruleSet } = loadRuleSet(bundledRuleFiles(), bundledVocabulary());
  new StandalonePage(document, ruleSet, lang).start();
  document.body.setAttribute('data-ready', 'true');
}
