/**
 * Where uploaded bytes live: on disk under `<dataDir>/storage/`, or in memory for an in-memory gateway.
 *
 * On disk an object is two files in `objects/<k0k1>/`, `k` being the sha256 of its fileID (no part of the
 * cloudPath becomes a file name):
 *   `<k>.<cosFileId>.bin`  the bytes of one upload
 *   `<k>.json`             its record (fileID, size, sha256, content type, created, which .bin)
 * An upload is written to `.tmp/`, fsynced and renamed to its own `.bin`; then the record is written to
 * `.tmp/`, fsynced and renamed over `<k>.json` (the commit point), the directory fsynced, and only then the
 * previous upload's `.bin` removed. A delete removes the record first. So a crash at any point leaves either
 * the old or the new object, never a torn one; what is left over (`.tmp/` files, a `.bin` no record names)
 * is removed at the next start.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { KeyedMutex } from '../storage/keyed-mutex';
import { objectKey } from './cloud-path';
import { randomId } from './url-tokens';

export interface StoredObject {
  fileID: string;
  cloudPath: string;
  /** The x-cos-meta-fileid of the upload that wrote it. */
  cosFileId: string;
  size: number;
  sha256: string;
  contentType: string;
  /** ISO time of the upload. */
  created: string;
}

export type ObjectMeta = Omit<StoredObject, 'size' | 'sha256'>;

/** Collects one upload's bytes; `commit` makes them the object, `abort` leaves nothing behind. */
export interface ObjectWriter {
  readonly size: number;
  write(chunk: Buffer): Promise<void>;
  abort(): Promise<void>;
  commit(meta: ObjectMeta): Promise<StoredObject>;
}

export interface ObjectStore {
  stat(fileID: string): Promise<StoredObject | null>;
  /** The object and a stream of its bytes. */
  read(fileID: string): Promise<{ object: StoredObject; body: Readable } | null>;
  beginWrite(): Promise<ObjectWriter>;
  /** Whether there was an object to remove. */
  remove(fileID: string): Promise<boolean>;
  close(): Promise<void>;
}

export async function openObjectStore(dataDir: string | null): Promise<ObjectStore> {
  return dataDir ? DiskObjectStore.open(path.join(dataDir, 'storage')) : new MemoryObjectStore();
}

class MemoryObjectStore implements ObjectStore {
  private readonly objects = new Map<string, { object: StoredObject; data: Buffer }>();

  async stat(fileID: string) {
    return this.objects.get(fileID)?.object ?? null;
  }

  async read(fileID: string) {
    const hit = this.objects.get(fileID);
    return hit ? { object: hit.object, body: Readable.from([hit.data]) } : null;
  }

  async beginWrite(): Promise<ObjectWriter> {
    const chunks: Buffer[] = [];
    const hash = createHash('sha256');
    let size = 0;
    let done = false;
    return {
      get size() {
        return size;
      },
      write: async (chunk) => {
        if (done) throw new Error('writer finished');
        chunks.push(chunk);
        hash.update(chunk);
        size += chunk.length;
      },
      abort: async () => {
        done = true;
        chunks.length = 0;
      },
      commit: async (meta) => {
        if (done) throw new Error('writer finished');
        done = true;
        const object: StoredObject = { ...meta, size, sha256: hash.digest('hex') };
        this.objects.set(meta.fileID, { object, data: Buffer.concat(chunks, size) });
        return object;
      },
    };
  }

  async remove(fileID: string) {
    return this.objects.delete(fileID);
  }

  async close() {
    this.objects.clear();
  }
}

interface Record_ extends StoredObject {
  v: 1;
  /** File name of the bytes in the object's directory. */
  blob: string;
}

const RECORD_SUFFIX = '.json';
const BLOB_SUFFIX = '.bin';

class DiskObjectStore implements ObjectStore {
  private readonly locks = new KeyedMutex();

  private constructor(
    private readonly objectsDir: string,
    private readonly tmpDir: string,
  ) {}

  static async open(root: string): Promise<DiskObjectStore> {
    const store = new DiskObjectStore(path.join(root, 'objects'), path.join(root, '.tmp'));
    await fs.mkdir(store.objectsDir, { recursive: true, mode: 0o700 });
    await fs.rm(store.tmpDir, { recursive: true, force: true });
    await fs.mkdir(store.tmpDir, { recursive: true, mode: 0o700 });
    await store.collectGarbage();
    return store;
  }

  async stat(fileID: string) {
    const rec = await this.record(objectKey(fileID));
    return rec && rec.fileID === fileID ? publicPart(rec) : null;
  }

  async read(fileID: string) {
    const key = objectKey(fileID);
    // A replacement may remove the .bin between reading the record and opening it: read the record again.
    for (let attempt = 0; attempt < 3; attempt++) {
      const rec = await this.record(key);
      if (!rec || rec.fileID !== fileID) return null;
      let handle: fs.FileHandle;
      try {
        handle = await fs.open(path.join(this.dirOf(key), rec.blob), 'r');
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') continue;
        throw e;
      }
      return { object: publicPart(rec), body: handle.createReadStream() };
    }
    return null;
  }

  async beginWrite(): Promise<ObjectWriter> {
    const tmp = path.join(this.tmpDir, `${randomId()}.part`);
    const handle = await fs.open(tmp, 'wx', 0o600);
    const hash = createHash('sha256');
    let size = 0;
    let done = false;
    const finish = async (keep: boolean) => {
      done = true;
      await handle.close().catch(() => undefined);
      if (!keep) await fs.rm(tmp, { force: true });
    };
    return {
      get size() {
        return size;
      },
      write: async (chunk) => {
        if (done) throw new Error('writer finished');
        await handle.write(chunk);
        hash.update(chunk);
        size += chunk.length;
      },
      abort: () => (done ? Promise.resolve() : finish(false)),
      commit: async (meta) => {
        if (done) throw new Error('writer finished');
        try {
          await handle.sync();
        } catch (e) {
          await finish(false);
          throw e;
        }
        await finish(true);
        const object: StoredObject = { ...meta, size, sha256: hash.digest('hex') };
        try {
          await this.install(object, tmp);
        } finally {
          await fs.rm(tmp, { force: true });
        }
        return object;
      },
    };
  }

  async remove(fileID: string) {
    const key = objectKey(fileID);
    return this.locks.run([key], async () => {
      const rec = await this.record(key);
      if (!rec || rec.fileID !== fileID) return false;
      const dir = this.dirOf(key);
      await fs.rm(path.join(dir, `${key}${RECORD_SUFFIX}`), { force: true });
      await fsyncDir(dir);
      await fs.rm(path.join(dir, rec.blob), { force: true });
      return true;
    });
  }

  async close() {}

  private async install(object: StoredObject, tmpBlob: string): Promise<void> {
    const key = objectKey(object.fileID);
    const dir = this.dirOf(key);
    const blob = `${key}.${randomId(12)}${BLOB_SUFFIX}`;
    await this.locks.run([key], async () => {
      await fs.mkdir(dir, { recursive: true, mode: 0o700 });
      const previous = await this.record(key);
      await fs.rename(tmpBlob, path.join(dir, blob));
      const rec: Record_ = { v: 1, ...object, blob };
      const tmpRecord = path.join(this.tmpDir, `${randomId()}.json.part`);
      try {
        await writeFileSynced(tmpRecord, `${JSON.stringify(rec)}\n`);
        await fs.rename(tmpRecord, path.join(dir, `${key}${RECORD_SUFFIX}`));
      } catch (e) {
        await fs.rm(tmpRecord, { force: true });
        await fs.rm(path.join(dir, blob), { force: true });
        throw e;
      }
      await fsyncDir(dir);
      if (previous && previous.blob !== blob) await fs.rm(path.join(dir, previous.blob), { force: true });
    });
  }

  private dirOf(key: string): string {
    return path.join(this.objectsDir, key.slice(0, 2));
  }

  private async record(key: string): Promise<Record_ | null> {
    let text: string;
    try {
      text = await fs.readFile(path.join(this.dirOf(key), `${key}${RECORD_SUFFIX}`), 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
    const rec = JSON.parse(text) as Record_;
    if (rec?.v !== 1 || typeof rec.blob !== 'string' || rec.blob.includes('/') || rec.blob.includes('\\'))
      throw new Error(`unreadable storage record ${key}`);
    return rec;
  }

  /** Removes .bin files no record names (left by a crash between the two renames, or before the old one was removed). */
  private async collectGarbage(): Promise<void> {
    for (const sub of await fs.readdir(this.objectsDir)) {
      const dir = path.join(this.objectsDir, sub);
      let files: string[];
      try {
        files = await fs.readdir(dir);
      } catch {
        continue;
      }
      const named = new Set<string>();
      let unreadable = false;
      for (const f of files.filter((f) => f.endsWith(RECORD_SUFFIX))) {
        try {
          const rec = await this.record(f.slice(0, -RECORD_SUFFIX.length));
          if (rec) named.add(rec.blob);
        } catch {
          unreadable = true;
          process.stderr.write(`[gateway] storage: ignoring unreadable record ${path.join(sub, f)}\n`);
        }
      }
      if (unreadable) continue;
      for (const f of files) if (f.endsWith(BLOB_SUFFIX) && !named.has(f)) await fs.rm(path.join(dir, f), { force: true });
    }
  }
}

function publicPart(rec: Record_): StoredObject {
  const { fileID, cloudPath, cosFileId, size, sha256, contentType, created } = rec;
  return { fileID, cloudPath, cosFileId, size, sha256, contentType, created };
}

async function writeFileSynced(file: string, text: string): Promise<void> {
  const handle = await fs.open(file, 'wx', 0o600);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes renames and removals in `dir` durable (a no-op where directories cannot be opened, e.g. Windows). */
async function fsyncDir(dir: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch {
    // not supported on this platform
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
