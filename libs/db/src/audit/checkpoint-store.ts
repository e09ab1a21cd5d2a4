import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { AuditCheckpoint } from './audit-chain';

/** A place outside the database where the chain's latest head is kept. */
export interface CheckpointStore {
  /** Named in /audit/verify's answer when what it holds is not authentic. */
  readonly name: string;
  /** The stored checkpoint, undefined when none was ever written; throws when the store cannot be read. */
  read(): Promise<AuditCheckpoint | undefined>;
  /** Replaces the checkpoint; only ever called with a higher seq than the one read. */
  write(checkpoint: AuditCheckpoint): Promise<void>;
}

/** A JSON file (under DATA_DIR), replaced atomically so that a crash never leaves half a checkpoint. */
export class FileCheckpointStore implements CheckpointStore {
  readonly name: string;

  constructor(private readonly path: string) {
    this.name = `file ${path}`;
  }

  async read(): Promise<AuditCheckpoint | undefined> {
    try {
      return JSON.parse(await readFile(this.path, 'utf8')) as AuditCheckpoint;
    } catch (error) {
      if ((error as { code?: string }).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  async write(checkpoint: AuditCheckpoint): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    const temporary = `${this.path}.${process.pid}.tmp`;
    await writeFile(temporary, `${JSON.stringify(checkpoint)}\n`, { mode: 0o600 });
    await rename(temporary, this.path);
  }
}
