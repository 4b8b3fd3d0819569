import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import type { OpenFileRequest, OpenFileResult, SaveFileRequest } from '../shared/ipc-contract';

/** The largest file the app ever reads: backups are capped at 20 MB; a little headroom. */
export const MAX_READ_BYTES = 25 * 1024 * 1024;
const MAX_WRITE_CHARS = 50 * 1024 * 1024;

const extension = z.string().regex(/^[a-z0-9]{1,10}$/, 'a file extension without the dot');

const saveRequestSchema = z
  .object({
    suggestedName: z
      .string()
      .min(1)
      .max(200)
      .refine((name) => basename(name) === name && !name.startsWith('.'), 'a plain file name'),
    contents: z.string().max(MAX_WRITE_CHARS),
    extensions: z.array(extension).min(1).max(5),
  })
  .strict();

const openRequestSchema = z
  .object({
    extensions: z.array(extension).min(1).max(5),
    maxBytes: z.number().int().positive().max(MAX_READ_BYTES),
  })
  .strict();

/** Checks a save request from the renderer; throws on anything else (the page is not trusted blindly). */
export function parseSaveRequest(payload: unknown): SaveFileRequest {
  return saveRequestSchema.parse(payload);
}

/** Checks an open request from the renderer; throws on anything else. */
export function parseOpenRequest(payload: unknown): OpenFileRequest {
  return openRequestSchema.parse(payload);
}

/**
 * Writes a file so it is either the old one or the whole new one, never half: a temporary
 * file beside it, then a rename (atomic on the same file system).
 */
export async function writeFileAtomically(path: string, contents: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await fs.writeFile(temporary, contents, { encoding: 'utf8', flag: 'wx' });
    await fs.rename(temporary, path);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}

/** Reads a text file the user chose, refusing one larger than `maxBytes` without reading it. */
export async function readFileCapped(path: string, maxBytes: number): Promise<OpenFileResult> {
  const { size } = await fs.stat(path);
  const name = basename(path);
  if (size > maxBytes) return { name, size, text: null };
  return { name, size, text: await fs.readFile(path, 'utf8') };
}
