import path from 'node:path';
import { formatProblem, summariseRoadmap, toRoadmapJson, inMessage } from '../../renderer/src/domain';
import { BUILTIN_ROADMAP, loadRoadmap } from './load-roadmap';
import { exportIcsFromFile } from './export-ics-command';
import { parseArgs, unknownOption } from './args';
import { oneLine } from './read-input';
import type { Args } from './args';
import { pathFromFiles } from './path-command';
import { scheduleFromFile, scheduleJson } from './schedule-command';
import { syncCalDavFromFile } from './sync-caldav-command';
import type { ScheduleRequest } from './schedule-command';
import type { LoadResult } from './load-roadmap';

export type Io = { out: (text: string) => void; err: (text: string) => void };

const USAGE = `Usage: npm run -s planner -- <command>

Commands:
  roadmap --json [--file <roadmap.md>] [--sidecar <file>]
      Print the built-in roadmap (or a file's) as JSON.
  validate <roadmap.md> [--sidecar <file>]
      Check a roadmap; prints a summary, or one <file>:<line>: <message> line per problem.
  schedule --plan <plan.json> [--now <instant> | --today YYYY-MM-DD]
           [--previous <schedule.json>] [--busy <file.ics>]... --json
      Schedule a plan: its sessions (logged ones included), phase milestones, warnings and
      reserve time as JSON. With the plan's "review", review sessions too ("kind").
  export-ics --plan <plan.json> [--now <instant> | --today YYYY-MM-DD]
             [--previous <schedule.json>] [--busy <file.ics>]... --out <file.ics>
      Write the plan's sessions and milestones as an iCalendar file for any calendar.
  path --to <topicId> [--progress <file>] [--file <roadmap.md>] [--sidecar <file>] --json
      The way to a topic: its open prerequisites in study order, the topic last, and their
      hours. --progress is {"statuses": {topicId: status}} (a plan file works) or a backup.
  sync-caldav --plan <plan.json> --url <calendar URL> --user <name> --password-env <VAR>
              [--now <instant>] [--busy-url <calendar URL>]... --json
      Keep a CalDAV calendar in step with the plan: sessions moved there stay (pinned), other
      events are busy time; prints {created, updated, removed, pinned, busy}. The password is
      read from the environment variable named.

Planning starts at --now (an ISO 8601 time with an offset, e.g. 2026-12-01T19:30:00+01:00),
at the start of --today in the plan's time zone, or else at the current time: no planned
session starts earlier. --previous is an earlier output of schedule --json for the same plan
(the plan in force): its planned sessions keep their times wherever the rules allow. Each
--busy calendar's events are busy time no session overlaps; repeat it for several calendars.
The sidecar (prerequisites, estimates, links) defaults to sidecar.json beside the Markdown.`;

/**
 * Runs one command line; returns the exit code. Whatever goes wrong ends in one line on
 * stderr and exit 1, never a stack trace.
 */
export function runPlanner(argv: readonly string[], io: Io): number {
  try {
    return runCommand(argv, io);
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    io.err(`planner: stopped by an unexpected error (${oneLine(message)})\n`);
    return 1;
  }
}

/**
 * Runs one command line, those that use the network too (`sync-caldav`); resolves to the
 * exit code. Like {@link runPlanner}: one line on stderr and exit 1 for anything unexpected.
 */
export async function runPlannerAsync(
  argv: readonly string[],
  io: Io,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<number> {
  if (argv[0] !== 'sync-caldav') return runPlanner(argv, io);
  try {
    const args = parseArgs(argv.slice(1));
    if ('message' in args) return fail(io, args.message, args.code);
    const unknown = unknownOption(args, 'sync-caldav');
    if (unknown !== undefined) return fail(io, `unknown option --${unknown}`, 1);
    const usage =
      'sync-caldav --plan <plan.json> --url <calendar URL> --user <name> --password-env <VAR> --json';
    if (!args.flags.has('json')) return fail(io, 'sync-caldav: only --json output exists; add --json');
    if (args.positional.length > 0)
      return fail(io, `sync-caldav: unexpected argument "${inMessage(args.positional[0] ?? '')}"`);
    const [planFile, url, user, passwordEnv] = ['plan', 'url', 'user', 'password-env'].map((name) =>
      args.options.get(name),
    );
    if (planFile === undefined || url === undefined || user === undefined || passwordEnv === undefined) {
      const missing = ['plan', 'url', 'user', 'password-env'].filter((name) => !args.options.has(name));
      return fail(io, `sync-caldav: add ${missing.map((name) => `--${name}`).join(', ')} (${usage})`);
    }
    const outcome = await syncCalDavFromFile({
      planFile,
      url,
      user,
      passwordEnv,
      busyUrls: args.lists.get('busy-url') ?? [],
      env,
      ...(args.options.has('now') ? { now: args.options.get('now')! } : {}),
    });
    if (!outcome.ok) {
      io.err(`${oneLine(outcome.message)}\n`);
      return 1;
    }
    io.out(`${JSON.stringify(outcome.counts, null, 2)}\n`);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    io.err(`planner: stopped by an unexpected error (${oneLine(message)})\n`);
    return 1;
  }
}

function runCommand(argv: readonly string[], io: Io): number {
  const [command, ...rest] = argv;
  const args = parseArgs(rest);
  if ('message' in args) return fail(io, args.message, args.code);
  const unknown = command === undefined ? undefined : unknownOption(args, command);
  if (unknown !== undefined) return fail(io, `unknown option --${unknown}`, 1);
  switch (command) {
    case 'roadmap': {
      if (!args.flags.has('json')) return fail(io, 'roadmap: only --json output exists; add --json');
      if (args.positional.length > 0)
        return fail(io, `roadmap: unexpected argument "${inMessage(args.positional[0] ?? '')}"`);
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
      if (extra !== undefined) return fail(io, `validate: unexpected argument "${inMessage(extra)}"`);
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
        return fail(io, `schedule: unexpected argument "${inMessage(args.positional[0] ?? '')}"`);
      const outcome = scheduleFromFile(planFile, scheduleRequest(args));
      if (!outcome.ok) {
        io.err(`${outcome.message}\n`);
        return 1;
      }
      const json = scheduleJson(outcome.schedule, outcome.plan.review !== undefined);
      io.out(`${JSON.stringify(json, null, 2)}\n`);
      return 0;
    }
    case 'export-ics': {
      const planFile = args.options.get('plan');
      const outFile = args.options.get('out');
      const usage = 'export-ics --plan <plan.json> --out <file.ics>';
      if (args.positional.length > 0)
        return fail(io, `export-ics: unexpected argument "${inMessage(args.positional[0] ?? '')}"`);
      if (planFile === undefined) return fail(io, `export-ics: which plan? ${usage}`);
      if (outFile === undefined) return fail(io, `export-ics: where to? add --out <file.ics> (${usage})`);
      const outcome = exportIcsFromFile(planFile, scheduleRequest(args), outFile);
      if (!outcome.ok) {
        io.err(`${outcome.message}\n`);
        return 1;
      }
      io.out(`Wrote ${outcome.events} events to ${outFile}\n`);
      return 0;
    }
    case 'path': {
      const to = args.options.get('to');
      if (!args.flags.has('json')) return fail(io, 'path: only --json output exists; add --json');
      if (to === undefined) return fail(io, 'path: to which topic? path --to <topicId> --json');
      if (args.positional.length > 0)
        return fail(io, `path: unexpected argument "${inMessage(args.positional[0] ?? '')}"`);
      const outcome = pathFromFiles({
        to,
        progress: args.options.get('progress'),
        file: args.options.get('file'),
        sidecar: args.options.get('sidecar'),
      });
      if (!outcome.ok) {
        io.err(`${outcome.message}\n`);
        return 1;
      }
      io.out(`${JSON.stringify(outcome.path, null, 2)}\n`);
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
      return fail(io, `unknown command "${inMessage(command)}"`);
  }
}

function report(io: Io, result: LoadResult): number {
  if ('error' in result) io.err(`${result.error}\n`);
  for (const problem of result.problems) io.err(`${formatProblem(problem)}\n`);
  return 1;
}

/** What `schedule` and `export-ics` plan from besides the plan file. */
function scheduleRequest(args: Args): ScheduleRequest {
  const request: ScheduleRequest = { busy: args.lists.get('busy') ?? [] };
  for (const name of ['now', 'today', 'previous'] as const) {
    const value = args.options.get(name);
    if (value !== undefined) request[name] = value;
  }
  return request;
}

/** A usage mistake: the message and the usage on stderr; exit 2, or 1 for an unknown option (§7). */
function fail(io: Io, message: string, code: 1 | 2 = 2): number {
  io.err(`${message}\n\n${USAGE}\n`);
  return code;
}
