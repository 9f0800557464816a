import { readRuleSet } from '../../src/node/rule-files';

/** The bundled vocabulary (rules/vocabulary.json) compiled, for tests of the readers below the rule set. */
export const lexicon = readRuleSet([]).ruleSet.lexicon;
