import { documentTooLarge, SNIFF_HEAD_BYTES, SNIFF_TAIL_BYTES } from '@quorum/domain';
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';

/** An upload received whole into the storage's staging area, not yet kept. */
export interface StagedContent {
  readonly sha256: string;
  readonly size: number;
  /** The first bytes and the last ones (see `sniffDocumentType`). */
  readonly head: Buffer;
  readonly tail: Buffer;
}

/** What the storage answers when stored bytes are asked for. */
export type StoredContent =
  | { state: 'intact'; size: number; open(): Readable }
  | { state: 'missing' }
  | { state: 'altered'; actualSha256: string };

/**
 * Where the bytes of meeting documents live, addressed by their SHA-256 so that a file uploaded
 * twice is stored once. Files on disk by default (`FileDocumentStorage`); the interface is what an
 * S3-compatible store or a database table would implement.
 */
export abstract class DocumentStorage {
  /** Receives `source` into a staging area, hashing as it goes; a TooLargeError past `maxBytes`. */
  abstract stage(source: AsyncIterable<Uint8Array>, maxBytes: number): Promise<StagedContent>;
  /** Keeps staged bytes under their SHA-256 (once: bytes already kept are left as they are). */
  abstract keep(staged: StagedContent): Promise<void>;
  /** Forgets staged bytes that will not be kept. */
  abstract discard(staged: StagedContent): Promise<void>;
  /** The bytes kept under `sha256`, checked against it before they are served. */
  abstract read(sha256: string): Promise<StoredContent>;
  /** Removes the bytes kept under `sha256`, if any. */
  abstract remove(sha256: string): Promise<void>;
}

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * `DocumentStorage` on a folder: `<dir>/<sha256>` per content, written to `<dir>/.staging/` first and
 * renamed into place (a rename is atomic on one file system), so a reader never sees half a file.
 */
export class FileDocumentStorage extends DocumentStorage {
  private readonly staged = new WeakMap<StagedContent, string>();

  constructor(private readonly dir: string) {
    super();
  }

  private get stagingDir(): string {
    return join(this.dir, '.staging');
  }

  async stage(source: AsyncIterable<Uint8Array>, maxBytes: number): Promise<StagedContent> {
    await mkdir(this.stagingDir, { recursive: true });
    const path = join(this.stagingDir, randomUUID());
    const file = await open(path, 'wx', 0o600);
    const hash = createHash('sha256');
    const head: Buffer[] = [];
    let headSize = 0;
    const tail: Buffer[] = [];
    let tailSize = 0;
    let size = 0;
    try {
      for await (const chunk of source) {
        const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        size += bytes.length;
        if (size > maxBytes) throw documentTooLarge(maxBytes);
        hash.update(bytes);
        await file.write(bytes);
        if (headSize < SNIFF_HEAD_BYTES) {
          head.push(bytes.subarray(0, SNIFF_HEAD_BYTES - headSize));
          headSize += Math.min(bytes.length, SNIFF_HEAD_BYTES - headSize);
        }
        tail.push(Buffer.from(bytes));
        tailSize += bytes.length;
        while (tail.length > 1 && tailSize - tail[0].length >= SNIFF_TAIL_BYTES) tailSize -= tail.shift()!.length;
      }
      await file.close();
    } catch (error) {
      await file.close().catch(() => undefined);
      await rm(path, { force: true });
      throw error;
    }
    const whole = Buffer.concat(tail);
    const content: StagedContent = {
      sha256: hash.digest('hex'),
      size,
      head: Buffer.concat(head),
      tail: whole.subarray(Math.max(0, whole.length - SNIFF_TAIL_BYTES)),
    };
    this.staged.set(content, path);
    return content;
  }

  async keep(staged: StagedContent): Promise<void> {
    const path = this.stagedPath(staged);
    const target = this.pathOf(staged.sha256);
    if (await isFile(target)) {
      // Same SHA-256, same bytes: the copy already kept is the one served.
      await rm(path, { force: true });
    } else {
      await rename(path, target);
    }
    this.staged.delete(staged);
  }

  async discard(staged: StagedContent): Promise<void> {
    const path = this.staged.get(staged);
    if (path !== undefined) await rm(path, { force: true });
    this.staged.delete(staged);
  }

  async read(sha256: string): Promise<StoredContent> {
    const path = this.pathOf(sha256);
    if (!(await isFile(path))) return { state: 'missing' };
    const hash = createHash('sha256');
    let size = 0;
    for await (const chunk of createReadStream(path)) {
      hash.update(chunk as Buffer);
      size += (chunk as Buffer).length;
    }
    const actualSha256 = hash.digest('hex');
    if (actualSha256 !== sha256) return { state: 'altered', actualSha256 };
    return { state: 'intact', size, open: () => createReadStream(path) };
  }

  async remove(sha256: string): Promise<void> {
    await rm(this.pathOf(sha256), { force: true });
  }

  private pathOf(sha256: string): string {
    // The key is ours (computed, or read from our table), but a path is built from it: check it anyway.
    // A plain Error, not a DomainError: no request can choose the key (the SHA-256 a client sends
    // with an upload is only compared, never used as a path), so only a corrupted row or a bug gets
    // here, which is the 500 "internal", logged.
    if (!SHA256.test(sha256)) throw new Error(`Not a SHA-256: ${sha256}`);
    return join(this.dir, sha256);
  }

  private stagedPath(staged: StagedContent): string {
    const path = this.staged.get(staged);
    // A plain Error, not a DomainError: only a bug gets here (the upload keeps what it staged here
    // once, then discards it), never a request, so it is the 500 "internal", logged.
    if (path === undefined) throw new Error('These bytes were not staged here, or were already kept or discarded');
    return path;
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
