import path from 'node:path';
import { formatProblem, summariseRoadmap, toRoadmapJson } from '../../renderer/src/domain';
import { BUILTIN_ROADMAP, loadRoadmap } from './load-roadmap';
import { exportIcsFromFile } from './export-ics-command';
import { scheduleFromFile } from './schedule-command';
import type { LoadResult } from './load-roadmap';

export type Io = { out: (text: string) => void; err: (text: string) => void };

const USAGE = `Usage: npm run -s planner -- <command>

Commands:
  roadmap --json [--file <roadmap.md>] [--sidecar <file>]
      Print the built-in roadmap (or a file's) as JSON.
  validate <roadmap.md> [--sidecar <file>]
      Check a roadmap; prints a summary, or one <file>:<line>: <message> line per problem.
  schedule --plan <plan.json> [--today YYYY-MM-DD] --json
      Schedule a plan: its sessions, phase milestones and warnings as JSON.
  export-ics --plan <plan.json> [--today YYYY-MM-DD] --out <file.ics>
      Write the plan's sessions and milestones as an iCalendar file for any calendar.

The sidecar (prerequisites, estimates, links) defaults to sidecar.json beside the Markdown.`;

/** Runs one command line; returns the exit code. */
export function runPlanner(argv: readonly string[], io: Io): number {
  const [command, ...rest] = argv;
  const args = parseArgs(rest);
  if (typeof args === 'string') return fail(io, args);
  // --out belongs to export-ics alone; the other commands refuse it as before it existed.
  if (command !== 'export-ics' && args.options.has('out')) return fail(io, 'unknown option --out');
  switch (command) {
    case 'roadmap': {
      if (!args.flags.has('json')) return fail(io, 'roadmap: only --json output exists; add --json');
      if (args.positional.length > 0) return fail(io, `roadmap: unexpected argument "${args.positional[0]}"`);
      const file = args.options.get('file') ?? path.relative(process.cwd(), BUILTIN_ROADMAP);
      const result = loadRoadmap(file, args.options.get('sidecar'));
      if (!result.roadmap) return report(io, result);
      io.out(`${JSON.stringify(toRoadmapJson(result.roadmap), null, 2)}\n`);
      return 0;
    }
    case 'validate': {
      const [file, extra] = args.positional;
      if (file === undefined)
        return fail(io, 'validate: which file? validate <roadmap.md> [--sidecar <file>]');
      if (extra !== undefined) return fail(io, `validate: unexpected argument "${extra}"`);
      const result = loadRoadmap(file, args.options.get('sidecar'));
      if (!result.roadmap) return report(io, result);
      io.out(`${summariseRoadmap(result.roadmap)}\n`);
      return 0;
    }
    case 'schedule': {
      const planFile = args.options.get('plan');
      if (!args.flags.has('json')) return fail(io, 'schedule: only --json output exists; add --json');
      if (planFile === undefined) return fail(io, 'schedule: which plan? schedule --plan <plan.json> --json');
      if (args.positional.length > 0)
        return fail(io, `schedule: unexpected argument "${args.positional[0]}"`);
      const outcome = scheduleFromFile(planFile, args.options.get('today'));
      if (!outcome.ok) {
        io.err(`${outcome.message}\n`);
        return 1;
      }
      io.out(`${JSON.stringify(outcome.schedule, null, 2)}\n`);
      return 0;
    }
    case 'export-ics': {
      const planFile = args.options.get('plan');
      const outFile = args.options.get('out');
      const usage = 'export-ics --plan <plan.json> --out <file.ics>';
      const extra = [...args.flags].concat(
        [...args.options.keys()].filter((o) => !EXPORT_ICS_OPTIONS.has(o)),
      );
      if (extra.length > 0) return fail(io, `export-ics: unknown option --${extra[0]}`);
      if (args.positional.length > 0)
        return fail(io, `export-ics: unexpected argument "${args.positional[0]}"`);
      if (planFile === undefined) return fail(io, `export-ics: which plan? ${usage}`);
      if (outFile === undefined) return fail(io, `export-ics: where to? add --out <file.ics> (${usage})`);
      const outcome = exportIcsFromFile(planFile, args.options.get('today'), outFile);
      if (!outcome.ok) {
        io.err(`${outcome.message}\n`);
        return 1;
      }
      io.out(`Wrote ${outcome.events} events to ${outFile}\n`);
      return 0;
    }
    case undefined:
      // No command is a usage error: the usage goes to stderr, as for the others.
      io.err(`${USAGE}\n`);
      return 2;
    case 'help':
    case '--help':
    case '-h':
      io.out(`${USAGE}\n`);
      return 0;
    default:
      return fail(io, `unknown command "${command}"`);
  }
}

function report(io: Io, result: LoadResult): number {
  if ('error' in result) io.err(`${result.error}\n`);
  for (const problem of result.problems) io.err(`${formatProblem(problem)}\n`);
  return 1;
}

function fail(io: Io, message: string): number {
  io.err(`${message}\n\n${USAGE}\n`);
  return 2;
}

type Args = { positional: string[]; flags: Set<string>; options: Map<string, string> };

const OPTIONS_WITH_VALUE = new Set(['file', 'sidecar', 'plan', 'today', 'out']);
const EXPORT_ICS_OPTIONS = new Set(['plan', 'today', 'out']);
const FLAGS = new Set(['json']);

function parseArgs(argv: readonly string[]): Args | string {
  const args: Args = { positional: [], flags: new Set(), options: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      args.positional.push(arg);
      continue;
    }
    const body = arg.slice(2);
    const equals = body.indexOf('=');
    const name = equals < 0 ? body : body.slice(0, equals);
    const inline = equals < 0 ? undefined : body.slice(equals + 1);
    if (FLAGS.has(name)) {
      if (inline !== undefined) return `--${name} takes no value`;
      args.flags.add(name);
    } else if (OPTIONS_WITH_VALUE.has(name)) {
      const value = inline ?? argv[++i];
      // `--file --json` means the file was forgotten, not a file named "--json".
      if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) {
        return `--${name} needs a value`;
      }
      args.options.set(name, value);
    } else return `unknown option --${name}`;
  }
  return args;
}
