/**
 * Webpack loader for dependencies bundled into the task pane: IE11 rejects regular expression literals with the
 * `u` flag as syntax errors, and TypeScript does not lower them (jsonpath-plus, under json-rules-engine, has a
 * dozen). A `u` whose pattern has no code-point escape (`\u{…}`), property escape (`\p{…}`) or astral character
 * matches the same strings without it, so the flag is dropped; any other ES2015+ flag or pattern stops the build
 * rather than ship a page that cannot load.
 */
'use strict';
const acorn = require('acorn');

const NEEDS_UNICODE = /\\u\{|\\[pP]\{|[\uD800-\uDFFF]/;

module.exports = function es5RegexLoader(source) {
  const edits = [];
  try {
    acorn.parse(source, {
      ecmaVersion: 'latest',
      sourceType: 'module',
      allowHashBang: true,
      onToken: (token) => {
        if (token.type.label !== 'regexp') return;
        const { pattern, flags } = token.value;
        if (!/[^gim]/.test(flags)) return;
        if (/[^gimu]/.test(flags) || NEEDS_UNICODE.test(pattern)) {
          throw new Error(`/${pattern}/${flags} cannot be written for ES5 (at ${token.start})`);
        }
        edits.push({ start: token.start, end: token.end, text: `/${pattern}/${flags.replace('u', '')}` });
      },
    });
  } catch (e) {
    if (e instanceof SyntaxError) return source; // not ours to judge: ts-loader reports it
    throw e;
  }
  let out = source;
  for (const edit of edits.reverse()) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
};
