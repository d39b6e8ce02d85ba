/**
 * Looks at an nedb datafile before nedb loads it. nedb drops lines it cannot parse and rewrites the file
 * when it loads, so a corrupt file (or somebody else's `.db` file) would be silently destroyed. Only a
 * torn last line (a crash in the middle of an append that was never acknowledged) is tolerated.
 */
import { promises as fs } from 'node:fs';

export type DatafileState = 'missing' | 'nedb' | 'foreign';

export async function checkDatafile(filename: string): Promise<DatafileState> {
  let text: string;
  try {
    text = await fs.readFile(filename, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw e;
  }
  const lines = text.split('\n');
  const last = lines.length - 1;
  let sawRecord = false;
  for (let i = 0; i <= last; i++) {
    if (lines[i].trim() === '') continue;
    let record: unknown;
    try {
      record = JSON.parse(lines[i]);
    } catch {
      if (i === last) break; // torn tail
      if (!sawRecord) return 'foreign';
      throw new Error(`datafile ${filename} is corrupt at line ${i + 1}; refusing to load it (nedb would drop the line)`);
    }
    if (!isNedbRecord(record)) {
      if (!sawRecord) return 'foreign';
      throw new Error(`datafile ${filename} has an unexpected record at line ${i + 1}`);
    }
    sawRecord = true;
  }
  return 'nedb';
}

function isNedbRecord(v: unknown): boolean {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const r = v as Record<string, unknown>;
  return '_id' in r || '$$indexCreated' in r || '$$indexRemoved' in r;
}
