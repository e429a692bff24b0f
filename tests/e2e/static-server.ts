// Serves the production build (dist/) for the e2e tests with scripts/serve.js' handler on an ephemeral port.
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';

// scripts/serve.js is plain CommonJS (no build step); only its handler factory is used here.
const { createHandler } = require('../../scripts/serve.js') as { createHandler(root: string): RequestListener };

/** A running server and its base URL. */
export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serve `root` on 127.0.0.1 at a free port. */
export function serveStatic(root: string): Promise<StaticServer> {
  const server = createServer(createHandler(root));
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}/taskpane.html`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
