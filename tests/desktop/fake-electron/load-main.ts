import { readFileSync } from 'node:fs';
import Module from 'node:module';
import { dirname } from 'node:path';

type Load = (this: unknown, request: unknown, parent: unknown, isMain: unknown) => unknown;

function internal<T>(target: object, name: string): T {
  const value: unknown = Reflect.get(target, name);
  if (typeof value !== 'function')
    throw new Error(`Node's Module.${name} is gone: the desktop harness needs it`);
  return value as T;
}

/**
 * Runs the built main process (`out/main/index.js`) in this Node process, where its
 * `require('electron')` gets `electron` instead of the electron package (which, outside
 * Electron, is only the path to a binary). Compiled directly, not through `require`, so no
 * test-runner transform or module cache stands between the test and the shipped file.
 * Returns the way to remove the hook once the app has quit.
 */
export function loadMain(mainPath: string, electron: object): () => void {
  const originalLoad = internal<Load>(Module, '_load');
  const hooked: Load = function (request, parent, isMain) {
    const fromMain =
      typeof parent === 'object' && parent !== null && Reflect.get(parent, 'filename') === mainPath;
    if (request === 'electron' && fromMain) return electron;
    return originalLoad.call(this, request, parent, isMain);
  };
  Reflect.set(Module, '_load', hooked);
  const unhook = () => {
    if (Reflect.get(Module, '_load') === hooked) Reflect.set(Module, '_load', originalLoad);
  };
  try {
    const main = new Module(mainPath);
    main.filename = mainPath;
    main.paths = internal<(dir: string) => string[]>(Module, '_nodeModulePaths')(dirname(mainPath));
    Reflect.apply(internal<(source: string, filename: string) => unknown>(main, '_compile'), main, [
      readFileSync(mainPath, 'utf8'),
      mainPath,
    ]);
    main.loaded = true;
  } catch (error) {
    unhook();
    throw error;
  }
  return unhook;
}
