#!/usr/bin/env node
// Serves dist/ over plain http on 127.0.0.1 for the standalone web page (taskpane.html outside Office).
// No dependencies. Usage: npm run serve [-- --port 8080]   (PORT=8080 works too)
'use strict';
const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.woff2': 'font/woff2',
};

/** The file under `root` a URL path names, or null when it would leave `root`. */
function resolvePath(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '/' ? 'taskpane.html' : decoded.replace(/^\/+/, '');
  const file = path.resolve(root, relative);
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

/** A request handler serving the files of `root` (GET and HEAD only). */
function createHandler(root) {
  const base = path.resolve(root);
  return (req, res) => {
    const send = (status, body) => {
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, '不支持的请求方法');
    const file = resolvePath(base, req.url || '/');
    if (!file) return send(400, '无效的路径');
    fs.stat(file, (err, stat) => {
      if (err || !stat.isFile()) return send(404, '找不到文件');
      res.writeHead(200, {
        'Content-Type': MIME[path.extname(file).toLowerCase()] || 'application/octet-stream',
        'Content-Length': stat.size,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      if (req.method === 'HEAD') return res.end();
      fs.createReadStream(file).pipe(res);
    });
  };
}

function portFromArgs(argv) {
  const i = argv.indexOf('--port');
  const value = i >= 0 ? argv[i + 1] : process.env.PORT;
  const port = Number(value || 8080);
  return Number.isInteger(port) && port >= 0 && port < 65536 ? port : 8080;
}

if (require.main === module) {
  const root = path.join(__dirname, '..', 'dist');
  if (!fs.existsSync(path.join(root, 'taskpane.html'))) {
    console.error('dist/taskpane.html 不存在，请先运行 npm run build。');
    process.exit(1);
  }
  const server = http.createServer(createHandler(root));
  server.listen(portFromArgs(process.argv), '127.0.0.1', () => {
    console.log(`预算公开校验助手（网页版）：http://127.0.0.1:${server.address().port}/taskpane.html  （Ctrl+C 停止）`);
  });
}

module.exports = { createHandler, resolvePath, MIME };
