import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Where the Electron executable is, or a short human reason why there is none. */
export type ElectronBinary = { path: string } | { missing: string };

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Finds the Electron executable for the project at `root` without running or downloading
 * anything (the `electron` package's own lookup downloads on a miss, which fails offline):
 * `ELECTRON_EXEC_PATH` if it names a file, else the file `node_modules/electron/path.txt`
 * names under `node_modules/electron/dist/` — the same lookup electron-vite does.
 */
export function findElectronBinary(
  root: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): ElectronBinary {
  const override = env['ELECTRON_EXEC_PATH'];
  if (override && isFile(override)) return { path: override };
  const overrideNote = override ? `; ELECTRON_EXEC_PATH=${override} is not a file` : '';

  const packageDir = join(root, 'node_modules', 'electron');
  if (!isFile(join(packageDir, 'package.json'))) {
    return { missing: `the electron package is not installed${overrideNote}` };
  }
  let executable: string;
  try {
    executable = readFileSync(join(packageDir, 'path.txt'), 'utf8').trim();
  } catch {
    return { missing: `node_modules/electron/path.txt does not exist${overrideNote}` };
  }
  if (executable === '') {
    return { missing: `node_modules/electron/path.txt is empty${overrideNote}` };
  }
  const binary = join(packageDir, 'dist', executable);
  if (!isFile(binary)) {
    return { missing: `node_modules/electron/dist/${executable} does not exist${overrideNote}` };
  }
  return { path: binary };
}
