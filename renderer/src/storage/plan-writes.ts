import type { ParsePlanSettingsResult, PlanSettings, TopicId } from '../domain';
import type { PlannerDatabase } from './database';
import { nowAfter } from './log-clock';
import type { SessionsInForce } from './plan-repository';
import type { PlanRecord } from './records';

// Writing a roadmap's plan: only the plan actions use it, loading it on first use, so it
// stays off the start-up path.

function now(): string {
  return new Date().toISOString();
}

async function lastLoggedAt(db: PlannerDatabase, roadmapId: string): Promise<string | undefined> {
  const rows = await db.sessionLog.where('roadmapId').equals(roadmapId).toArray();
  return rows.reduce<string | undefined>(
    (max, row) => (max === undefined || row.loggedAt > max ? row.loggedAt : max),
    undefined,
  );
}

/** A plan id no other plan shares, so calendar UIDs (`<session>@<plan>`) of two plans never meet. */
function newPlanId(roadmapId: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return `${roadmapId}-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

let parseSettings: ((value: unknown) => ParsePlanSettingsResult) | undefined;

/**
 * Loads the plan schema (zod) once, on the first save rather than at start-up. Callers that
 * wrap a save in their own transaction load it first: awaiting a module inside a
 * transaction would end the transaction.
 */
export async function loadPlanSchema(): Promise<void> {
  parseSettings ??= (await import('../domain/plan-schema')).parsePlanSettings;
}

/** The settings as the plan schema reads them. */
async function checked(settings: PlanSettings): Promise<PlanSettings> {
  if (!parseSettings) await loadPlanSchema();
  const result = parseSettings!(settings);
  if (!result.ok) throw new RangeError(`Plan settings refused: ${result.message}`);
  return result.settings;
}

/**
 * Stores a roadmap's plan settings (creating the plan on first save) with the sessions
 * planned from them: new settings apply from now on, and work logged so far stays where it is.
 *
 * @throws RangeError before writing anything when the settings are invalid.
 */
export async function savePlanSettings(
  db: PlannerDatabase,
  roadmapId: string,
  settings: PlanSettings,
  today: string,
  inForce: SessionsInForce,
): Promise<PlanRecord> {
  const valid = await checked(settings);
  return db.transaction('rw', db.plans, db.sessionLog, async () => {
    const existing = await db.plans.where('roadmapId').equals(roadmapId).first();
    const at = nowAfter(await lastLoggedAt(db, roadmapId));
    const record: PlanRecord = {
      id: existing?.id ?? newPlanId(roadmapId),
      roadmapId,
      settings: valid,
      replannedOn: today,
      replannedAt: at,
      createdAt: existing?.createdAt ?? at,
      updatedAt: at,
      inForce,
    };
    await db.plans.put(record);
    return record;
  });
}

/** Puts a replanned schedule in force: missed work waiting for a replan is planned in it. */
export async function replanFrom(
  db: PlannerDatabase,
  roadmapId: string,
  today: string,
  inForce: SessionsInForce,
): Promise<void> {
  await db.transaction('rw', db.plans, db.sessionLog, async () => {
    const existing = await db.plans.where('roadmapId').equals(roadmapId).first();
    if (!existing) return;
    const at = nowAfter(await lastLoggedAt(db, roadmapId));
    await db.plans.put({ ...existing, replannedOn: today, replannedAt: at, updatedAt: at, inForce });
  });
}

/**
 * Sets or clears (`hours` null) a topic's own estimate. Without a plan yet, `fallback`
 * becomes the plan, as the estimate belongs to the plan's settings.
 *
 * @throws RangeError when `hours` is negative, not finite or over 10,000.
 */
export async function setEstimateOverride(
  db: PlannerDatabase,
  roadmapId: string,
  topicId: TopicId,
  hours: number | null,
  fallback: { settings: PlanSettings; today: string },
): Promise<void> {
  if (hours !== null && !(Number.isFinite(hours) && hours >= 0 && hours <= 10_000)) {
    throw new RangeError(`An estimate is 0 to 10000 hours, not ${hours}`);
  }
  const fallbackSettings = await checked(fallback.settings);
  await db.transaction('rw', db.plans, async () => {
    const existing = await db.plans.where('roadmapId').equals(roadmapId).first();
    const at = now();
    const base: PlanRecord = existing ?? {
      id: newPlanId(roadmapId),
      roadmapId,
      settings: fallbackSettings,
      replannedOn: fallback.today,
      replannedAt: at,
      createdAt: at,
      updatedAt: at,
    };
    const { estimates: current = {}, ...rest } = base.settings;
    const estimates = Object.fromEntries([
      ...Object.entries(current).filter(([id]) => id !== topicId),
      ...(hours === null ? [] : [[topicId, hours]]),
    ]);
    const settings: PlanSettings = Object.keys(estimates).length > 0 ? { ...rest, estimates } : rest;
    await db.plans.put({ ...base, settings, updatedAt: at });
  });
}
