import { renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { planIcs } from '../../renderer/src/domain';
import { scheduleFromFile } from './schedule-command';
import type { ScheduleRequest } from './schedule-command';

export type ExportIcsOutcome = { ok: true; events: number } | { ok: false; message: string };

/**
 * `export-ics --plan <plan.json> [--now … | --today …] [--previous …] [--busy …]… --out <file.ics>`:
 * the file the app exports for the whole plan (scheduled as `schedule` does) with its
 * milestones, as a first export (no history). `now` is the DTSTAMP clock. UIDs use
 * the plan file's `planId`, else its roadmap id. Written atomically: a temporary file beside
 * the target, then a rename.
 */
export function exportIcsFromFile(
  planFile: string,
  request: ScheduleRequest,
  outFile: string,
  now: Date = new Date(),
): ExportIcsOutcome {
  // The schedule command's checks and messages, so both refuse a bad plan file alike.
  const scheduled = scheduleFromFile(planFile, { clock: now, ...request });
  if (!scheduled.ok) return scheduled;
  const { schedule, plan, roadmap } = scheduled;
  const { text, events } = planIcs({
    roadmap,
    schedule,
    planId: plan.planId ?? plan.roadmap,
    range: { kind: 'all' },
    today: '',
    withMilestones: true,
    reminderMinutes: null,
    history: null,
    now,
  });
  const temporary = path.join(
    path.dirname(outFile),
    `.${path.basename(outFile)}.${process.pid}.${now.getTime()}.tmp`,
  );
  try {
    writeFileSync(temporary, text, 'utf8');
    renameSync(temporary, outFile);
  } catch (error) {
    rmSync(temporary, { force: true });
    const code = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    return { ok: false, message: `${outFile}: cannot be written (${code})` };
  }
  return { ok: true, events };
}
