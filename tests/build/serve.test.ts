import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const { createHandler, resolvePath } = require('../../scripts/serve.js') as {
  createHandler: (root: string) => Parameters<typeof createServer>[1];
  resolvePath: (root: string, url: string) => string | null;
};

let server: Server;
let port = 0;
const root = mkdtempSync(join(tmpdir(), 'serve-'));

beforeAll(async () => {
  writeFileSync(join(root, 'taskpane.html'), '<!doctype html><title>预算</title>');
  writeFileSync(join(root, 'taskpane.js'), 'void 0;');
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'assets', 'icon-16.png'), Buffer.from([0x89, 0x50]));
  server = createServer(createHandler(root));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function get(path: string, method = 'GET'): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('scripts/serve.js', () => {
  it('serves the page at / and files with their MIME types', async () => {
    expect(await get('/')).toMatchObject({ status: 200, type: 'text/html; charset=utf-8', body: '<!doctype html><title>预算</title>' });
    expect(await get('/taskpane.js')).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8' });
    expect(await get('/assets/icon-16.png?v=1')).toMatchObject({ status: 200, type: 'image/png' });
    expect(await get('/taskpane.js', 'HEAD')).toMatchObject({ status: 200, body: '' });
  });

  it('refuses paths outside dist/, unknown files and writes', async () => {
    expect((await get('/%2e%2e/%2e%2e/etc/passwd')).status).toBe(400);
    expect((await get('/nope.js')).status).toBe(404);
    expect((await get('/assets')).status).toBe(404);
    expect((await get('/taskpane.html', 'POST')).status).toBe(405);
    expect(resolvePath(root, '/../x')).toBeNull();
    expect(resolvePath(root, '/%E0%A4%A')).toBeNull();
  });
});
