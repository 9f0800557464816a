#!/usr/bin/env node
/**
 * Makes sure the Debian packages named on the command line are installed: `dpkg-query` says which are missing,
 * then `apt-get update` (once) and `apt-get install -y` fetch them. Used by `npm run validate` (libxml2-utils for
 * xmllint) and by the browser end-to-end test (chromium, fonts-noto-cjk), so a fresh machine needs no manual step.
 *
 *   node scripts/ensure-system-deps.js libxml2-utils chromium
 *   const { ensureDebianPackages } = require('./ensure-system-deps'); ensureDebianPackages(['chromium']);
 */
'use strict';
const { spawnSync } = require('node:child_process');

function isInstalled(pkg) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

function run(command, args) {
  console.log(`ensure-system-deps: ${command} ${args.join(' ')}`);
  const r = spawnSync(command, args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (r.error) throw new Error(`ensure-system-deps: cannot run ${command}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`ensure-system-deps: ${command} ${args.join(' ')} exited with ${r.status}`);
}

/** Installs the packages of `pkgs` that are missing; returns the ones it installed. Throws a one-line error. */
function ensureDebianPackages(pkgs) {
  if (spawnSync('dpkg-query', ['--version']).error) {
    throw new Error(`ensure-system-deps: not a Debian system (no dpkg-query); install ${pkgs.join(', ')} by hand`);
  }
  const missing = pkgs.filter((pkg) => !isInstalled(pkg));
  if (missing.length === 0) return [];
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    throw new Error(
      `ensure-system-deps: missing ${missing.join(', ')}; run as root or: sudo apt-get install -y ${missing.join(' ')}`,
    );
  }
  console.log(`ensure-system-deps: installing ${missing.join(', ')}`);
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', '--no-install-recommends', ...missing]);
  return missing;
}

module.exports = { ensureDebianPackages, isInstalled };

if (require.main === module) {
  const pkgs = process.argv.slice(2);
  if (pkgs.length === 0) {
    console.error('usage: node scripts/ensure-system-deps.js PACKAGE...');
    process.exit(2);
  }
  try {
    const installed = ensureDebianPackages(pkgs);
    if (installed.length === 0) console.log(`ensure-system-deps: already installed: ${pkgs.join(', ')}`);
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
