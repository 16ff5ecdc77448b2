#!/usr/bin/env node
// Writes the manifest for a production host (IT's central deployment): every https://localhost:3000/ URL in
// manifest.xml is replaced by the base URL where the built files (the web output folder of `npm run build`) are
// served, then the result is checked offline and written only when it passes.
//
//   node scripts/manifest-for-host.mjs --base https://ifo.kommun.se/prognos/ [--out dist/manifest.xml]
//                                      [--version 1.0.1.0] [--in manifest.xml]
//
// --version sets <Version>: raise it for every update you deploy, so Office picks up the new manifest.
// Exit codes: 0 written, 1 the resulting manifest fails the check (nothing written), 2 bad arguments.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { checkManifest, formatReport } = require('./manifest-check.cjs');

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const DEV_ORIGIN = /https:\/\/localhost:3000\//g;

function usage(message) {
  if (message) console.error(`${message}\n`);
  console.error(
    'Användning / usage: node scripts/manifest-for-host.mjs --base https://server/sökväg/ [--out dist/manifest.xml] [--version n.n.n.n] [--in manifest.xml]',
  );
  process.exit(2);
}

/** Replaces the development origin by `base` (https, ending in "/"); returns the new XML text. */
export function manifestForHost(xml, base, version) {
  let out = xml.replace(DEV_ORIGIN, base);
  if (version) out = out.replace(/<Version>[^<]*<\/Version>/, `<Version>${version}</Version>`);
  return out;
}

function parseArgs(argv) {
  const opts = { in: join(root, 'manifest.xml'), out: join(root, 'dist', 'manifest.xml') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => argv[++i] ?? usage(`${a} saknar värde / ${a} needs a value`);
    if (a === '--base') opts.base = value();
    else if (a === '--out') opts.out = resolve(value());
    else if (a === '--in') opts.in = resolve(value());
    else if (a === '--version') opts.version = value();
    else if (a === '--help' || a === '-h') usage();
    else usage(`Okänt argument / unknown argument: ${a}`);
  }
  if (!opts.base) usage('--base saknas / --base is missing');
  let url;
  try {
    url = new URL(opts.base);
  } catch {
    usage(`--base ${opts.base} är ingen giltig URL / is not a valid URL`);
  }
  if (url.protocol !== 'https:') usage(`--base måste vara en https-adress / --base must be an https URL: ${opts.base}`);
  if (url.search || url.hash) usage(`--base får inte ha ? eller # / --base must not contain ? or #: ${opts.base}`);
  if (/^(localhost|127\.|\[::1\])/.test(url.hostname)) usage(`--base ska vara produktionsservern, inte ${url.hostname} / --base must be the production server`);
  opts.base = url.href.endsWith('/') ? url.href : `${url.href}/`;
  return opts;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const opts = parseArgs(process.argv.slice(2));
  const xml = manifestForHost(readFileSync(opts.in, 'utf8'), opts.base, opts.version);
  const res = checkManifest(xml, { assetsDir: join(root, 'assets') });
  // Comments may mention localhost; blank them out (keeping the line breaks) before looking for leftovers.
  const uncommented = xml.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '));
  const left = uncommented.split('\n').flatMap((line, i) => (/localhost/i.test(line) ? [i + 1] : []));
  if (left.length) {
    res.ok = false;
    for (const line of left) {
      res.problems.push({ code: 'localhost', line, sv: 'En localhost-adress finns kvar efter bytet.', en: 'A localhost URL is left after the replacement.' });
    }
  }
  if (!res.ok) {
    console.error(formatReport(opts.out, res));
    console.error('\nInget skrevs. / Nothing was written.');
    process.exit(1);
  }
  mkdirSync(dirname(opts.out), { recursive: true });
  writeFileSync(opts.out, xml);
  console.log(`${opts.out}: manifest för / for ${opts.base} (kontrollerat / checked).`);
}
