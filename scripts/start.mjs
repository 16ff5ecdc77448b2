#!/usr/bin/env node
// `npm start`: builds the add-in, serves dist/web over https on https://localhost:3000 (the manifest's address)
// with a development certificate, sideloads the add-in into Excel desktop where it exists, and otherwise opens
// (or prints) the browser preview https://localhost:3000/preview.html with Exempelkommun loaded. Never waits for
// input on the terminal.
//
//   npm start [-- --no-build] [-- --no-open] [-- --no-sideload] [-- --port 3000]
//
// Certificate, in this order:
//   1. the Office developer certificate in ~/.office-addin-dev-certs when it is there and valid (made earlier by
//      `npx office-addin-dev-certs install`, which also makes the system trust it);
//   2. on Windows and macOS in an interactive terminal: office-addin-dev-certs makes and installs it — the
//      operating system asks for permission in its own dialog (needed for Excel desktop to load the pane);
//   3. otherwise (Linux, CI, no terminal): a certificate made by office-addin-dev-certs in .certs/ without
//      installing it (installing needs sudo, which would prompt), or with openssl when that fails. Browsers warn
//      about it once; trust it with `npx office-addin-dev-certs install` if you want the warning gone.
// Sideloading (office-addin-debugging is not a dependency; this does what it does):
//   - Windows: registers manifest.xml under HKCU\Software\Microsoft\Office\16.0\WEF\Developer (the developer
//     sideload key) and starts Excel; the "IFO Prognos" button is on the Home tab. Removed again on Ctrl+C.
//   - macOS: copies manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ and opens Excel.
//     Removed again on Ctrl+C.
import { spawn, spawnSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './serve.mjs';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const webDir = join(root, 'dist', 'web');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const portArg = args.indexOf('--port');
const port = portArg >= 0 ? Number(args[portArg + 1]) : 3000;
const interactive = !!process.stdout.isTTY && !process.env.CI;
const say = (sv, en) => console.log(en ? `${sv}\n  (${en})` : sv);

// ---------- build ----------
function build() {
  say('npm start: bygger tillägget (webpack, production) …', 'building the add-in');
  const r = spawnSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) {
    console.error('npm start: bygget misslyckades (build failed).');
    process.exit(1);
  }
}

// ---------- certificate ----------
function validPem(certPath, keyPath) {
  try {
    if (!existsSync(certPath) || !existsSync(keyPath)) return false;
    const cert = new X509Certificate(readFileSync(certPath));
    const validTo = Date.parse(cert.validTo);
    return validTo - Date.now() > 24 * 3600 * 1000 && cert.checkHost('localhost') !== undefined;
  } catch {
    return false;
  }
}

async function certificate() {
  const office = join(homedir(), '.office-addin-dev-certs');
  const officeCert = { cert: join(office, 'localhost.crt'), key: join(office, 'localhost.key'), ca: join(office, 'ca.crt') };
  if (validPem(officeCert.cert, officeCert.key)) {
    return { ...read(officeCert), how: 'Office-utvecklarcertifikatet i ~/.office-addin-dev-certs', trusted: true };
  }
  const devCerts = require('office-addin-dev-certs');
  if ((process.platform === 'win32' || process.platform === 'darwin') && interactive) {
    try {
      say('npm start: installerar Office-utvecklarcertifikatet – godkänn i systemets dialogruta.', 'installing the Office developer certificate – approve in the system dialog');
      await devCerts.ensureCertificatesAreInstalled();
      if (validPem(officeCert.cert, officeCert.key)) {
        return { ...read(officeCert), how: 'Office-utvecklarcertifikatet (nyss installerat)', trusted: true };
      }
    } catch (e) {
      say(`npm start: certifikatet kunde inte installeras (${e.message}); använder ett lokalt certifikat.`);
    }
  }
  const local = join(root, '.certs');
  const localCert = { cert: join(local, 'localhost.crt'), key: join(local, 'localhost.key'), ca: join(local, 'ca.crt') };
  if (!validPem(localCert.cert, localCert.key)) {
    rmSync(local, { recursive: true, force: true });
    mkdirSync(local, { recursive: true });
    try {
      await devCerts.generateCertificates(localCert.ca, localCert.cert, localCert.key, 30);
    } catch (e) {
      say(`npm start: office-addin-dev-certs kunde inte skapa certifikat (${e.message}); provar openssl.`);
      const r = spawnSync(
        'openssl',
        ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', localCert.key, '-out', localCert.cert, '-days', '30',
          '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1'],
        { stdio: 'ignore' },
      );
      if (r.status !== 0 || !existsSync(localCert.cert)) {
        console.error('npm start: inget certifikat kunde skapas (varken office-addin-dev-certs eller openssl).');
        process.exit(1);
      }
    }
  }
  return { ...read(localCert), how: `ett lokalt utvecklarcertifikat i .certs/ (inte installerat som betrott)`, trusted: false };
}

function read(paths) {
  return { cert: readFileSync(paths.cert), key: readFileSync(paths.key) };
}

// ---------- sideloading ----------
function manifestId() {
  const xml = readFileSync(join(root, 'manifest.xml'), 'utf8');
  return /<Id>\s*([^<\s]+)\s*<\/Id>/.exec(xml)?.[1] ?? null;
}

const WIN_KEY = 'HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer';
const MAC_WEF = join(homedir(), 'Library', 'Containers', 'com.microsoft.Excel', 'Data', 'Documents', 'wef');

function excelDesktop() {
  if (process.platform === 'win32') {
    const r = spawnSync('reg', ['query', 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\excel.exe'], { stdio: 'ignore' });
    return r.status === 0;
  }
  if (process.platform === 'darwin') return existsSync('/Applications/Microsoft Excel.app');
  return false;
}

/** Registers the manifest with Excel desktop and starts Excel; returns an undo function, or null when not done. */
function sideload() {
  const id = manifestId();
  const manifest = join(webDir, 'manifest.xml');
  if (!id || !existsSync(manifest)) return null;
  if (process.platform === 'win32') {
    const r = spawnSync('reg', ['add', WIN_KEY, '/v', id, '/t', 'REG_SZ', '/d', manifest, '/f'], { stdio: 'ignore' });
    if (r.status !== 0) return null;
    spawn('cmd', ['/c', 'start', '', 'excel'], { detached: true, stdio: 'ignore' }).unref();
    say(
      'npm start: IFO Prognos är registrerat i Excel (utvecklartillägg). Excel startas – öppna en arbetsbok och klicka på ”IFO Prognos” på fliken Start.',
      'registered as a developer add-in; Excel is starting – open a workbook and click "IFO Prognos" on the Home tab',
    );
    return () => spawnSync('reg', ['delete', WIN_KEY, '/v', id, '/f'], { stdio: 'ignore' });
  }
  if (process.platform === 'darwin') {
    mkdirSync(MAC_WEF, { recursive: true });
    const target = join(MAC_WEF, `ifo-prognos-${id}.xml`);
    copyFileSync(manifest, target);
    spawn('open', ['-a', 'Microsoft Excel'], { detached: true, stdio: 'ignore' }).unref();
    say(
      'npm start: manifestet ligger i Excels wef-mapp. Excel öppnas – välj Infoga › Tillägg › Mina tillägg › IFO Prognos (starta om Excel om det redan var öppet).',
      'manifest copied to Excel\'s wef folder; in Excel choose Insert › Add-ins › My Add-ins › IFO Prognos (restart Excel if it was open)',
    );
    return () => rmSync(target, { force: true });
  }
  return null;
}

function openInBrowser(url) {
  let cmd;
  let cmdArgs;
  if (process.platform === 'win32') [cmd, cmdArgs] = ['cmd', ['/c', 'start', '', url]];
  else if (process.platform === 'darwin') [cmd, cmdArgs] = ['open', [url]];
  else if ((process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && spawnSync('which', ['xdg-open'], { stdio: 'ignore' }).status === 0)
    [cmd, cmdArgs] = ['xdg-open', [url]];
  else return false;
  try {
    spawn(cmd, cmdArgs, { detached: true, stdio: 'ignore' }).on('error', () => undefined).unref();
    return true;
  } catch {
    return false;
  }
}

// ---------- main ----------
if (!flag('--no-build') || !existsSync(join(webDir, 'taskpane.html'))) build();
const cert = await certificate();
let server;
try {
  server = await startServer({ dir: webDir, port, host: 'localhost', tls: { key: cert.key, cert: cert.cert } });
} catch (e) {
  console.error(
    e.code === 'EADDRINUSE'
      ? `npm start: port ${port} används redan – stäng det andra programmet (manifestet pekar på https://localhost:3000).`
      : `npm start: servern kunde inte starta: ${e.message}`,
  );
  process.exit(1);
}
const base = `https://localhost:${port}/`;
const preview = `${base}preview.html`;
say(`\nIFO Prognos körs på ${base} med ${cert.how}.`, `serving ${base}`);
if (port !== 3000) say('Obs: manifest.xml pekar på port 3000; Excel hittar inte tillägget på en annan port.');

let undo = null;
if (!flag('--no-sideload') && excelDesktop()) undo = sideload();
if (!undo) {
  const opened = !flag('--no-open') && openInBrowser(preview);
  say(
    `\nFörhandsvisning i webbläsaren (åtgärdsfönstret bredvid Exempelkommun):\n  ${preview}` +
      (opened ? '\n  (öppnad i webbläsaren)' : '') +
      (cert.trusted ? '' : '\n  Webbläsaren varnar för certifikatet första gången: välj att fortsätta till localhost.') +
      `\nExcel på webben: ladda upp ${join('dist', 'web', 'manifest.xml')} under Infoga › Tillägg › Ladda upp mitt tillägg.`,
    `browser preview: ${preview}`,
  );
}
say('\nStoppa med Ctrl+C.', 'stop with Ctrl+C');

const stop = async () => {
  try {
    undo?.();
  } finally {
    await server.close();
    process.exit(0);
  }
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
