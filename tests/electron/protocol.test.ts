import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_SCHEME_PRIVILEGES,
  CONTENT_SECURITY_POLICY,
  contentTypeFor,
  createAppProtocolHandler,
  resolveAppPath,
} from '#electron/protocol.ts';
import { defaultSystemFontsDir } from '#electron/system-fonts.ts';
import { temporaryDirs } from './temp-dir.ts';

const tempDir = temporaryDirs();
const SECRET = 'root:x:0:0:secret';

/** dist/renderer in miniature, with a secret file beside it that must never be served. */
function rendererBuild() {
  const top = tempDir();
  const root = path.join(top, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>临床专科建设规划</title>');
  writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(path.join(root, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(path.join(root, 'assets', 'logo.svg'), '<svg/>');
  writeFileSync(path.join(root, 'assets', 'font.woff2'), 'wOF2');
  writeFileSync(path.join(top, 'secret.txt'), SECRET);
  // A Windows fonts folder in miniature: three of the official fonts (simkai.ttf is missing), and others.
  const fonts = path.join(top, 'Fonts');
  mkdirSync(fonts);
  writeFileSync(path.join(fonts, 'simfang.ttf'), 'fake 仿宋');
  writeFileSync(path.join(fonts, 'simsun.ttc'), 'fake 宋体 collection');
  writeFileSync(path.join(fonts, 'FZXBSJW.TTF'), 'fake 小标宋');
  writeFileSync(path.join(fonts, 'arial.ttf'), 'a font no face asks for');
  writeFileSync(path.join(fonts, 'secret.txt'), SECRET);
  return { root, top, handler: createAppProtocolHandler(root, { systemFontsDir: fonts }) };
}

describe('resolveAppPath', () => {
  const root = path.resolve('/opt/planner/dist/renderer');

  it('maps the app root to index.html and asset paths to files under the root', () => {
    expect(resolveAppPath(root, '/')).toEqual({ kind: 'file', file: path.join(root, 'index.html') });
    expect(resolveAppPath(root, '/assets/index-abc.js')).toEqual({ kind: 'file', file: path.join(root, 'assets', 'index-abc.js') });
    expect(resolveAppPath(root, '/assets/%E5%9B%BE%E6%A0%87.png')).toEqual({ kind: 'file', file: path.join(root, 'assets', '图标.png') });
  });

  it.each([
    ['../../etc/passwd'],
    ['/../../etc/passwd'],
    ['/%2e%2e/%2e%2e/etc/passwd'],
    ['/..%2f..%2fetc%2fpasswd'],
    ['/assets/..%2f..%2f..%2fsecret.txt'],
  ])('refuses the traversal %s', (urlPath) => {
    expect(resolveAppPath(root, urlPath)).toEqual({ kind: 'refused', reason: 'outside the app folder' });
  });

  it('refuses malformed escapes and null bytes', () => {
    expect(resolveAppPath(root, '/%E0%A4%A')).toEqual({ kind: 'refused', reason: 'malformed escape' });
    expect(resolveAppPath(root, '/index.html%00.js')).toEqual({ kind: 'refused', reason: 'null byte' });
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['assets/index-abc.CSS', 'text/css; charset=utf-8'],
    ['data.json', 'application/json; charset=utf-8'],
    ['logo.svg', 'image/svg+xml'],
    ['icon.png', 'image/png'],
    ['font.woff2', 'font/woff2'],
    ['module.wasm', 'application/wasm'],
    ['unknown.xyz', 'application/octet-stream'],
  ])('%s → %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });
});

describe('app:// protocol handler', () => {
  it('serves the app with the right type and a strict Content-Security-Policy', async () => {
    const { handler } = rendererBuild();
    const index = await handler(new Request('app://planner/'));
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await index.text()).toContain('临床专科建设规划');
    const csp = index.headers.get('content-security-policy') ?? '';
    expect(csp).toBe(CONTENT_SECURITY_POLICY);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval';"); // WebAssembly may compile, JavaScript eval stays off
    expect(csp).not.toMatch(/https?:|\*/); // no remote origin anywhere
    expect(index.headers.get('x-content-type-options')).toBe('nosniff');

    const script = await handler(new Request('app://planner/assets/index-abc.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
    expect((await handler(new Request('app://planner/assets/index-abc.css'))).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await handler(new Request('app://planner/assets/logo.svg'))).headers.get('content-type')).toBe('image/svg+xml');
    expect((await handler(new Request('app://planner/assets/font.woff2'))).headers.get('content-type')).toBe('font/woff2');
  });

  it('answers unknown routes with index.html, but a missing script with 404', async () => {
    const { handler } = rendererBuild();
    for (const url of ['app://planner/disciplines/42', 'app://planner/assets/', 'app://planner/old-page.html']) {
      const response = await handler(new Request(url));
      expect(response.status, url).toBe(200);
      expect(await response.text(), url).toContain('<title>临床专科建设规划</title>');
    }
    expect((await handler(new Request('app://planner/assets/missing-chunk.js'))).status).toBe(404);
  });

  it.each([
    'app://planner/../secret.txt',
    'app://planner/%2e%2e/secret.txt',
    'app://planner/..%2fsecret.txt',
    'app://planner/assets/..%2f..%2fsecret.txt',
    'app://planner/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
  ])('never serves a file outside the app folder: %s', async (url) => {
    const { handler } = rendererBuild();
    const response = await handler(new Request(url));
    expect(await response.text()).not.toContain(SECRET);
    expect([200, 403, 404]).toContain(response.status); // the URL parser may fold `..` first; then it is just a missing file
  });

  it('refuses encoded traversal with 403', async () => {
    const { handler } = rendererBuild();
    expect((await handler(new Request('app://planner/..%2fsecret.txt'))).status).toBe(403);
  });

  it('serves only the planner host, and only reads', async () => {
    const { handler } = rendererBuild();
    expect((await handler(new Request('app://other/index.html'))).status).toBe(404);
    expect((await handler(new Request('app://planner/', { method: 'POST', body: 'x' }))).status).toBe(405);
    const head = await handler(new Request('app://planner/assets/index-abc.js', { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('serves the whitelisted system font of a face, with the app headers', async () => {
    const { handler } = rendererBuild();
    const fang = await handler(new Request('app://planner/system-fonts/fang'));
    expect(fang.status).toBe(200);
    expect(fang.headers.get('content-type')).toBe('font/ttf');
    expect(fang.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(fang.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await fang.text()).toBe('fake 仿宋');
    const song = await handler(new Request('app://planner/system-fonts/song'));
    expect([song.headers.get('content-type'), await song.text()]).toEqual(['font/collection', 'fake 宋体 collection']);
    expect(await (await handler(new Request('app://planner/system-fonts/songBold'))).text()).toBe('fake 小标宋');
    const head = await handler(new Request('app://planner/system-fonts/fang', { method: 'HEAD' }));
    expect([head.status, await head.text()]).toEqual([200, '']);
  });

  it('answers 404 for a face whose font this machine lacks', async () => {
    const { handler } = rendererBuild();
    const kai = await handler(new Request('app://planner/system-fonts/kai'));
    expect(kai.status).toBe(404);
    expect(kai.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it.each([
    'app://planner/system-fonts',
    'app://planner/system-fonts/',
    'app://planner/system-fonts/arial',
    'app://planner/system-fonts/arial.ttf',
    'app://planner/system-fonts/simfang.ttf',
    'app://planner/system-fonts/secret.txt',
    'app://planner/system-fonts/FANG',
    'app://planner/system-fonts/fang/',
    'app://planner/system-fonts/fang.ttf',
    'app://planner/system-fonts/%66ang',
    'app://planner/system-fonts/fang%00',
    'app://planner/system-fonts/constructor',
    'app://planner/system-fonts/..%2fsecret.txt',
    'app://planner/system-fonts/..%2f..%2fsecret.txt',
    'app://planner/system-fonts/%2e%2e%2fsecret.txt',
    'app://planner/system-fonts/..%5csecret.txt',
    'app://planner/system-fonts/..\\secret.txt',
  ])('serves nothing but a face name under /system-fonts/: %s → 404', async (url) => {
    const { handler } = rendererBuild();
    const response = await handler(new Request(url));
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('未找到');
  });

  it.each(['app://planner/system-fonts/../secret.txt', 'app://planner/system-fonts/../../secret.txt', 'app://planner/system-fonts/%2e%2e/secret.txt'])(
    'a dotted path leaves the font route and reads no file outside the app: %s',
    async (url) => {
      const { handler } = rendererBuild();
      // The URL parser folds `..` first: what is left is an ordinary, missing app file.
      const response = await handler(new Request(url));
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain(SECRET);
    },
  );

  it('reads the fonts from %WINDIR%\\Fonts by default', () => {
    expect(defaultSystemFontsDir({ WINDIR: 'D:\\Windows' })).toBe(path.join('D:\\Windows', 'Fonts'));
    expect(defaultSystemFontsDir({})).toBe(path.join('C:\\Windows', 'Fonts'));
  });

  it('registers app:// as a standard, secure scheme with fetch, CORS and a V8 code cache', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
    });
  });
});
