/**
 * Proves the layer checks bite. Copies the project to a temporary folder, then writes one
 * probe file at a time into a layer — Node in a feature, the DOM in electron/main, in the
 * domain and in electron/shared, a feature importing another feature — and expects the
 * layer's TypeScript project (one of those `npm run typecheck` builds) and ESLint to reject
 * that file with the intended error. First the untouched copy, with harmless probes in the
 * same places, must pass `npm run typecheck` and ESLint: a check that fails on everything
 * proves nothing.
 *
 * `npm run test:layers` (`-- --keep` leaves the copy for a look).
 */
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, join } from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { PROJECT_ROOT, UserFacingError, exitWithError, isEntryPoint } from './process-helpers';

/** One violation: where it goes, the code, and how each check must reject it. */
type Probe = {
  name: string;
  file: string;
  bad: string;
  /** Valid in that layer: must pass, or the check fails on everything. */
  good: string;
  /**
   * The TypeScript project (`tsconfig.<name>.json`) that must reject the bad code, with one of
   * these errors; null where TypeScript cannot see the violation.
   */
  types: { project: string; errors: string[] } | null;
  lintRule: string;
};

/** The probes, for a tree whose features (folders of renderer/src/features) are given. */
function layerProbes(features: readonly string[]): Probe[] {
  const [own, other] = features;
  if (own === undefined || other === undefined) {
    throw new UserFacingError('renderer/src/features needs two features to check that they stay apart');
  }
  const inFeature = `renderer/src/features/${own}/layer-probe.ts`;
  const inDomain = 'renderer/src/domain/layer-probe.ts';
  // A feature may import the domain: the same statement as the cross-feature probe, allowed.
  const good = "export * as probe from '../../domain';\n";
  const pure = "export const probe = 'layer probe'.length;\n";
  // "Cannot find name", with or without "change the lib option".
  const missingName = ['TS2304', 'TS2584'];
  return [
    {
      name: 'Node in a feature',
      file: inFeature,
      bad: "import { readFileSync } from 'node:fs';\n\nexport const probe = readFileSync('package.json', 'utf8');\n",
      good,
      types: { project: 'renderer', errors: ['TS2307', 'TS2591'] },
      lintRule: 'no-restricted-imports',
    },
    {
      name: 'DOM in electron/main',
      file: 'electron/main/layer-probe.ts',
      bad: 'export const probe = document.title;\n',
      good: "import { join } from 'node:path';\n\nexport const probe = join('layer', 'probe');\n",
      types: { project: 'node', errors: missingName },
      lintRule: 'no-restricted-globals',
    },
    {
      name: 'DOM in the domain (document)',
      file: inDomain,
      bad: 'export const probe = document.title;\n',
      good: pure,
      types: { project: 'domain', errors: missingName },
      lintRule: 'no-restricted-globals',
    },
    {
      name: 'DOM in the domain (window.location)',
      file: inDomain,
      bad: 'export const probe = window.location.href;\n',
      good: pure,
      types: { project: 'domain', errors: missingName },
      lintRule: 'no-restricted-globals',
    },
    {
      name: 'DOM in electron/shared',
      file: 'electron/shared/layer-probe.ts',
      bad: 'export const probe = document.title;\n',
      good: pure,
      types: { project: 'shared', errors: missingName },
      lintRule: 'no-restricted-globals',
    },
    {
      name: `Feature ${own} imports feature ${other}`,
      file: `renderer/src/features/${own}/layer-probe-import.ts`,
      bad: `export * as probe from '../${other}';\n`,
      good,
      types: null,
      lintRule: 'layers/no-cross-feature-import',
    },
  ];
}

/** What the copy needs for the typecheck and lint: sources, tests and the root configs. */
function copyProject(into: string): void {
  for (const dir of ['electron', 'renderer', 'scripts', 'tests']) {
    cpSync(join(PROJECT_ROOT, dir), join(into, dir), { recursive: true });
  }
  for (const entry of readdirSync(PROJECT_ROOT)) {
    if (/^(tsconfig.*\.json|eslint\.config\.mjs|package\.json|[^/]+\.m?ts)$/.test(entry)) {
      cpSync(join(PROJECT_ROOT, entry), join(into, entry));
    }
  }
  // Packages are linked one by one, so the copy's build output (node_modules/.cache) is its own.
  const modules = join(PROJECT_ROOT, 'node_modules');
  mkdirSync(join(into, 'node_modules'));
  for (const entry of readdirSync(modules)) {
    if (entry !== '.cache') symlinkSync(join(modules, entry), join(into, 'node_modules', entry));
  }
}

/**
 * The command `npm run typecheck` runs, which must build the root solution (`tsc -b`) so that
 * checking one of its projects alone, as the probes do, is a check that command makes.
 */
function typecheckCommand(root: string): string {
  const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  const command = scripts?.['typecheck'];
  if (command === undefined || !/^tsc (-b|--build)( tsconfig\.json)?$/.test(command.trim())) {
    throw new UserFacingError(`npm run typecheck is "${command ?? ''}", not tsc -b: update check-layers`);
  }
  return command;
}

/** The projects the root tsconfig.json references, as `tsconfig.<name>.json`. */
function solutionProjects(root: string): string[] {
  const { config, error } = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile);
  if (error !== undefined) throw new UserFacingError('tsconfig.json cannot be read');
  const references = (config as { references?: { path: string }[] }).references ?? [];
  return references.map((reference) => basename(reference.path));
}

type Outcome = { passed: boolean; detail: string };

/**
 * Runs `npm run typecheck`'s command in the copy (incremental: after the first run only what
 * changed is checked again). `file`: name only that file's errors.
 */
function typecheck(root: string, command: string, file: string | null): Promise<Outcome> {
  const path = `${join(root, 'node_modules', '.bin')}${delimiter}${process.env['PATH'] ?? ''}`;
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, { cwd: root, shell: true, env: { ...process.env, PATH: path } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const errors = output.split('\n').filter((line) => / error TS\d+/.test(line));
      const here = file === null ? errors : errors.filter((line) => line.startsWith(`${file}(`));
      const codes = [...new Set(here.map((line) => / error (TS\d+)/.exec(line)?.[1]))].join(', ');
      resolvePromise({
        passed: code === 0,
        detail:
          code === 0
            ? 'passes'
            : here.length > 0
              ? `fails: ${codes}`
              : (errors[0] ?? output.trim().split('\n')[0] ?? ''),
      });
    });
  });
}

/** ESLint with the project's config on one file (`npm run lint` checks each file alone too). */
async function lint(eslint: ESLint, root: string, file: string): Promise<Outcome> {
  if (await eslint.isPathIgnored(join(root, file))) return { passed: true, detail: 'ignores the file' };
  const [result] = await eslint.lintFiles([join(root, file)]);
  const rules = [...new Set(result?.messages.map((message) => message.ruleId ?? message.message))];
  return { passed: rules.length === 0, detail: rules.length === 0 ? 'passes' : `fails: ${rules.join(', ')}` };
}

/** Writes the probe's violation, runs the checks on it, and removes it. */
async function runProbe(eslint: ESLint, root: string, probe: Probe) {
  const path = join(root, probe.file);
  writeFileSync(path, probe.bad);
  try {
    // TypeScript in a child process while ESLint runs here: both cores at work. Only the
    // layer's project is checked (its references are built already): that keeps it fast.
    const project = probe.types && `tsc -p tsconfig.${probe.types.project}.json`;
    const types = project === null ? null : typecheck(root, project, probe.file);
    const lintOutcome = await lint(eslint, root, probe.file);
    return { types: await types, lint: lintOutcome };
  } finally {
    rmSync(path);
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const keep = process.argv.includes('--keep');
  const features = readdirSync(join(PROJECT_ROOT, 'renderer/src/features'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const probes = layerProbes(features);
  for (const probe of probes) {
    if (existsSync(join(PROJECT_ROOT, probe.file))) throw new UserFacingError(`${probe.file} exists already`);
  }
  const root = mkdtempSync(join(tmpdir(), 'roadmap-layers-'));
  let failures = 0;
  let lastLine = Date.now();
  const report = (ok: boolean, line: string) => {
    if (!ok) failures++;
    const seconds = ((Date.now() - lastLine) / 1000).toFixed(1);
    lastLine = Date.now();
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${line} [${seconds} s]`);
  };
  try {
    copyProject(root);
    const eslint = new ESLint({ cwd: root });
    const command = typecheckCommand(root);

    // The untouched copy, with every probe's harmless twin in place.
    const twins = [...new Map(probes.map((probe) => [probe.file, probe])).values()];
    for (const probe of twins) writeFileSync(join(root, probe.file), probe.good);
    const baseTypes = await typecheck(root, command, null);
    report(baseTypes.passed, `untouched copy: typecheck ${baseTypes.detail} (${command})`);
    const solution = solutionProjects(root);
    const probed = [...new Set(probes.flatMap((probe) => (probe.types ? [probe.types.project] : [])))];
    const missing = probed.filter((name) => !solution.includes(`tsconfig.${name}.json`));
    report(
      missing.length === 0,
      missing.length === 0
        ? `npm run typecheck builds every probed project (${probed.join(', ')})`
        : `tsconfig.json does not reference ${missing.map((name) => `tsconfig.${name}.json`).join(', ')}`,
    );
    for (const probe of twins) {
      const outcome = await lint(eslint, root, probe.file);
      report(outcome.passed, `untouched copy: lint ${outcome.detail} (${probe.file})`);
      rmSync(join(root, probe.file));
    }

    for (const probe of probes) {
      const { types, lint: lintOutcome } = await runProbe(eslint, root, probe);
      const expected = probe.types?.errors ?? null;
      const typesOk =
        expected === null ||
        (types !== null && !types.passed && expected.some((code) => types.detail.includes(code)));
      const lintOk = !lintOutcome.passed && lintOutcome.detail.includes(probe.lintRule);
      const typesText =
        types === null ? 'typecheck cannot see it' : `tsconfig.${probe.types?.project}.json ${types.detail}`;
      report(typesOk && lintOk, `${probe.name}: ${typesText}; lint ${lintOutcome.detail} (${probe.file})`);
    }
  } finally {
    if (keep) console.log(`copy kept at ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (failures > 0)
    throw new UserFacingError(`${failures} layer check(s) did not behave as expected (${seconds} s)`);
  console.log(`layer checks hold (${probes.length} violations caught, ${seconds} s)`);
}

if (isEntryPoint(import.meta.filename)) {
  main().catch((error: unknown) => exitWithError('check-layers', error));
}
