import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAppProtocolHandler, type AppProtocolOptions } from '#electron/protocol.ts';

/**
 * The production build served over HTTP by the Electron app's own app:// handler (same files, same
 * Content-Security-Policy header on every response, workers included), for what only the desktop app's
 * headers can break. Listens on a free port of 127.0.0.1. `options.systemFontsDir` stands in for %WINDIR%\Fonts.
 */
export async function startAppProtocolServer(options: AppProtocolOptions = {}): Promise<{ url: string; close: () => Promise<void> }> {
  const handler = createAppProtocolHandler(process.env.PLANNER_OUT_DIR ?? 'dist/renderer', options);
  const server = http.createServer((req, res) => {
    void handler(new Request(`app://planner${req.url ?? '/'}`, { method: req.method })).then(async (response) => {
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
