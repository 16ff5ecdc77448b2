#!/usr/bin/env node
// Offline manifest check (CI has no internet for `office-addin-manifest validate`).
//   node scripts/check-manifest.mjs [manifest.xml …] [--assets DIR]
// Exit 0 when every manifest is valid, 1 with every problem listed (Swedish and English) otherwise, 2 on bad usage.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { checkManifestFile, formatReport } = require('./manifest-check.cjs');

const args = process.argv.slice(2);
const files = [];
let assetsDir;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--assets') assetsDir = args[++i];
  else if (args[i] === '--help' || args[i] === '-h') {
    console.log('Användning / usage: node scripts/check-manifest.mjs [manifest.xml …] [--assets DIR]');
    process.exit(0);
  } else if (args[i].startsWith('--')) {
    console.error(`Okänd flagga / unknown option: ${args[i]}`);
    process.exit(2);
  } else files.push(args[i]);
}
if (files.length === 0) files.push('manifest.xml');

let failed = false;
for (const file of files) {
  const res = checkManifestFile(file, assetsDir ? { assetsDir } : {});
  (res.ok ? console.log : console.error)(formatReport(file, res));
  failed ||= !res.ok;
}
process.exit(failed ? 1 : 0);
