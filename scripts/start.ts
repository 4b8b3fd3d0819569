/**
 * `npm start` / `npm run dev`: the desktop app through electron-vite where Electron's binary
 * exists, otherwise the same renderer served to the browser, so the command always works.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { exitWithError, PROJECT_ROOT, UserFacingError } from './process-helpers';
import { findElectronBinary } from './electron-binary';
import { serveWeb, serveWebDev } from './web';

const ELECTRON_VITE_CLI = join(PROJECT_ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');

/** Runs `electron-vite preview` (build, then launch) or `electron-vite dev`; resolves to its exit code. */
function runElectronVite(dev: boolean, binary: string, extraArgs: string[]): Promise<number> {
  const command = dev ? [] : ['preview'];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ELECTRON_VITE_CLI, ...command, ...extraArgs], {
      cwd: PROJECT_ROOT,
      stdio: 'inherit',
      // electron-vite looks the binary up the same way; naming it keeps both in agreement.
      env: { ...process.env, ELECTRON_EXEC_PATH: binary },
    });
    child.once('error', (error) => {
      reject(new UserFacingError(`could not run electron-vite (${error.message})`));
    });
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function main(argv: readonly string[]): Promise<void> {
  const dev = argv.includes('--dev');
  const extraArgs = argv.filter((arg) => arg !== '--dev');
  const binary = findElectronBinary(PROJECT_ROOT);
  if ('path' in binary) {
    process.exitCode = await runElectronVite(dev, binary.path, extraArgs);
    return;
  }
  console.log(
    `Electron's binary is not installed here (${binary.missing}); ` +
      'serving the same app in your browser instead.',
  );
  await (dev ? serveWebDev() : serveWeb());
}

main(process.argv.slice(2)).catch((error: unknown) =>
  exitWithError('Could not start Roadmap Planner', error),
);
