/**
 * What the ES5 pane needs from a newer library than IE11's (Office 2016/2019 on Windows run add-ins in Trident or
 * EdgeHTML): the APIs the pane, zod and json-rules-engine call, from core-js, plus the two DOM methods the pane
 * uses that neither engine has. Imported first by taskpane.ts; a no-op where the engine has them.
 */
import 'core-js/stable/symbol';
import 'core-js/stable/promise';
import 'core-js/stable/map';
import 'core-js/stable/set';
import 'core-js/stable/weak-map';
import 'core-js/stable/weak-set';
import 'core-js/stable/global-this';
import 'core-js/stable/reflect';
import 'core-js/stable/array/from';
import 'core-js/stable/array/iterator';
import 'core-js/stable/array/at';
import 'core-js/stable/array/fill';
import 'core-js/stable/array/find';
import 'core-js/stable/array/find-index';
import 'core-js/stable/array/flat';
import 'core-js/stable/array/flat-map';
import 'core-js/stable/array/includes';
import 'core-js/stable/object/assign';
import 'core-js/stable/object/entries';
import 'core-js/stable/object/values';
import 'core-js/stable/object/from-entries';
import 'core-js/stable/object/has-own';
import 'core-js/stable/object/get-own-property-descriptors';
import 'core-js/stable/object/set-prototype-of';
import 'core-js/stable/string/iterator';
import 'core-js/stable/string/starts-with';
import 'core-js/stable/string/ends-with';
import 'core-js/stable/string/includes';
import 'core-js/stable/string/pad-start';
import 'core-js/stable/string/pad-end';
import 'core-js/stable/string/trim-start';
import 'core-js/stable/string/trim-end';
import 'core-js/stable/string/replace-all';
import 'core-js/stable/string/repeat';
import 'core-js/stable/number/is-finite';
import 'core-js/stable/number/is-integer';
import 'core-js/stable/number/is-nan';
import 'core-js/stable/number/is-safe-integer';
import 'core-js/stable/number/parse-float';
import 'core-js/stable/number/epsilon';
import 'core-js/stable/number/max-safe-integer';
import 'core-js/stable/number/min-safe-integer';
import 'core-js/stable/math/sign';
import 'core-js/stable/math/trunc';
import 'core-js/stable/math/log10';

/** Element.append and replaceChildren (DOM Living Standard), for IE11 and EdgeHTML. */
function polyfillChildren(proto: Element): void {
  const toNode = (item: Node | string): Node => (typeof item === 'string' ? document.createTextNode(item) : item);
  // The DOM typings say these always exist; in IE11 and EdgeHTML they do not.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
  if (!proto.append) {
    proto.append = function (this: Element, ...items: (Node | string)[]): void {
      for (const item of items) this.appendChild(toNode(item));
    };
  }
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
  if (!proto.replaceChildren) {
    proto.replaceChildren = function (this: Element, ...items: (Node | string)[]): void {
      while (this.firstChild) this.removeChild(this.firstChild);
      this.append(...items);
    };
  }
}

polyfillChildren(Element.prototype);
