// Builds the add-in into dist/: taskpane.html + commands.html + dialog.html (the ribbon's outcome) with their
// scripts, lazily loaded chunks for exceljs and docx (browser mode only), the icons and the manifest; offline.html
// (the same page for file://, shipped by `npm run package` as the offline web page) and unsupported.html (what
// es5-guard.js opens from the ribbon in a webview too old for the add-in). `npm run build` never touches certificates; only
// `npm run dev-server` (webpack serve) asks office-addin-dev-certs for the localhost HTTPS certificate.
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { parseAddinBaseUrl } = require('./scripts/addin-base-url.js');

const DEV_URL = 'https://localhost:3000/';
const DEV_PORT = 3000;
const OFFICE_JS_ORIGIN = 'https://appsforoffice.microsoft.com';

/** Scripts every page loads first, in order, before its bundle (src/guard; copied unbundled so they stay ES5). */
const GUARD_SCRIPTS = ['es5-guard.js', 'syntax-probe.js'];

/**
 * Content-Security-Policy of the pages. Scripts come only from this origin and, for pages Office opens, the
 * Office CDN (office.js and the host scripts it loads); the offline page (`office: false`) allows no remote
 * origin at all. No eval anywhere, so the devtool below is never an eval-based one. Fluent UI (Griffel) and
 * office.js inject <style> elements, hence 'unsafe-inline' for styles only. Workers may come from the page's
 * own files or from blob: URLs the page makes itself: from file:// a worker script cannot be loaded by URL
 * (Chromium treats the page as origin 'null'), only from a blob.
 */
function contentSecurityPolicy(dev, { office = true } = {}) {
  const remote = office ? [OFFICE_JS_ORIGIN] : [];
  const connect = ["'self'", ...remote];
  if (dev) connect.push(`wss://localhost:${DEV_PORT}`);
  return [
    "default-src 'self'",
    ['script-src', "'self'", ...remote].join(' '),
    "worker-src 'self' blob:",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connect.join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * The manifest as copied into dist/: URLs rewritten to ADDIN_BASE_URL when it is set (for deployment). A value
 * that is not an https:// URL stops the build with the reason, rather than writing a manifest Excel rejects.
 */
function manifestFor(content) {
  if (!process.env.ADDIN_BASE_URL) return content;
  const base = parseAddinBaseUrl(process.env.ADDIN_BASE_URL);
  if (!base.ok) throw new Error(base.message);
  return Buffer.from(content.toString('utf8').split(DEV_URL).join(base.url));
}

/** Puts the guard scripts at the start of every page's <head>, ahead of office.js and the deferred bundles. */
class GuardScriptsPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap('GuardScriptsPlugin', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap('GuardScriptsPlugin', (data) => {
        const tags = GUARD_SCRIPTS.map((src) =>
          HtmlWebpackPlugin.createHtmlTagObject('script', { src }, undefined, { plugin: 'GuardScriptsPlugin' }),
        );
        data.headTags.unshift(...tags);
        return data;
      });
    });
  }
}

/** Only the dev server needs a certificate; it is installed on first use by office-addin-dev-certs. */
async function devServer() {
  const devCerts = require('office-addin-dev-certs');
  return {
    port: DEV_PORT,
    server: { type: 'https', options: await devCerts.getHttpsServerOptions() },
    headers: { 'Access-Control-Allow-Origin': '*' },
    static: false,
    client: { overlay: false },
  };
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === 'development';
  const csp = contentSecurityPolicy(dev);
  const offlineCsp = contentSecurityPolicy(dev, { office: false });
  const config = {
    mode: dev ? 'development' : 'production',
    // es2020 lets webpack's runtime use globalThis directly (no `new Function('return this')` fallback).
    target: ['web', 'es2020'],
    // Never an eval-based devtool: the pages' CSP forbids eval in development too.
    devtool: 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      // The outcome dialog of the ribbon commands (displayDialogAsync from the function file).
      dialog: './src/commands/dialog.ts',
      // The web page's engine worker (reading, checking, drafting, annotated copy); its lazy chunks (exceljs)
      // load with importScripts, as a worker has no document to add <script> tags to.
      'engine-worker': { import: './src/taskpane/worker/engine-worker.ts', chunkLoading: 'import-scripts' },
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.mjs'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              // Type checking is `npm run typecheck`; the build only transpiles. ES modules keep import() lazy.
              transpileOnly: true,
              compilerOptions: { module: 'esnext', noEmit: false, sourceMap: true },
            },
          },
        },
        {
          // pdf.js's character maps and standard fonts: inlined (base64) into one lazy chunk each, which loads
          // like any chunk, from file:// too (src/readers/pdf/bundled-data.ts); a fetch would be refused there.
          test: /[\\/]pdfjs-dist[\\/](cmaps[\\/].*\.bcmap|standard_fonts[\\/].*\.(pfb|ttf))$/,
          type: 'asset/inline',
          generator: { dataUrl: { mimetype: 'application/octet-stream' } },
        },
        {
          // Dependencies are lowered to ES2020 like our own code, the level the pages' syntax probe requires, so
          // the pane runs in the WebKit of older macOS too (Excel for Mac 16.50+, Safari 14): tabster (Fluent UI's
          // focus manager) ships class static blocks and ??=, pdf.js private class members (#field, static #m).
          // esbuild only rewrites the syntax (imports, CommonJS and lazy chunks are left to webpack), in seconds.
          test: /\.m?js$/,
          include: /[\\/]node_modules[\\/]/,
          use: { loader: 'esbuild-loader', options: { loader: 'js', target: 'es2020' } },
        },
      ],
    },
    optimization: {
      splitChunks: {
        cacheGroups: {
          exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: 'exceljs', chunks: 'async', enforce: true },
          docx: { test: /[\\/]node_modules[\\/]docx[\\/]/, name: 'docx', chunks: 'async', enforce: true },
          // File readers, loaded only when such a file is opened: SheetJS (.xls/.et/.ods), pdf.js, mammoth (.docx).
          sheetjs: { test: /[\\/]node_modules[\\/]@e965[\\/]xlsx[\\/]/, name: 'sheetjs', chunks: 'async', enforce: true },
          // pdf.js's code only: each cMap and standard font stays a chunk of its own, loaded when a PDF needs it.
          pdfjs: { test: /[\\/]node_modules[\\/]pdfjs-dist[\\/](legacy|build)[\\/]/, name: 'pdfjs', chunks: 'async', enforce: true },
          mammoth: { test: /[\\/]node_modules[\\/](mammoth|@xmldom|lop|underscore|dingbat-to-unicode|xmlbuilder|bluebird|option)[\\/]/, name: 'mammoth', chunks: 'async', enforce: true },
        },
      },
    },
    performance: {
      // The lazy exceljs/docx chunks are large by nature and load only in browser mode; watch the entries.
      assetFilter: (file) => /^(taskpane|commands|dialog)\.js$/.test(file),
      maxAssetSize: 2_000_000,
      maxEntrypointSize: 2_000_000,
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        templateParameters: { csp },
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
        templateParameters: { csp },
      }),
      new HtmlWebpackPlugin({
        filename: 'dialog.html',
        template: './src/commands/dialog.html',
        chunks: ['dialog'],
        templateParameters: { csp },
      }),
      new HtmlWebpackPlugin({
        filename: 'offline.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        templateParameters: { csp: offlineCsp },
      }),
      new HtmlWebpackPlugin({
        filename: 'unsupported.html',
        template: './src/guard/unsupported.html',
        chunks: [],
        templateParameters: { csp },
      }),
      new GuardScriptsPlugin(),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/{icon,pane,clear}-*.png', to: 'assets/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: manifestFor },
          ...GUARD_SCRIPTS.map((file) => ({ from: `src/guard/${file}`, to: file, info: { minimized: true } })),
        ],
      }),
    ],
  };
  if (env.WEBPACK_SERVE) config.devServer = await devServer();
  return config;
};
