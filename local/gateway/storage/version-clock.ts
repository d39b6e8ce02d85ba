/**
 * Per-document write versions, kept only while a transaction is open. A transaction remembers the clock
 * when it starts; a document whose version is newer was changed by someone else since, which is a
 * conflict. Documents never written while transactions were open count as version 0.
 */
export class VersionClock {
  private seq = 0;
  private readonly versions = new Map<string, number>();
  private tracking = false;

  now(): number {
    return this.seq;
  }

  versionOf(collection: string, id: unknown): number {
    return this.versions.get(docKey(collection, id)) ?? 0;
  }

  bump(collection: string, id: unknown): void {
    if (this.tracking) this.versions.set(docKey(collection, id), ++this.seq);
  }

  /** Turned on while at least one transaction is open; turning it off forgets all versions. */
  setTracking(on: boolean): void {
    this.tracking = on;
    if (!on) this.versions.clear();
  }
}

/** A stable key for a document; numeric and string ids stay distinct. */
export function docKey(collection: string, id: unknown): string {
  return `${collection}\u0000${typeof id}\u0000${String(id)}`;
}
