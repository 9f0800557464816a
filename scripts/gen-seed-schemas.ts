import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { seedSchemaFiles } from '../src/evidence/seeds';

/** The repository root: the nearest folder above this script with a package.json (works compiled or not). */
function repositoryRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`gen-seed-schemas: no package.json above ${from}`);
  }
}

const seeds = join(repositoryRoot(__dirname), 'seeds');
for (const [name, json] of Object.entries(seedSchemaFiles())) {
  writeFileSync(join(seeds, name), json);
  console.log(`wrote seeds/${name}`);
}
