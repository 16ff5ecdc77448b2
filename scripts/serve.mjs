// A small static file server for the built add-in (dist/web): https for `npm start` (Office requires https),
// plain http on a free port for the e2e tests. No dependencies; used as a module or from the command line:
//
//   node scripts/serve.mjs [--dir dist/web] [--port 3000] [--host localhost] [--http] [--key k.pem --cert c.pem]
//                          [--lifeline]   (exit when stdin closes: the parent process has gone)
// It prints one line, `serve: <url>`, once it listens.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv',
  '.tsv': 'text/tab-separated-values',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Maps a URL path to a file under root, or null when it escapes root. */
export function resolvePath(root, urlPath) {
  let p;
  try {
    p = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  if (p.includes('\0')) return null;
  const full = normalize(join(root, p));
  const base = root.endsWith(sep) ? root : root + sep;
  if (full !== root && !full.startsWith(base)) return null;
  return full;
}

function handler(root, log) {
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let file = resolvePath(root, req.url ?? '/');
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (file && !existsSync(file) && (req.url === '/' || req.url === '')) file = join(root, 'preview.html');
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Hittades inte / Not found');
      log?.(`404 ${req.url}`);
      return;
    }
    const hashed = /\.[0-9a-f]{8}\.js(\.map)?$/.test(file);
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': statSync(file).size,
      // Content-hashed bundles never change; everything else is re-validated (a rebuild shows at once).
      'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  };
}

/**
 * Starts serving `dir`. `tls` = { key, cert } (PEM) for https, omitted for http. Port 0 = a free port.
 * Resolves to { url, port, close() }.
 */
export function startServer({ dir, port = 0, host = '127.0.0.1', tls, log } = {}) {
  const root = resolve(dir);
  const server = tls ? createHttpsServer({ key: tls.key, cert: tls.cert }, handler(root, log)) : createHttpServer(handler(root, log));
  return new Promise((resolveStart, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const actual = server.address().port;
      const shownHost = host === '127.0.0.1' || host === '::1' ? host : 'localhost';
      resolveStart({
        url: `${tls ? 'https' : 'http'}://${shownHost === '::1' ? '[::1]' : shownHost}:${actual}/`,
        port: actual,
        close: () =>
          new Promise((r) => {
            server.closeAllConnections?.();
            server.close(() => r());
          }),
      });
    });
  });
}

// Command line
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : dflt;
  };
  const tls = args.includes('--http')
    ? undefined
    : opt('--key') && opt('--cert')
      ? { key: readFileSync(opt('--key')), cert: readFileSync(opt('--cert')) }
      : undefined;
  startServer({
    dir: opt('--dir', 'dist/web'),
    port: Number(opt('--port', '3000')),
    host: opt('--host', 'localhost'),
    tls,
  }).then(
    (s) => {
      console.log(`serve: ${s.url}`);
      if (args.includes('--lifeline')) {
        process.stdin.on('end', () => process.exit(0));
        process.stdin.on('close', () => process.exit(0));
        process.stdin.resume();
      }
    },
    (e) => {
      console.error(`serve: ${e.message}`);
      process.exit(1);
    },
  );
}
