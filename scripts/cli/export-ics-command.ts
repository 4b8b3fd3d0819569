import { planIcs } from '../../renderer/src/domain';
import { namedInputs, scheduleFromFile } from './schedule-command';
import type { ScheduleRequest } from './schedule-command';
import { refuseOutPath, writeOutput } from './write-output';

export type ExportIcsOutcome = { ok: true; events: number } | { ok: false; message: string };

/**
 * `export-ics --plan <plan.json> [--now … | --today …] [--previous …] [--busy …]… --out <file.ics>`:
 * the file the app exports for the whole plan (scheduled as `schedule` does) with its
 * milestones, as a first export (no history). `now` is the DTSTAMP clock. UIDs use
 * the plan file's `planId`, else its roadmap id. Written atomically (see {@link writeOutput});
 * an `--out` that is a link, a device or one of the files read is refused before any work.
 */
export function exportIcsFromFile(
  planFile: string,
  request: ScheduleRequest,
  outFile: string,
  now: Date = new Date(),
): ExportIcsOutcome {
  // Early, with the files named on the command line: scheduling may take a while.
  const refused = refuseOutPath(outFile, namedInputs(planFile, request));
  if (refused !== undefined) return { ok: false, message: refused };
  // The schedule command's checks and messages, so both refuse a bad plan file alike.
  const scheduled = scheduleFromFile(planFile, { clock: now, ...request });
  if (!scheduled.ok) return scheduled;
  const { schedule, plan, roadmap, inputs } = scheduled;
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
  // Checked again with every file read (the roadmap too), just before writing.
  const written = writeOutput(outFile, text, inputs);
  return written.ok ? { ok: true, events } : written;
}
