import { z } from 'zod';
import { relationSchema, type Relation } from '../rule-schema';
import { atLeast } from './at-least';
import { equals } from './equals';
import { parts } from './parts';
import { periodChange } from './period-change';
import { range } from './range';
import { ratio } from './ratio';
import { share } from './share';
import { totalRow } from './total-row';
import { totalRowRate } from './total-row-rate';
import type { RelationModule } from './types';
import { wholeNumber } from './whole-number';

export type RelationKind = Relation['kind'];

/**
 * One module per relation kind of the rule schema. A kind added to the zod union without a module here does not
 * compile; adding a kind is one module file, one line here and one zod branch in rule-schema.ts.
 */
export type BuiltInModules = { [K in RelationKind]: RelationModule<Extract<Relation, { kind: K }>> };
const builtIn: BuiltInModules = {
  ratio,
  equals,
  atLeast,
  range,
  wholeNumber,
  totalRow,
  totalRowRate,
  parts,
  share,
  periodChange,
};

/** A relation kind from outside the bundled set (a plug-in, or a test's fixture): its zod branch and its module. */
export interface RelationExtension<R extends { kind: string }> {
  kind: R['kind'];
  schema: z.ZodType<R>;
  module: RelationModule<R>;
}

/** The relation kinds a rule set may use: the zod schema rule files are parsed with, and each kind's module. */
export interface RelationRegistry {
  schema: z.ZodType<Relation>;
  moduleOf(relation: { kind: string }): RelationModule<Relation>;
  kinds: string[];
}

function registryOf(modules: Map<string, RelationModule<Relation>>, schema: z.ZodType<Relation>): RelationRegistry {
  return {
    schema,
    kinds: [...modules.keys()],
    moduleOf(relation) {
      const module = modules.get(relation.kind);
      if (!module) throw new Error(`no module for relation kind "${relation.kind}"`);
      return module;
    },
  };
}

export const builtInRelations: RelationRegistry = registryOf(
  new Map(Object.entries(builtIn) as [string, RelationModule<Relation>][]),
  relationSchema,
);

/**
 * The bundled kinds plus others. An extended rule set is loaded with loadRuleSet(files, { relations }); rules of the
 * new kinds are parsed by their schema and evaluated by their module like the bundled ones.
 */
export function extendRegistry(extensions: RelationExtension<{ kind: string }>[]): RelationRegistry {
  const modules = new Map(Object.entries(builtIn) as [string, RelationModule<Relation>][]);
  for (const { kind, module } of extensions) {
    if (modules.has(kind)) throw new Error(`relation kind "${kind}" is already registered`);
    modules.set(kind, module);
  }
  const schema = z.union([relationSchema, ...extensions.map((e) => e.schema)]) as unknown as z.ZodType<Relation>;
  return registryOf(modules, schema);
}
