#!/usr/bin/env node
// IFO Prognos command line. The compiled code lives in dist/node (built by `npm install` / `npm run build:cli`).
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { spawnSync } = require('node:child_process');

const main = join(__dirname, '..', 'dist', 'node', 'cli', 'main.js');
if (!existsSync(main)) {
  const r = spawnSync(process.execPath, [join(__dirname, '..', 'scripts', 'build-cli.mjs'), '--quiet'], { stdio: 'inherit' });
  if (r.status !== 0) {
    process.stderr.write('ifo-prognos: kunde inte bygga kommandoradsverktyget (npm run build:cli).\n');
    process.exit(1);
  }
}
require(main)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
