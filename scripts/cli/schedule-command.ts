import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isCalendarDate, parsePlan, schedulePlan, todayIn } from '../../renderer/src/domain';
import type { Plan, Roadmap, Schedule } from '../../renderer/src/domain';
import { BUILTIN_ROADMAP, loadRoadmap } from './load-roadmap';

const MAX_PLAN_BYTES = 1024 * 1024;

/** The built-in roadmaps a plan file may name. */
const ROADMAPS: Readonly<Record<string, string>> = { fastapi: BUILTIN_ROADMAP };

export type ScheduleOutcome =
  { ok: true; schedule: Schedule; plan: Plan; roadmap: Roadmap } | { ok: false; message: string };

/**
 * `schedule --plan <plan.json> [--today YYYY-MM-DD]`: reads and checks the plan file, builds
 * its roadmap and schedules it. `today` defaults to the date in the plan's time zone.
 */
export function scheduleFromFile(planFile: string, today: string | undefined): ScheduleOutcome {
  let text: string;
  try {
    const { size } = statSync(planFile);
    if (size > MAX_PLAN_BYTES)
      return { ok: false, message: `${planFile}: too large for a plan (${size} bytes)` };
    text = readFileSync(planFile, 'utf8');
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    return {
      ok: false,
      message: code === 'ENOENT' ? `${planFile}: no such file` : `${planFile}: cannot be read (${code})`,
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      message: `${planFile}: invalid JSON (${error instanceof Error ? error.message : String(error)})`,
    };
  }
  const parsed = parsePlan(value);
  if (!parsed.ok) return { ok: false, message: `${planFile}: ${parsed.message}` };
  const plan: Plan = parsed.plan;
  const roadmapFile = ROADMAPS[plan.roadmap];
  if (!roadmapFile) {
    return {
      ok: false,
      message: `${planFile}: roadmap: unknown roadmap "${plan.roadmap}" (known: ${Object.keys(ROADMAPS).join(', ')})`,
    };
  }
  if (today !== undefined && !isCalendarDate(today)) {
    return { ok: false, message: `--today: "${today}" is not a date (YYYY-MM-DD)` };
  }
  const built = loadRoadmap(path.relative(process.cwd(), roadmapFile));
  if (!built.roadmap) return { ok: false, message: `the built-in roadmap "${plan.roadmap}" is invalid` };
  const day = today ?? todayIn(plan.timeZone, new Date());
  return {
    ok: true,
    schedule: schedulePlan(built.roadmap, plan, { today: day }),
    plan,
    roadmap: built.roadmap,
  };
}
