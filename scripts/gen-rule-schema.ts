/** Writes rules/schema.json from the zod rule-file schema, so editors complete and check rule files. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleFileJsonSchema } from '../src/core/rule-schema';

writeFileSync(
  join(__dirname, '..', '..', 'rules', 'schema.json'),
  JSON.stringify(ruleFileJsonSchema(), null, 2) + '\n',
);
