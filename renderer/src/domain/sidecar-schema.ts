import './zod-setup';
import { z } from 'zod';
import { MAX_ESTIMATE_HOURS } from './plan';
import { userKeyedRecord, withoutPrototype } from './user-keyed-record';

const httpsUrl = z
  .string()
  .url()
  .refine((url) => url.startsWith('https://'), 'links must be https URLs');

/** Per-topic data that the Markdown does not carry: prerequisites, estimate, links. */
export const sidecarTopicSchema = z
  .object({
    estimateHours: z.number().max(MAX_ESTIMATE_HOURS, `at most ${MAX_ESTIMATE_HOURS} hours`).optional(),
    /** Absent: the Markdown's inline `after:` (if any) holds; present, even empty, it wins. */
    prerequisites: z.array(z.string().min(1)).optional(),
    links: z.array(z.object({ title: z.string().min(1), url: httpsUrl }).strict()).default([]),
  })
  .strict();

/** The sidecar file beside a roadmap's Markdown (`sidecar.json`). */
export const sidecarSchema = z
  .object({
    roadmap: z.string().regex(/^[a-z0-9-]+$/, 'a lowercase slug'),
    /** By topic id, with no prototype: the topic `constructor` is looked up, not Object's. */
    topics: userKeyedRecord(z.string(), sidecarTopicSchema, 'a topic id').transform(withoutPrototype),
  })
  .strict();

export type SidecarTopic = z.infer<typeof sidecarTopicSchema>;
export type Sidecar = z.infer<typeof sidecarSchema>;
