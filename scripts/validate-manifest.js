#!/usr/bin/env node
/**
 * Validates the add-in manifest against Microsoft's XSDs, offline (`xmllint --nonet`). The XSDs live in the
 * repository (assets/schemas/office-addin-manifest/) because `office-addin-manifest validate` needs a remote
 * web service. Installs xmllint (Debian libxml2-utils) when it is missing.
 *
 *   node scripts/validate-manifest.js [manifest.xml]
 * Exit code: 0 valid, 3 invalid (xmllint's code), 1 when xmllint cannot be had.
 */
'use strict';
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { ensureDebianPackages } = require('./ensure-system-deps');

const root = path.join(__dirname, '..');
const schema = path.join(root, 'assets', 'schemas', 'office-addin-manifest', 'OfficeAppManifestV1_1.xsd');
const manifest = path.resolve(process.argv[2] ?? path.join(root, 'manifest.xml'));

if (spawnSync('xmllint', ['--version']).error) {
  try {
    ensureDebianPackages(['libxml2-utils']);
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}

const r = spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, manifest], { encoding: 'utf8' });
if (r.error) {
  console.error(`validate-manifest: cannot run xmllint: ${r.error.message}`);
  process.exit(1);
}
process.stdout.write(r.stdout);
process.stderr.write(r.stderr);
process.exit(r.status ?? 1);
