import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findElectronBinary } from './electron-binary';

let root: string;

function write(relativePath: string, content = ''): string {
  const path = join(root, relativePath);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return path;
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'electron-binary-'));
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('findElectronBinary', () => {
  it('finds the binary path.txt names under dist/', () => {
    write('node_modules/electron/package.json', '{}');
    write('node_modules/electron/path.txt', 'electron');
    const binary = write('node_modules/electron/dist/electron');
    expect(findElectronBinary(root, {})).toEqual({ path: binary });
  });

  it('accepts the macOS layout and a trailing newline in path.txt', () => {
    write('node_modules/electron/package.json', '{}');
    write('node_modules/electron/path.txt', 'Electron.app/Contents/MacOS/Electron\n');
    const binary = write('node_modules/electron/dist/Electron.app/Contents/MacOS/Electron');
    expect(findElectronBinary(root, {})).toEqual({ path: binary });
  });

  it('prefers ELECTRON_EXEC_PATH when it names a file', () => {
    const custom = write('custom/electron');
    expect(findElectronBinary(root, { ELECTRON_EXEC_PATH: custom })).toEqual({ path: custom });
  });

  it('falls back to path.txt when ELECTRON_EXEC_PATH names nothing', () => {
    write('node_modules/electron/package.json', '{}');
    write('node_modules/electron/path.txt', 'electron');
    const binary = write('node_modules/electron/dist/electron');
    const env = { ELECTRON_EXEC_PATH: join(root, 'nope') };
    expect(findElectronBinary(root, env)).toEqual({ path: binary });
  });

  it('says when the electron package is not installed', () => {
    expect(findElectronBinary(root, {})).toEqual({
      missing: 'the electron package is not installed',
    });
  });

  it('says when the binary was never downloaded (no path.txt), as on our build machines', () => {
    write('node_modules/electron/package.json', '{}');
    expect(findElectronBinary(root, {})).toEqual({
      missing: 'node_modules/electron/path.txt does not exist',
    });
  });

  it('says when path.txt is empty', () => {
    write('node_modules/electron/package.json', '{}');
    write('node_modules/electron/path.txt', '  \n');
    expect(findElectronBinary(root, {})).toEqual({
      missing: 'node_modules/electron/path.txt is empty',
    });
  });

  it('says when the file path.txt names is gone', () => {
    write('node_modules/electron/package.json', '{}');
    write('node_modules/electron/path.txt', 'electron');
    expect(findElectronBinary(root, {})).toEqual({
      missing: 'node_modules/electron/dist/electron does not exist',
    });
  });

  it('mentions a wrong ELECTRON_EXEC_PATH in the reason', () => {
    mkdirSync(join(root, 'a-directory'));
    const result = findElectronBinary(root, { ELECTRON_EXEC_PATH: join(root, 'a-directory') });
    expect(result).toEqual({
      missing: `the electron package is not installed; ELECTRON_EXEC_PATH=${join(root, 'a-directory')} is not a file`,
    });
  });
});
