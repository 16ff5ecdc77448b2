// Web build of IFO Prognos: the task pane (taskpane.html, loaded by Excel) and the browser preview (preview.html,
// the pane in an iframe next to a sheet viewer of an in-memory workbook). Output: dist/web only (or IFO_WEB_OUT) —
// dist/node (CLI) and dist/bench belong to other builds and are never cleaned from here.
//
// - TypeScript/TSX through swc-loader; production builds get content hashes and split chunks.
// - ExcelJS (and mathjs) are reached only through dynamic import(), so they land in async chunks, not in the
//   pane's initial JS; `npm run bundle:check` enforces the budget on what taskpane.html loads.
// - assets/ and manifest.xml are copied next to the pages.
// - After emitting, scripts/build-example-workbook.mjs writes Exempelkommun (exempelkommun.xlsx, or its input
//   files) into dist/web for the preview. Skip it with IFO_SKIP_EXAMPLE=1.
'use strict';

const path = require('node:path');
const { spawnSync } = require('node:child_process');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const ROOT = __dirname;
// IFO_WEB_OUT: another output folder (the e2e tests build into dist/e2e-web, so a test run and `npm run build`
// never overwrite each other's files).
const OUT = path.resolve(ROOT, process.env.IFO_WEB_OUT || path.join('dist', 'web'));

/** Office.js from Microsoft's CDN, written into the page only outside the preview (the preview runs offline). */
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const officeLoader = `<script>
  // Office.js is loaded from Microsoft's CDN inside Excel only; the browser preview (?host=preview) runs without it.
  (function () {
    if (!/[?&]host=preview(?:&|$)/.test(window.location.search)) {
      document.write('<script src="${OFFICE_JS}"><\\/script>');
    }
  })();
</script>`;

function page(title, body, head = '') {
  return `<!doctype html>
<html lang="sv">
<head>
  <meta charset="utf-8" />
  <meta http-equiv="X-UA-Compatible" content="IE=edge" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>${title}</title>
  <link rel="icon" type="image/png" href="assets/icon-32.png" />
  ${head}
  <style>
    html, body, #root { height: 100%; margin: 0; }
    body { font-family: "Segoe UI", "Segoe UI Web (West European)", -apple-system, BlinkMacSystemFont, Roboto, "Helvetica Neue", sans-serif; }
  </style>
</head>
<body>
  <div id="root"></div>
  <noscript>IFO Prognos kräver JavaScript. / IFO Prognos requires JavaScript.</noscript>
</body>
</html>
`;
}

/** Runs the Exempelkommun build after the bundle is written (production and development, not in watch loops). */
class ExampleWorkbookPlugin {
  apply(compiler) {
    compiler.hooks.afterEmit.tap('ExampleWorkbookPlugin', (compilation) => {
      if (process.env.IFO_SKIP_EXAMPLE === '1' || compilation.errors.length > 0) return;
      const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build-example-workbook.mjs'), '--out', OUT], {
        stdio: 'inherit',
        cwd: ROOT,
      });
      if (r.status !== 0) {
        compilation.warnings.push(new Error('build-example-workbook: Exempelkommun kunde inte byggas (se ovan).'));
      }
    });
  }
}

module.exports = (_env, argv) => {
  const production = argv.mode !== 'development';
  return {
    mode: production ? 'production' : 'development',
    context: ROOT,
    target: ['web', 'es2020'],
    entry: {
      taskpane: './src/taskpane/index.tsx',
      preview: './src/preview/index.tsx',
    },
    output: {
      path: OUT,
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: 'auto',
      clean: true,
    },
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    resolve: {
      extensions: ['.tsx', '.ts', '.mjs', '.js', '.json'],
      // The browser build of ExcelJS (package.json "browser") carries its own polyfills; nothing else needs Node.
      fallback: { fs: false, path: false, os: false, crypto: false, stream: false, zlib: false },
    },
    module: {
      rules: [
        {
          test: /\.[cm]?tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'swc-loader',
            options: {
              jsc: {
                parser: { syntax: 'typescript', tsx: true },
                transform: { react: { runtime: 'automatic', development: !production } },
                target: 'es2020',
              },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        chunks: ['taskpane'],
        inject: 'head',
        scriptLoading: 'defer',
        templateContent: page('IFO Prognos', '', officeLoader),
      }),
      new HtmlWebpackPlugin({
        filename: 'preview.html',
        chunks: ['preview'],
        inject: 'head',
        scriptLoading: 'defer',
        templateContent: page('IFO Prognos – förhandsvisning', ''),
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets', noErrorOnMissing: true },
          { from: 'manifest.xml', to: 'manifest.xml', noErrorOnMissing: true },
        ],
      }),
      new ExampleWorkbookPlugin(),
    ],
    optimization: {
      splitChunks: {
        chunks: 'all',
        cacheGroups: {
          // Libraries loaded only on demand stay in their own async chunks.
          exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: 'exceljs', chunks: 'async', priority: 20 },
          mathjs: {
            test: /[\\/]node_modules[\\/](mathjs|typed-function|decimal\.js|complex\.js|fraction\.js|javascript-natural-sort|escape-latex|seedrandom|tiny-emitter)[\\/]/,
            name: 'mathjs',
            chunks: 'async',
            priority: 20,
          },
        },
      },
      runtimeChunk: 'single',
    },
    performance: { hints: false }, // the budget is enforced by scripts/check-bundle.mjs
    stats: production ? 'errors-warnings' : 'minimal',
  };
};
