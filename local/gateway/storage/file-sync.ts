/**
 * fsync with group commit. nedb appends each write to its datafile with `appendFile` and never fsyncs, so
 * an acknowledged write would survive `kill -9` (the bytes are in the page cache) but not a power cut.
 * The gateway calls `sync()` after a write and before answering; callers that arrive while a sync runs
 * share the next one.
 */
import { promises as fs } from 'node:fs';

export class FileSyncer {
  private running: Promise<void> | null = null;
  private queued: Promise<void> | null = null;

  constructor(private readonly filename: string) {}

  sync(): Promise<void> {
    if (!this.running) {
      this.running = fsyncFile(this.filename).finally(() => {
        this.running = null;
      });
      return this.running;
    }
    if (!this.queued) {
      this.queued = this.running
        .catch(() => undefined)
        .then(() => {
          this.queued = null;
          return this.sync();
        });
    }
    return this.queued;
  }
}

export async function fsyncFile(filename: string): Promise<void> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(filename, 'r');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw e;
  }
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
