/**
 * CalDAV figures for `npm run bench` (issue 15 §5): the command line's `sync-caldav`, run in
 * process, writing the FastAPI plan to a local Radicale, then syncing again with nothing changed.
 * `npx tsx scripts/bench-caldav.ts` prints them alone.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRadicale } from '../tests/radicale';
import type { RadicaleServer } from '../tests/radicale';
import { median, report } from './bench-report';
import { syncCalDavFromFile } from './cli/sync-caldav-command';
import { EVENINGS_PLAN } from './cli/evenings-plan-fixture';
import type { SyncCounts } from './cli/sync-caldav-command';
import { exitWithError, isEntryPoint } from './process-helpers';

const NOW = '2026-12-01T08:00:00+01:00';
const NOOP_RUNS = 3;

/** One timed sync of `planFile` to `url`; throws the command's own message when it fails. */
async function timedSync(
  server: RadicaleServer,
  planFile: string,
  url: string,
): Promise<{ ms: number; counts: SyncCounts }> {
  const start = performance.now();
  const result = await syncCalDavFromFile({
    planFile,
    url,
    user: server.user,
    passwordEnv: 'PW',
    now: NOW,
    busyUrls: [],
    env: { PW: server.password },
  });
  const ms = performance.now() - start;
  if (!result.ok) throw new Error(`sync-caldav failed: ${result.message}`);
  return { ms, counts: result.counts };
}

/** Starts Radicale, or answers why it cannot when it is not installed (other failures throw). */
async function radicaleOrReason(): Promise<RadicaleServer | string> {
  try {
    return await startRadicale();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/not installed/i.test(message)) return message;
    throw error;
  }
}

/**
 * `caldav_first_sync_ms` (the whole plan into an empty calendar) and `caldav_noop_sync_ms` (the
 * median of syncs that find nothing to write). Prints one skip line when Radicale is missing.
 */
export async function calDavFigures(): Promise<void> {
  const server = await radicaleOrReason();
  if (typeof server === 'string') {
    console.log(`caldav_sync skipped (${server})`);
    return;
  }
  const folder = mkdtempSync(join(tmpdir(), 'bench-caldav-'));
  try {
    const planFile = join(folder, 'plan.json');
    writeFileSync(planFile, JSON.stringify(EVENINGS_PLAN));
    const url = await server.makeCalendar('bench', 'Bench study plan');

    const first = await timedSync(server, planFile, url);
    if (first.counts.created === 0) throw new Error('the first sync created no events');
    report({ name: 'caldav_first_sync_ms', value: first.ms, unit: 'ms' });
    report({ name: 'caldav_first_sync_events', value: first.counts.created, unit: 'events' });

    const noop: number[] = [];
    for (let i = 0; i < NOOP_RUNS; i++) {
      const again = await timedSync(server, planFile, url);
      const { created, updated, removed } = again.counts;
      if (created + updated + removed > 0) {
        throw new Error(
          `sync ${i + 2} with nothing changed wrote to the calendar: ${created} created, ${updated} updated, ${removed} removed`,
        );
      }
      noop.push(again.ms);
    }
    report({ name: 'caldav_noop_sync_ms', value: median(noop), unit: 'ms', goal: '< 1000' });
  } finally {
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

if (isEntryPoint(import.meta.filename)) {
  calDavFigures().then(
    () => process.exit(0),
    (error: unknown) => exitWithError('bench failed', error),
  );
}
