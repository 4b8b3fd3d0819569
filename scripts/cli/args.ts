/** A parsed command line: `--name value` options (repeatable ones collect every value) and flags. */
export type Args = {
  positional: string[];
  flags: Set<string>;
  /** The last value of each single-valued option. */
  options: Map<string, string>;
  /** Every value of each repeatable option, in order. */
  lists: Map<string, string[]>;
};

/** Why a command line cannot be read: `usage` mistakes exit 2, an unknown option exits 1 (§7). */
export type ArgsProblem = { message: string; code: 1 | 2 };

const OPTIONS_WITH_VALUE = new Set([
  'file',
  'sidecar',
  'plan',
  'today',
  'now',
  'previous',
  'out',
  'to',
  'progress',
  'url',
  'user',
  'password-env',
]);
const REPEATABLE = new Set(['busy', 'busy-url']);
const FLAGS = new Set(['json']);

/** The options and flags each command takes; any other is an unknown option for it. */
export const COMMAND_OPTIONS: Readonly<Record<string, ReadonlySet<string>>> = {
  roadmap: new Set(['json', 'file', 'sidecar']),
  validate: new Set(['sidecar']),
  schedule: new Set(['json', 'plan', 'today', 'now', 'previous', 'busy']),
  'export-ics': new Set(['plan', 'today', 'now', 'previous', 'busy', 'out']),
  path: new Set(['json', 'to', 'progress', 'file', 'sidecar']),
  'sync-caldav': new Set(['json', 'plan', 'now', 'url', 'user', 'password-env', 'busy-url']),
};

/** Reads `--name value`, `--name=value` and `--flag` arguments; anything else is positional. */
export function parseArgs(argv: readonly string[]): Args | ArgsProblem {
  const args: Args = { positional: [], flags: new Set(), options: new Map(), lists: new Map() };
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
      if (inline !== undefined) return { message: `--${name} takes no value`, code: 2 };
      args.flags.add(name);
    } else if (OPTIONS_WITH_VALUE.has(name) || REPEATABLE.has(name)) {
      const value = inline ?? argv[++i];
      // `--file --json` means the file was forgotten, not a file named "--json".
      if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) {
        return { message: `--${name} needs a value`, code: 2 };
      }
      if (REPEATABLE.has(name)) args.lists.set(name, [...(args.lists.get(name) ?? []), value]);
      else args.options.set(name, value);
    } else return { message: `unknown option --${name}`, code: 1 };
  }
  return args;
}

/** The first option or flag given that `command` does not take, if any. */
export function unknownOption(args: Args, command: string): string | undefined {
  // Own keys only: a command typed as `constructor` or `toString` is unknown, not Object's.
  const known = Object.hasOwn(COMMAND_OPTIONS, command) ? COMMAND_OPTIONS[command] : undefined;
  if (!known) return undefined;
  return [...args.flags, ...args.options.keys(), ...args.lists.keys()].find((name) => !known.has(name));
}
