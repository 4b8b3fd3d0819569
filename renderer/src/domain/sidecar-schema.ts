import './zod-setup';
import { z } from 'zod';

const httpsUrl = z
  .string()
  .url()
  .refine((url) => url.startsWith('https://'), 'links must be https URLs');

/** Per-topic data that the Markdown does not carry: prerequisites, estimate, links. */
export const sidecarTopicSchema = z
  .object({
    estimateHours: z.number().optional(),
    prerequisites: z.array(z.string().min(1)).default([]),
    links: z.array(z.object({ title: z.string().min(1), url: httpsUrl }).strict()).default([]),
  })
  .strict();

/** The sidecar file beside a roadmap's Markdown (`sidecar.json`). */
export const sidecarSchema = z
  .object({
    roadmap: z.string().regex(/^[a-z0-9-]+$/, 'a lowercase slug'),
    topics: z.record(z.string(), sidecarTopicSchema),
  })
  .strict();

export type SidecarTopic = z.infer<typeof sidecarTopicSchema>;
export type Sidecar = z.infer<typeof sidecarSchema>;
