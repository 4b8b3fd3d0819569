import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFindings, unexplainedFindings } from './electronegativity-report';
import { PROJECT_ROOT } from './process-helpers';

// `npm run security`: electronegativity over the desktop shell's sources. It exits 0 whatever
// it finds, so its CSV decides: any finding above LOW without an explaining comment fails.
const SCANNED = join(PROJECT_ROOT, 'electron');

const electronVersion = (
  JSON.parse(readFileSync(join(PROJECT_ROOT, 'node_modules/electron/package.json'), 'utf8')) as {
    version: string;
  }
).version;
const dir = mkdtempSync(join(tmpdir(), 'electronegativity-'));
const csv = join(dir, 'report.csv');
try {
  const run = spawnSync(
    process.execPath,
    [
      join(PROJECT_ROOT, 'node_modules/@doyensec/electronegativity/dist/index.js'),
      ...['--input', SCANNED, '--output', csv, '--relative', '--electron-version', electronVersion],
    ],
    { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 180_000 },
  );
  if (run.error || run.status !== 0) {
    console.error(`electronegativity did not run: ${run.error?.message ?? run.stderr.trim()}`);
    process.exit(1);
  }
  const findings = readFindings(readFileSync(csv, 'utf8'));
  const unexplained = unexplainedFindings(findings, (file) => {
    try {
      return readFileSync(join(SCANNED, file), 'utf8').split('\n');
    } catch {
      return null;
    }
  });
  const aboveLow = findings.filter((f) => !['LOW', 'INFORMATIONAL'].includes(f.severity)).length;
  console.log(
    `electronegativity: ${findings.length} finding(s), ${aboveLow} above LOW, ${unexplained.length} unexplained`,
  );
  for (const f of unexplained) {
    console.error(`  ${f.severity} ${f.check} electron/${f.file}:${f.line} — ${f.description}`);
  }
  if (unexplained.length > 0) {
    console.error(
      'Fix each finding, or explain it in a comment at its line: // electronegativity: <CHECK> — why',
    );
    process.exitCode = 1;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
