// `npm test`: every test — unit, contract and e2e (headless Chromium) — in one jest run.
// The e2e tests need a Chromium: found at CHROME_PATH or the usual paths; when absent and this runs as root on
// Debian/Ubuntu, it is installed with apt-get (non-interactive). Arguments are passed on to jest.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const CANDIDATES = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const findChromium = () => CANDIDATES.find((p) => p && existsSync(p));

let chromium = findChromium();
if (!chromium && process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log('npm test: Chromium saknas – installerar Debians chromium med apt-get (för e2e-testerna) …');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-q'], { stdio: 'inherit', env });
  spawnSync('apt-get', ['install', '-y', '-q', 'chromium'], { stdio: 'inherit', env });
  chromium = findChromium();
}

const args = process.argv.slice(2);
const env = { ...process.env };
if (chromium) env.CHROME_PATH = chromium;
else {
  console.warn(
    '\nnpm test: VARNING – ingen Chromium hittades (sätt CHROME_PATH). e2e-testerna hoppas över; enhets- och kontraktstester körs.\n' +
      'npm test: WARNING – no Chromium found (set CHROME_PATH). The e2e tests are skipped; unit and contract tests run.\n',
  );
  if (!args.includes('--selectProjects')) args.unshift('--selectProjects', 'unit');
}

const require = createRequire(import.meta.url);
const jestBin = require.resolve('jest/bin/jest');
const r = spawnSync(process.execPath, [jestBin, ...args], { stdio: 'inherit', env });
process.exit(r.status ?? 1);
