/**
 * webpack loader for Fabric Core's style sheet: removes its @font-face rules and the rules whose images live on
 * Microsoft's CDN (brand icons). The task pane uses the system's fonts, so it fetches nothing from outside but
 * Office.js, and the bundled CSS loses the weight of rules it never uses.
 */
'use strict';
module.exports = function stripRemoteAssets(source) {
  return source.replace(/@font-face\s*\{[^}]*\}/g, '').replace(/[^{}]*\{[^{}]*url\(\s*['"]?https?:[^{}]*\}/g, '');
};
