import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, promises as fs, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { z } from 'zod';
import type { NotifyRequest, OpenFileRequest, OpenFileResult, SaveFileRequest } from '../shared/ipc-contract';

/** The largest file the app ever reads: backups are capped at 20 MB; a little headroom. */
export const MAX_READ_BYTES = 25 * 1024 * 1024;
const MAX_WRITE_CHARS = 50 * 1024 * 1024;

/**
 * The only kinds of file the page may ask main to save. A page that could save `run.bat`,
 * `.exe` or `.desktop` files and then have them opened would run code; these are data.
 */
export const SAVE_EXTENSIONS = ['json', 'ics', 'png', 'svg', 'md'] as const;

/** The saved files main hands to the system's app for them: calendars, nothing else. */
export const OPEN_SAVED_EXTENSIONS = ['ics'] as const;

/** Base64 as `btoa` and canvases write it (checked with its length: one loop, no backtracking). */
const BASE64_CHARACTERS = /^[A-Za-z0-9+/]*={0,2}$/;
const isBase64 = (text: string) => text.length % 4 === 0 && BASE64_CHARACTERS.test(text);

const extension = z.string().regex(/^[a-z0-9]{1,10}$/, 'a file extension without the dot');

/** The extension of a file name, lowercased and without the dot ('' when it has none). */
function extensionOf(name: string): string {
  return extname(name).slice(1).toLowerCase();
}

const saveRequestSchema = z
  .object({
    suggestedName: z
      .string()
      .min(1)
      .max(200)
      .refine((name) => basename(name) === name && !name.startsWith('.'), 'a plain file name'),
    contents: z.string().max(MAX_WRITE_CHARS),
    extensions: z.array(z.enum(SAVE_EXTENSIONS)).min(1).max(SAVE_EXTENSIONS.length),
    mimeType: z
      .string()
      .regex(/^[a-z]+\/[a-z0-9.+-]+$/)
      .optional(),
    encoding: z.literal('base64').optional(),
  })
  .strict()
  .refine((request) => request.encoding !== 'base64' || isBase64(request.contents), {
    message: 'base64 contents must be base64',
    path: ['contents'],
  })
  // The dialog proposes this name; it must be one of the kinds asked for, not `plan.ics.exe`.
  .refine((request) => request.extensions.some((ext) => extensionOf(request.suggestedName) === ext), {
    message: 'the suggested name must end with one of the extensions',
    path: ['suggestedName'],
  });

const openRequestSchema = z
  .object({
    extensions: z.array(extension).min(1).max(5),
    maxBytes: z.number().int().positive().max(MAX_READ_BYTES),
  })
  .strict();

/**
 * Checks a save request from the renderer: a plain file name of one of {@link SAVE_EXTENSIONS};
 * throws on anything else (the page is not trusted blindly).
 */
export function parseSaveRequest(payload: unknown): SaveFileRequest {
  return saveRequestSchema.parse(payload);
}

/** What a checked save request writes: its text, or the bytes its base64 stands for. */
export function savedContents(request: SaveFileRequest): string | Buffer {
  return request.encoding === 'base64' ? Buffer.from(request.contents, 'base64') : request.contents;
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

/** Whether main may open a saved file with the system's app for it (only `.ics` files). */
export function mayOpenSaved(path: string): boolean {
  const kind = extensionOf(path);
  return OPEN_SAVED_EXTENSIONS.some((ext) => ext === kind);
}

function temporaryPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** `writeFileAtomically` for the moment a window closes, when nothing async may finish. */
export function writeFileAtomicallySync(path: string, contents: string | Uint8Array): void {
  const temporary = temporaryPathFor(path);
  try {
    const fd = openSync(temporary, 'wx');
    try {
      writeFileSync(fd, contents);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * Writes a file so it is either the old one or the whole new one, never half: a temporary
 * file beside it, then a rename (atomic on the same file system). `mode` is the new file's
 * permissions (`0o600`: this user only).
 */
export async function writeFileAtomically(
  path: string,
  contents: string | Uint8Array,
  mode?: number,
): Promise<void> {
  const temporary = temporaryPathFor(path);
  try {
    // Flushed before the rename: after a power cut the file is the old one or the new one,
    // never an empty one.
    const handle = await fs.open(temporary, 'wx', mode);
    try {
      await handle.writeFile(contents);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temporary, path);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}

/**
 * Reads a text file the user chose, refusing one larger than `maxBytes` without reading it.
 * Reads through one handle, at most `maxBytes + 1` bytes, so a file that grows meanwhile, or
 * a pipe or device that claims size 0, cannot make it read without end.
 */
export async function readFileCapped(path: string, maxBytes: number): Promise<OpenFileResult> {
  const name = basename(path);
  const handle = await fs.open(path, 'r');
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new Error(`${name} is not a regular file`);
    if (stat.size > maxBytes) return { name, size: stat.size, text: null };
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) return { name, size: length, text: null };
    return { name, size: length, text: buffer.toString('utf8', 0, length) };
  } finally {
    await handle.close();
  }
}

const savedTokenSchema = z.string().regex(/^[0-9a-f]{32}$/);

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
    const parsed = savedTokenSchema.safeParse(token);
    return parsed.success ? this.#paths.get(parsed.data) : undefined;
  }
}
