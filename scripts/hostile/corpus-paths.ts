import type { CaseFile, HostileCase } from './corpus';
import { json, text } from './corpus';
import { PLAN, scheduleArgs } from './corpus-plans';
import { MINIMAL_ROADMAP } from './corpus-roadmaps';

/** What may stand at a path the command line reads, other than a regular file. */
const SPECIAL: Record<string, { files: Record<string, CaseFile>; path: string }> = {
  'a folder': { files: { target: { kind: 'folder' } }, path: '{dir}/target' },
  '/dev/zero': { files: {}, path: '/dev/zero' },
  'a symlink to /dev/zero': { files: { target: { kind: 'symlink', to: '/dev/zero' } }, path: '{dir}/target' },
  'a FIFO': { files: { target: { kind: 'fifo' } }, path: '{dir}/target' },
  'a missing file': { files: {}, path: '{dir}/missing' },
  'a symlink loop': { files: { target: { kind: 'symlink', to: 'target' } }, path: '{dir}/target' },
};

/** Every path the command line reads, given each special path in turn. */
export function pathCases(): HostileCase[] {
  const readers: Record<string, (path: string) => { files: Record<string, CaseFile>; cli: string[] }> = {
    'schedule --plan': (path) => ({
      files: {},
      cli: ['schedule', '--plan', path, '--today', '2026-11-24', '--json'],
    }),
    'schedule --previous': (path) => ({
      files: { 'plan.json': json(PLAN) },
      cli: scheduleArgs('--previous', path),
    }),
    'schedule --busy': (path) => ({ files: { 'plan.json': json(PLAN) }, cli: scheduleArgs('--busy', path) }),
    validate: (path) => ({ files: {}, cli: ['validate', path] }),
    'path --progress': (path) => ({
      files: {},
      cli: ['path', '--to', 'routing-basics', '--progress', path, '--json'],
    }),
    'roadmap --file': (path) => ({ files: {}, cli: ['roadmap', '--json', '--file', path] }),
    'validate --sidecar': (path) => ({
      files: { 'roadmap.md': text(MINIMAL_ROADMAP) },
      cli: ['validate', '{dir}/roadmap.md', '--sidecar', path],
    }),
  };
  const cases: HostileCase[] = [];
  for (const [reader, make] of Object.entries(readers)) {
    for (const [what, special] of Object.entries(SPECIAL)) {
      const { files, cli } = make(special.path);
      cases.push({
        name: `path: ${reader} is ${what}`,
        files: { ...files, ...special.files },
        run: { cli },
        expect: 'refuse',
      });
    }
  }
  return [...cases, ...wayCases(), ...outCases()];
}

/** `path --to` with hostile topic ids and progress files. */
function wayCases(): HostileCase[] {
  const way = (
    name: string,
    to: string,
    progress: string | null,
    expect: HostileCase['expect'],
  ): HostileCase => ({
    name: `path --to: ${name}`,
    files: progress === null ? {} : { 'progress.json': text(progress) },
    run: {
      cli: [
        'path',
        '--to',
        to,
        ...(progress === null ? [] : ['--progress', '{dir}/progress.json']),
        '--json',
      ],
    },
    expect,
  });
  return [
    way('"__proto__"', '__proto__', null, 'refuse'),
    way('"constructor"', 'constructor', null, 'refuse'),
    way('a 100,000-character id', 'x'.repeat(100_000), null, 'refuse'),
    way(
      'progress with a "__proto__" status',
      'routing-basics',
      '{"statuses": {"__proto__": "done"}}',
      'accept',
    ),
    way('progress nested 100,000 deep', 'routing-basics', `{"statuses": ${'['.repeat(100_000)}`, 'refuse'),
    way('progress of the wrong shape', 'routing-basics', '{"statuses": [1, 2]}', 'refuse'),
  ];
}

const exportArgs = (out: string) => [
  'export-ics',
  '--plan',
  '{dir}/plan.json',
  '--today',
  '2026-11-24',
  '--out',
  out,
];

/**
 * `export-ics --out` at what it must not write through. Never the real /dev/null: as root the
 * current command would rename its temporary file over it, for everyone on the machine; a
 * device made in the case's folder shows the same.
 */
function outCases(): HostileCase[] {
  const plan = json(PLAN);
  const victim = text('not a calendar: must stay as it is\n');
  return [
    {
      name: 'out: a regular file (the normal case)',
      files: { 'plan.json': plan },
      run: { cli: exportArgs('{dir}/plan.ics') },
      expect: 'accept',
    },
    {
      name: 'out: a symlink to another file',
      files: { 'plan.json': plan, 'victim.txt': victim, 'plan.ics': { kind: 'symlink', to: 'victim.txt' } },
      run: { cli: exportArgs('{dir}/plan.ics') },
      expect: 'refuse',
      unchanged: ['plan.ics', 'victim.txt'],
    },
    {
      name: 'out: a dangling symlink',
      files: { 'plan.json': plan, 'plan.ics': { kind: 'symlink', to: 'nowhere.txt' } },
      run: { cli: exportArgs('{dir}/plan.ics') },
      expect: 'refuse',
      unchanged: ['plan.ics'],
    },
    {
      name: 'out: a folder',
      files: { 'plan.json': plan, 'plan.ics': { kind: 'folder' } },
      run: { cli: exportArgs('{dir}/plan.ics') },
      expect: 'refuse',
      unchanged: ['plan.ics'],
    },
    {
      name: 'out: a character device (like /dev/null)',
      files: { 'plan.json': plan, null: { kind: 'device' } },
      run: { cli: exportArgs('{dir}/null') },
      expect: 'refuse',
      unchanged: ['null'],
    },
    {
      name: 'out: a FIFO',
      files: { 'plan.json': plan, 'plan.ics': { kind: 'fifo' } },
      run: { cli: exportArgs('{dir}/plan.ics') },
      expect: 'refuse',
      unchanged: ['plan.ics'],
    },
    {
      name: 'out: the plan file itself',
      files: { 'plan.json': plan },
      run: { cli: exportArgs('{dir}/plan.json') },
      expect: 'refuse',
      unchanged: ['plan.json'],
    },
    {
      name: 'out: the plan file by another name (./ and a symlink)',
      files: { 'plan.json': plan, 'alias.json': { kind: 'symlink', to: 'plan.json' } },
      run: { cli: exportArgs('{dir}/./alias.json') },
      expect: 'refuse',
      unchanged: ['plan.json', 'alias.json'],
    },
    {
      name: 'out: a hard link to the plan file',
      files: { 'plan.json': plan, 'same.json': { kind: 'hardlink', to: 'plan.json' } },
      run: { cli: exportArgs('{dir}/same.json') },
      expect: 'refuse',
      unchanged: ['plan.json'],
    },
    {
      name: 'out: in a folder that does not exist',
      files: { 'plan.json': plan },
      run: { cli: exportArgs('{dir}/missing/plan.ics') },
      expect: 'refuse',
    },
  ];
}
