import { randomBytes } from 'node:crypto';
import { promises as fs, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import type { NotifyRequest, OpenFileRequest, OpenFileResult, SaveFileRequest } from '../shared/ipc-contract';

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
    mimeType: z
      .string()
      .regex(/^[a-z]+\/[a-z0-9.+-]+$/)
      .optional(),
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

const notifyRequestSchema = z.strictObject({
  title: z.string().min(1).max(120),
  body: z.string().max(400),
});

/** Checks a notification request from the renderer; throws on anything else. */
export function parseNotifyRequest(payload: unknown): NotifyRequest {
  return notifyRequestSchema.parse(payload);
}

/** Checks an open request from the renderer; throws on anything else. */
export function parseOpenRequest(payload: unknown): OpenFileRequest {
  return openRequestSchema.parse(payload);
}

function temporaryPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** `writeFileAtomically` for the moment a window closes, when nothing async may finish. */
export function writeFileAtomicallySync(path: string, contents: string): void {
  const temporary = temporaryPathFor(path);
  try {
    writeFileSync(temporary, contents, { encoding: 'utf8', flag: 'wx' });
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * Writes a file so it is either the old one or the whole new one, never half: a temporary
 * file beside it, then a rename (atomic on the same file system).
 */
export async function writeFileAtomically(path: string, contents: string): Promise<void> {
  const temporary = temporaryPathFor(path);
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

/**
 * The files this session saved, by token: the page may ask to open or show one of those,
 * and nothing else (it never sends a path main would trust).
 */
export class SavedFiles {
  readonly #paths = new Map<string, string>();

  /** Remembers a saved file; returns its token. */
  add(path: string): string {
    const token = randomBytes(16).toString('hex');
    this.#paths.set(token, path);
    return token;
  }

  /** The path of a token this session handed out, or undefined for anything else. */
  pathOf(token: unknown): string | undefined {
    return typeof token === 'string' ? this.#paths.get(token) : undefined;
  }
}
