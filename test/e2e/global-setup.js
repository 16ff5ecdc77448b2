// e2e set-up (jest globalSetup, once per run): builds the web bundle into dist/e2e-web (production, as shipped;
// a folder of its own so that a test run and `npm run build` never overwrite each other) and serves it over plain
// http on a free port of 127.0.0.1. Tests find the URL through process.env.IFO_E2E_URL (inherited by the workers)
// or the state file of global-state.js (helpers.ts reads both).
//   IFO_E2E_BUILT=1          skip the build when dist/e2e-web is there (a second run on unchanged sources)
//   IFO_E2E_WEB=dist/web     serve another build instead (e.g. the one `npm run build` made), no build
//   IFO_E2E_MODE=development build faster, unminified
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const { existsSync, mkdirSync, writeFileSync } = require('node:fs');
const { join, resolve } = require('node:path');
const { stateFile } = require('./global-state');

const root = join(__dirname, '..', '..');
const webDir = resolve(root, process.env.IFO_E2E_WEB || join('dist', 'e2e-web'));

module.exports = async () => {
  const built = (process.env.IFO_E2E_BUILT === '1' || !!process.env.IFO_E2E_WEB) && existsSync(join(webDir, 'preview.html'));
  if (!built) {
    const mode = process.env.IFO_E2E_MODE === 'development' ? 'development' : 'production';
    const started = Date.now();
    process.stdout.write(`\ne2e: bygger webbpaketet (${mode}) …\n`);
    const r = spawnSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', mode], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, IFO_WEB_OUT: webDir },
    });
    if (r.status !== 0) throw new Error(`e2e: webpack-bygget misslyckades (kod ${r.status})`);
    process.stdout.write(`e2e: byggt på ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  }
  const server = await startServer();
  globalThis.__IFO_E2E_SERVER__ = server;
  process.env.IFO_E2E_URL = server.url;
  process.env.IFO_E2E_DIR = webDir;
  mkdirSync(join(root, 'artifacts', 'e2e'), { recursive: true });
  writeFileSync(stateFile(), JSON.stringify({ url: server.url, dir: webDir, pid: server.child.pid }));
};

/** scripts/serve.mjs in a child process (it exits by itself when this process goes: --lifeline). */
function startServer() {
  const child = spawn(
    process.execPath,
    [join(root, 'scripts', 'serve.mjs'), '--dir', webDir, '--port', '0', '--host', '127.0.0.1', '--http', '--lifeline'],
    { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('e2e: servern startade inte inom 15 s')), 15_000);
    child.on('exit', (code) => reject(new Error(`e2e: servern avslutades (kod ${code})`)));
    child.stdout.on('data', (d) => {
      out += d;
      const m = /serve: (\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        child.removeAllListeners('exit');
        resolve({ url: m[1], child });
      }
    });
  });
}
