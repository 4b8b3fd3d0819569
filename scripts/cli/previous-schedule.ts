import { inMessage } from '../../renderer/src/domain';
import '../../renderer/src/domain/zod-setup';
import { z } from 'zod';
import type { SessionInForce } from '../../renderer/src/domain/schedule-types';
import { parseInstant } from './instant';
import { fieldPath, parseJsonInput, readInput } from './read-input';

/** The largest schedule file read: five years of long study days is well under this. */
const MAX_SCHEDULE_BYTES = 20 * 1024 * 1024;

const instant = z
  .string({ error: 'an ISO 8601 time with an offset, e.g. 2026-12-01T19:00:00+01:00' })
  .refine(
    (text) => parseInstant(text) !== null,
    'an ISO 8601 time with an offset, e.g. 2026-12-01T19:00:00+01:00',
  );

// Only what a replan reads is checked; the rest of the output (milestones, parts, …) may be there or not.
const sessionSchema = z
  .object(
    {
      id: z.string({ error: 'a session id' }).min(1, 'a session id'),
      topicId: z.string({ error: 'a topic id' }).min(1, 'a topic id'),
      start: instant,
      end: instant,
      logged: z
        .enum(['done', 'missed'], { error: '"done" or "missed", or absent for a planned session' })
        .optional(),
    },
    { error: 'a session: {id, topicId, start, end, …}' },
  )
  .refine((s) => (parseInstant(s.end) ?? 0) > (parseInstant(s.start) ?? 0), {
    message: 'ends before it starts',
    path: ['end'],
  });

// Review sessions (`"kind": "review"`) are read past: a replan keeps study sessions only.
const scheduleSchema = z.object(
  {
    sessions: z.array(z.unknown(), { error: 'a list of sessions' }),
    goal: z.string({ error: 'a topic id' }).optional(),
  },
  { error: 'not a schedule (the JSON object schedule --json prints)' },
);

export type ReadPrevious =
  { ok: true; sessions: SessionInForce[]; goal: string | undefined } | { ok: false; message: string };

/**
 * `--previous <schedule.json>`: an earlier output of `schedule --json`, the plan in force.
 * Its planned sessions (those without `logged`) are what a replan keeps where it can.
 */
export function readPreviousSchedule(file: string): ReadPrevious {
  const read = readInput(file, MAX_SCHEDULE_BYTES);
  if (!read.ok) return read;
  const json = parseJsonInput(file, read.text);
  if (!json.ok) return json;
  const result = scheduleSchema.safeParse(json.value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = fieldPath(issue.path);
    return { ok: false, message: `${file}: ${where === '' ? '' : `${where}: `}${issue.message}` };
  }
  const sessions: { index: number; session: z.infer<typeof sessionSchema> }[] = [];
  for (const [index, raw] of result.data.sessions.entries()) {
    if (isReviewSession(raw)) continue;
    const session = sessionSchema.safeParse(raw);
    if (!session.success) {
      const issue = session.error.issues[0]!;
      return {
        ok: false,
        message: `${file}: ${fieldPath(['sessions', index, ...issue.path])}: ${issue.message}`,
      };
    }
    sessions.push({ index, session: session.data });
  }
  const seen = new Set<string>();
  for (const { index: i, session: s } of sessions) {
    if (s.logged !== undefined) continue;
    if (seen.has(s.id))
      return { ok: false, message: `${file}: sessions[${i}].id: "${inMessage(s.id)}" appears twice` };
    seen.add(s.id);
  }
  return {
    ok: true,
    goal: result.data.goal,
    sessions: sessions
      .map(({ session }) => session)
      .filter((s) => s.logged === undefined)
      .map(({ id, topicId, start, end }) => ({ id, topicId, start, end })),
  };
}

/** A review session of `schedule --json` (it has topics, not a topic). */
function isReviewSession(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'kind' in value && value.kind === 'review';
}
