/** webpack's `require.context`, declared here: the pane is compiled without Node's types (tsconfig.pane.json). */
declare const require: {
  context(directory: string, subdirectories: boolean, filter: RegExp): { keys(): string[]; (key: string): unknown };
};

/**
 * The rule files shipped with the add-in (rules/*.rules.json), bundled as raw text by webpack (`asset/source`, see
 * webpack.config.js) so that loadRuleSet reports problems with the file name, exactly as for a user's file.
 */
export function bundledRuleFiles(): { name: string; text: string }[] {
  const context = require.context('../../rules', false, /\.rules\.json$/);
  return context
    .keys()
    .sort()
    .map((key) => ({ name: key.replace(/^\.\//, ''), text: context(key) as string }));
}

/** The bundled vocabulary (rules/vocabulary.json), also as raw text: every rule set, a user's file too, reads by it. */
export function bundledVocabulary(): { name: string; text: string } {
  const context = require.context('../../rules', false, /^\.\/vocabulary\.json$/);
  return { name: 'vocabulary.json', text: context('./vocabulary.json') as string };
}
