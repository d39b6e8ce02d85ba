/**
 * The local dev clock: real time plus an offset kept in the data folder (so it survives a restart), moved
 * forward with POST /dev/clock { advanceDays } to let a public notice or a defense date arrive. The host puts
 * the offset into each call's context.environment (LOCAL_CLOCK_OFFSET_MS); CloudBase never does.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export class DevClock {
  private offset = 0;

  constructor(private readonly file?: string) {
    if (file && existsSync(file)) {
      try {
        const v = Number((JSON.parse(readFileSync(file, 'utf8')) as { offsetMs?: unknown }).offsetMs);
        if (Number.isFinite(v)) this.offset = v;
      } catch {
        this.offset = 0;
      }
    }
  }

  get offsetMs(): number {
    return this.offset;
  }

  now(): Date {
    return new Date(Date.now() + this.offset);
  }

  /** Move forward (never back before real time) by whole or fractional days; reset with `reset()`. */
  advance(days: number): void {
    this.set(Math.max(0, this.offset + days * 86_400_000));
  }

  reset(): void {
    this.set(0);
  }

  private set(offset: number): void {
    this.offset = offset;
    if (this.file) writeFileSync(this.file, JSON.stringify({ offsetMs: offset }));
  }

  view() {
    return { offsetMs: this.offset, now: this.now().toISOString() };
  }
}
