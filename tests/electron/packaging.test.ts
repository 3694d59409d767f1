import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporaryDirs } from './temp-dir.ts';

// Validates electron-builder.yml offline (testing.md): electron-builder cannot download Electron here, so it
// packages a stub "Electron" for `--linux dir` and must get as far as app.asar. Installers for Windows
// (NSIS) and macOS (dmg) are built on a machine with network (commands in electron-builder.yml).

const ROOT = path.resolve(import.meta.dirname, '../..');
const tempDir = temporaryDirs();
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSE_NAMES = ['RunAsNode', 'CookieEncryption', 'NodeOptions', 'NodeCliInspect', 'AsarIntegrity', 'OnlyLoadAppFromAsar', 'V8Snapshot', 'FileProtocolPrivileges'];

/** A stand-in for the Electron binary carrying a fuse wire (version 1, 8 fuses, all enabled), as the real one does. */
function stubElectronDist(dir: string): void {
  const wire = Buffer.concat([Buffer.from(FUSE_SENTINEL), Buffer.from([1, FUSE_NAMES.length]), Buffer.from('1'.repeat(FUSE_NAMES.length))]);
  writeFileSync(path.join(dir, 'electron'), Buffer.concat([Buffer.from('#!/bin/sh\necho "stub electron"\n'), wire]));
  chmodSync(path.join(dir, 'electron'), 0o755);
  writeFileSync(path.join(dir, 'LICENSE'), 'stub');
}

/**
 * A copy of the project as electron-builder sees it: package.json, the config, build/ and a fresh dist/.
 * The main/preload bundles are rebuilt (under a second) so the test checks the current code; the renderer
 * build is reused when present, else a one-line index.html stands in. The repository's dist/ is not touched.
 */
function stageProject(stage: string): void {
  for (const file of ['package.json', 'electron-builder.yml']) copyFileSync(path.join(ROOT, file), path.join(stage, file));
  cpSync(path.join(ROOT, 'build'), path.join(stage, 'build'), { recursive: true });
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/build-electron.mjs'), '--outdir', path.join(stage, 'dist/electron')], {
    stdio: 'pipe',
  });
  const renderer = path.join(ROOT, 'dist/renderer');
  if (existsSync(path.join(renderer, 'index.html'))) cpSync(renderer, path.join(stage, 'dist/renderer'), { recursive: true });
  else {
    mkdirSync(path.join(stage, 'dist/renderer'), { recursive: true });
    writeFileSync(path.join(stage, 'dist/renderer/index.html'), '<!doctype html><title>临床专科建设规划</title>');
  }
}

/** File paths inside an asar archive: a pickled JSON header follows two uint32 sizes. */
function asarFiles(file: string): string[] {
  const buf = readFileSync(file);
  const header = JSON.parse(buf.subarray(16, 16 + buf.readUInt32LE(12)).toString('utf8')) as AsarDir;
  const walk = (dir: AsarDir, prefix: string): string[] =>
    Object.entries(dir.files).flatMap(([name, entry]) => ('files' in entry ? walk(entry, `${prefix}${name}/`) : [`${prefix}${name}`]));
  return walk(header, '');
}
type AsarDir = { files: Record<string, AsarDir | { size: number }> };

function fuses(binary: string): Record<string, string> {
  const buf = readFileSync(binary);
  const at = buf.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length + 2;
  return Object.fromEntries(FUSE_NAMES.map((name, i) => [name, String.fromCharCode(buf[at + i] ?? 0)]));
}

describe('electron-builder.yml', () => {
  it('pins electronVersion to the installed electron package', () => {
    const installed = (JSON.parse(readFileSync(path.join(ROOT, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
    const config = readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8');
    expect(/^electronVersion:\s*(\S+)\s*$/m.exec(config)?.[1]).toBe(installed);
  });

  it('packages dist/ and package.json into app.asar, with the fuses flipped', () => {
    const stage = tempDir('planner-stage-');
    const electronDist = tempDir('planner-stub-electron-');
    const output = tempDir('planner-release-');
    stageProject(stage);
    stubElectronDist(electronDist);
    const result = spawnSync(
      process.execPath,
      [
        path.join(ROOT, 'node_modules/electron-builder/cli.js'),
        '--projectDir', stage,
        '--linux', 'dir',
        `-c.electronDist=${electronDist}`,
        `-c.directories.output=${output}`,
      ],
      { encoding: 'utf8', timeout: 90_000, env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' } },
    );
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);

    const unpacked = path.join(output, 'linux-unpacked');
    const files = asarFiles(path.join(unpacked, 'resources', 'app.asar'));
    expect(files).toEqual(
      expect.arrayContaining(['package.json', 'dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/electron/icon.png', 'dist/renderer/index.html']),
    );
    // Everything is bundled: no node_modules, no sources, no source maps, no tests.
    expect(files.filter((f) => /^(node_modules|electron|shared|renderer\/src|tests|scripts)\//.test(f) || f.endsWith('.map'))).toEqual([]);
    const packaged = JSON.parse(readFileSync(path.join(stage, 'package.json'), 'utf8')) as { main: string };
    expect(files).toContain(packaged.main);

    const binary = path.join(unpacked, 'specialty-planner');
    expect(existsSync(binary)).toBe(true);
    expect(fuses(binary)).toEqual({
      RunAsNode: '0',
      CookieEncryption: '1',
      NodeOptions: '0',
      NodeCliInspect: '0',
      AsarIntegrity: '1',
      OnlyLoadAppFromAsar: '1',
      V8Snapshot: '1',
      FileProtocolPrivileges: '0',
    });
  }, 120_000);
});
