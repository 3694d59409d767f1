import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CustomScheme } from 'electron';
import { SYSTEM_FONT_ROUTE } from '#shared/ipc/index.ts';
import { isFile } from './is-file.ts';
import { defaultSystemFontsDir, isFontFace, locateSystemFont } from './system-fonts.ts';

/** The app is served from app://planner/, never file://, so IndexedDB's origin stays the same across versions. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'planner';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_URL = `${APP_ORIGIN}/`;

/** standard + secure gives the scheme a real origin with IndexedDB, fetch and a secure context. */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  // codeCache: V8 keeps the compiled bundle between launches, as it does for http pages; start-up skips recompiling it.
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
};

/**
 * Everything comes from the app itself. antd writes its theme's CSS variables as <style> elements, hence 'unsafe-inline'
 * for styles only; scripts stay 'self'. 'wasm-unsafe-eval' lets WebAssembly compile (the PDF layout engine,
 * yoga, is wasm, in the export worker) without allowing eval of JavaScript. No connect-src beyond 'self'
 * until a sync server is configured.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.ttc': 'font/collection',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

export function contentTypeFor(file: string): string {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export type ResolvedPath = { kind: 'file'; file: string } | { kind: 'refused'; reason: string };

/**
 * Maps a URL path to a file under `root`. The URL parser already folds `..` and `%2e%2e`, but an encoded
 * slash (`..%2f`) or backslash only becomes a separator after decoding, so the decoded path is resolved
 * and must still lie inside the root.
 */
export function resolveAppPath(root: string, urlPath: string): ResolvedPath {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { kind: 'refused', reason: 'malformed escape' };
  }
  if (decoded.includes('\0')) return { kind: 'refused', reason: 'null byte' };
  const base = path.resolve(root);
  const file = path.resolve(base, `.${path.sep}${decoded.replace(/^[\\/]+/, '')}`);
  if (file !== base && !file.startsWith(base + path.sep)) return { kind: 'refused', reason: 'outside the app folder' };
  return { kind: 'file', file: file === base ? path.join(base, 'index.html') : file };
}

function respond(status: number, body: BodyInit | null, contentType: string): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': contentType,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    },
  });
}

async function sendFile(request: Request, file: string): Promise<Response> {
  const body = request.method === 'HEAD' ? null : new Uint8Array(await readFile(file));
  return respond(200, body, contentTypeFor(file));
}

/**
 * /system-fonts/<face>: the official font of one face from the system fonts folder, for the export worker.
 * The URL only picks a face; the file is the face's whitelisted candidate, so nothing of the URL reaches the
 * file system (an encoded or dotted name is simply not a face: 404).
 */
async function sendSystemFont(request: Request, face: string, fontsDir: string): Promise<Response> {
  const font = isFontFace(face) ? await locateSystemFont(fontsDir, face) : null;
  return font ? sendFile(request, font.path) : respond(404, '未找到', 'text/plain; charset=utf-8');
}

export interface AppProtocolOptions {
  /** The folder the system fonts are served from; %WINDIR%\Fonts unless a test gives its own. */
  systemFontsDir?: string;
}

/**
 * The handler behind protocol.handle('app'). Unknown routes get index.html (the app routes itself); a
 * missing asset with a file extension other than .html gets 404, so a broken script reference fails loudly
 * instead of receiving HTML.
 */
export function createAppProtocolHandler(root: string, options: AppProtocolOptions = {}): (request: Request) => Promise<Response> {
  const indexHtml = path.join(path.resolve(root), 'index.html');
  const fontsDir = options.systemFontsDir ?? defaultSystemFontsDir();
  const fontRoute = SYSTEM_FONT_ROUTE.slice(0, -1);
  return async (request) => {
    const url = new URL(request.url);
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return respond(404, '未找到', 'text/plain; charset=utf-8');
    if (request.method !== 'GET' && request.method !== 'HEAD') return respond(405, '不允许的请求', 'text/plain; charset=utf-8');
    if (url.pathname === fontRoute || url.pathname.startsWith(SYSTEM_FONT_ROUTE)) {
      return sendSystemFont(request, url.pathname.slice(SYSTEM_FONT_ROUTE.length), fontsDir);
    }
    const resolved = resolveAppPath(root, url.pathname);
    if (resolved.kind === 'refused') return respond(403, '禁止访问', 'text/plain; charset=utf-8');
    let file = resolved.file;
    if (!(await isFile(file))) {
      const ext = path.extname(file).toLowerCase();
      if (ext !== '' && ext !== '.html') return respond(404, '未找到', 'text/plain; charset=utf-8');
      file = indexHtml;
    }
    return sendFile(request, file);
  };
}
