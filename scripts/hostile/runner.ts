import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { options } from '../../renderer/src/domain/backup-fixtures';
import { parseBackup } from '../../renderer/src/domain/backup-parse';
import { runPlanner } from '../cli/run-planner';

/**
 * The hostile corpus's worker, a child process of run-corpus.ts: reads one task a line on
 * stdin, runs it in this process (the command line's `runPlanner`, or the domain's
 * `parseBackup` for a backup) and writes `START <id>` before and `RESULT <json>` after it on
 * stdout. One process answers many tasks, so Node and the domain load once; the parent kills
 * it when a task overruns its time, and starts another for the rest. Past the memory bound
 * it exits after its answer, so no later task runs in a heap a bad one grew.
 */

/** One command line (`cli`) or one backup file to parse (`backup`). */
export type Task = { id: number; cli?: string[]; backup?: string };

/** What a task answered: the exit code and output as the command line would give them. */
export type TaskResult = {
  id: number;
  code: number;
  /** The first 4 KB of stdout, and its full length. */
  out: string;
  outLength: number;
  /** The first 64 KB of stderr, and its full length. */
  err: string;
  errLength: number;
  /** Wall-clock time, and the process's CPU time (user and system) during the task. */
  ms: number;
  cpuMs: number;
  /** The process's peak resident memory after the task, in MB (monotone: a high-water mark). */
  maxRssMb: number;
  /** The stack of an exception that escaped: what the command line would print and die of. */
  threw?: string;
};

/** The memory bound, in MB: the process exits after a task that took it past this. */
const MEMORY_MB = Number(process.env['HOSTILE_MEMORY_MB'] ?? '1536');

function runTask(task: Task): Omit<TaskResult, 'id' | 'ms' | 'cpuMs' | 'maxRssMb'> {
  let out = '';
  let err = '';
  let code: number;
  let threw: string | undefined;
  try {
    if (task.backup !== undefined) {
      const bytes = readFileSync(task.backup);
      // As `File.text()` reads it: UTF-8, bad bytes replaced.
      const text = new TextDecoder().decode(bytes);
      const result = parseBackup(text, options({ byteLength: bytes.length }));
      code = result.ok ? 0 : 1;
      if (!result.ok) err = `${result.message}\n`;
    } else {
      code = runPlanner(task.cli ?? [], { out: (t) => (out += t), err: (t) => (err += t) });
    }
  } catch (error) {
    // The CLI's entry point catches nothing: Node would print this stack and exit 1.
    threw = error instanceof Error ? (error.stack ?? error.message) : String(error);
    code = 1;
  }
  return {
    code,
    out: out.slice(0, 4096),
    outLength: out.length,
    err: err.slice(0, 65_536),
    errLength: err.length,
    ...(threw === undefined ? {} : { threw: threw.slice(0, 4096) }),
  };
}

const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  if (line.trim() === '') return;
  const task = JSON.parse(line) as Task;
  process.stdout.write(`START ${task.id}\n`);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const answer = runTask(task);
  const ms = Math.round(performance.now() - started);
  const used = process.cpuUsage(cpu);
  const cpuMs = Math.round((used.user + used.system) / 1000);
  const maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  const result: TaskResult = { id: task.id, ...answer, ms, cpuMs, maxRssMb };
  process.stdout.write(`RESULT ${JSON.stringify(result)}\n`, () => {
    if (maxRssMb > MEMORY_MB) process.exit(0);
  });
});
