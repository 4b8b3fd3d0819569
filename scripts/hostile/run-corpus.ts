import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  linkSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { PROJECT_ROOT } from '../process-helpers';
import type { HostileCase } from './corpus';
import type { Task, TaskResult } from './runner';

/** What became of one case: the worker's answer, or how the worker died on it. */
export type CaseOutcome = Omit<TaskResult, 'id'> & {
  /** Killed without an answer: past its CPU time budget, or at `killAfterMs`. */
  timedOut?: true;
  /** The worker died during the case (e.g. V8's out-of-memory abort): how, and its stderr's end. */
  died?: string;
  /** Files of `unchanged` that the run changed. */
  changed?: string[];
};

export type CorpusLimits = {
  /**
   * The CPU time a case may take. Other tests and processes share the machine's two cores, so
   * a case's wall-clock time depends on them; its CPU time does not, and is what is judged.
   */
  budgetMs: number;
  /** The wall-clock time after which a case's worker is killed whatever its CPU time (a wait, not work). */
  killAfterMs: number;
  memoryMb: number;
  workers: number;
};

/** Issue 12's bounds (10 s, 1.5 GB), two workers for a two-core machine. */
export const LIMITS: CorpusLimits = { budgetMs: 10_000, killAfterMs: 60_000, memoryMb: 1536, workers: 2 };

/** Clock ticks per second of /proc/<pid>/stat's times (USER_HZ; 100 on Linux). */
const TICKS_PER_SECOND =
  Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout?.trim()) || 100;

/**
 * The CPU time (user and system) a process has used, in ms, from /proc; null where there is
 * no /proc (then only the wall-clock limit applies).
 */
function cpuMsOf(pid: number | undefined): number | null {
  try {
    // The command name (field 2) may hold spaces: count the fields after its closing parenthesis.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the whole line: 12 and 13 here.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

const RUNNER = path.join(import.meta.dirname, 'runner.ts');

/** Writes each case's folder under `root` (the big files are made here) and its task. */
function prepare(cases: readonly HostileCase[], root: string): { tasks: Task[]; dirs: string[] } {
  const tasks: Task[] = [];
  const dirs: string[] = [];
  for (const [id, c] of cases.entries()) {
    const dir = caseDir(root, id);
    mkdirSync(dir);
    for (const [name, spec] of Object.entries(c.files)) {
      const target = path.join(dir, name);
      if (spec.kind === 'file') writeFileSync(target, spec.content());
      else if (spec.kind === 'folder') mkdirSync(target);
      else if (spec.kind === 'symlink') symlinkSync(spec.to, target);
      else if (spec.kind === 'hardlink') linkSync(path.join(dir, spec.to), target);
      else {
        const made =
          spec.kind === 'fifo'
            ? spawnSync('mkfifo', [target])
            : spawnSync('mknod', [target, 'c', '1', '3'], { encoding: 'utf8' });
        if (made.status !== 0) throw new Error(`hostile corpus: cannot make a ${spec.kind} at ${target}`);
      }
    }
    dirs.push(dir);
    tasks.push(
      'cli' in c.run
        ? { id, cli: commandLine(c.run.cli, dir) }
        : { id, backup: path.join(dir, c.run.backup) },
    );
  }
  return { tasks, dirs };
}

/** A case's command line for its folder. */
export const commandLine = (cli: readonly string[], dir: string): string[] =>
  cli.map((arg) => arg.replaceAll('{dir}', dir));

/** The folder `runCorpus` writes the case at `index` into. */
export const caseDir = (root: string, index: number): string => path.join(root, String(index));

/** What a path is, to compare before and after: its kind, and its content or link target. */
function fingerprint(file: string): string {
  try {
    const stats = lstatSync(file);
    if (stats.isSymbolicLink()) return `symlink → ${readlinkSync(file)}`;
    // Only a regular file is read: a FIFO would wait for a writer.
    if (stats.isFile()) return `file ${createHash('sha256').update(readFileSync(file)).digest('hex')}`;
    return `${stats.isDirectory() ? 'folder' : 'special'} ${stats.mode} ${stats.rdev}`;
  } catch {
    return 'missing';
  }
}

/**
 * Runs every case in worker processes (`limits.workers` at a time, each with a V8 heap of
 * `limits.memoryMb`), killing a worker whose case has no answer within `limits.budgetMs` and
 * starting a fresh one for the cases left. Writes the cases' folders under `root`.
 */
export async function runCorpus(
  cases: readonly HostileCase[],
  root: string,
  limits: CorpusLimits = LIMITS,
): Promise<Map<string, CaseOutcome>> {
  const { tasks, dirs } = prepare(cases, root);
  const before = cases.map((c, id) => (c.unchanged ?? []).map((f) => fingerprint(path.join(dirs[id]!, f))));
  const outcomes = new Map<number, CaseOutcome>();
  const queue = [...tasks];

  const worker = (): Promise<void> =>
    runWorker(queue, outcomes, limits).then(() => (queue.length > 0 ? worker() : undefined));

  await Promise.all(Array.from({ length: limits.workers }, worker));
  const byName = new Map<string, CaseOutcome>();
  for (const [id, c] of cases.entries()) {
    const outcome = outcomes.get(id) ?? { ...empty(0), died: 'never ran' };
    const changed = (c.unchanged ?? []).filter(
      (f, i) => fingerprint(path.join(dirs[id]!, f)) !== before[id]![i],
    );
    byName.set(c.name, changed.length > 0 ? { ...outcome, changed } : outcome);
  }
  return byName;
}

/**
 * One worker process: takes tasks from `queue` one at a time until it is empty, or until the
 * worker dies, is killed at the time budget, or passes the memory bound (then it resolves and
 * the caller starts a fresh worker for what is left).
 */
function runWorker(queue: Task[], outcomes: Map<number, CaseOutcome>, limits: CorpusLimits): Promise<void> {
  return new Promise((done) => {
    const first = queue.shift();
    if (first === undefined) return done();
    const child = spawn(
      process.execPath,
      [`--max-old-space-size=${limits.memoryMb}`, '--import', 'tsx', RUNNER],
      {
        cwd: PROJECT_ROOT,
        env: { ...process.env, NODE_OPTIONS: '', HOSTILE_MEMORY_MB: String(limits.memoryMb) },
      },
    );
    let current: { task: Task; timer?: NodeJS.Timeout; started?: number } = { task: first };
    let stderr = '';
    const send = (task: Task) => {
      current = { task };
      child.stdin.write(`${JSON.stringify(task)}\n`);
    };
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4096)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.startsWith('START ')) {
        const started = performance.now();
        const cpuAtStart = cpuMsOf(child.pid);
        current.started = started;
        // Killed once the case has used more CPU time than its budget (it has failed), or waited too long.
        current.timer = setInterval(() => {
          const ms = performance.now() - started;
          const cpu = cpuAtStart === null ? null : (cpuMsOf(child.pid) ?? cpuAtStart) - cpuAtStart;
          if (ms < limits.killAfterMs && (cpu === null || cpu <= limits.budgetMs)) return;
          outcomes.set(current.task.id, {
            ...empty(Math.round(ms)),
            cpuMs: Math.round(cpu ?? 0),
            timedOut: true,
          });
          child.kill('SIGKILL');
        }, 250);
      } else if (line.startsWith('RESULT ')) {
        clearInterval(current.timer);
        const { id, ...result } = JSON.parse(line.slice('RESULT '.length)) as TaskResult;
        outcomes.set(id, result);
        // Past the memory bound the worker exits after its answer: the rest go to a fresh one.
        if (result.maxRssMb > limits.memoryMb) return;
        const following = queue.shift();
        if (following === undefined) child.stdin.end();
        else send(following);
      }
    });
    child.on('exit', (code, signal) => {
      clearInterval(current.timer);
      if (!outcomes.has(current.task.id)) {
        const elapsed = current.started === undefined ? 0 : performance.now() - current.started;
        const tail = stderr.trim().split('\n').slice(-3).join(' | ');
        outcomes.set(current.task.id, {
          ...empty(Math.round(elapsed)),
          died: `exit ${code ?? '-'}, signal ${signal ?? '-'}: ${tail}`,
        });
      }
      done();
    });
    send(first);
  });
}

function empty(ms: number): CaseOutcome {
  return { code: -1, out: '', outLength: 0, err: '', errLength: 0, ms, cpuMs: 0, maxRssMb: 0 };
}
