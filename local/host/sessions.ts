/**
 * Dev sign-in sessions: a random bearer token → an openid. Only a hash of each token is kept, and it is
 * written to `file` (when given) so a restart of `npm start` keeps everyone signed in.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

interface Session {
  openid: string;
  createdAt: string;
}

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

export class SessionStore {
  private readonly byHash = new Map<string, Session>();

  constructor(private readonly file?: string) {
    if (file && existsSync(file)) {
      try {
        const saved = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Session>;
        for (const [h, s] of Object.entries(saved)) if (s && typeof s.openid === 'string') this.byHash.set(h, s);
      } catch {
        // A damaged sessions file only signs everyone out.
      }
    }
  }

  create(openid: string): string {
    const token = randomBytes(24).toString('base64url');
    this.byHash.set(hash(token), { openid, createdAt: new Date().toISOString() });
    this.save();
    return token;
  }

  openidOf(token: string | undefined): string | undefined {
    return token ? this.byHash.get(hash(token))?.openid : undefined;
  }

  remove(token: string | undefined): boolean {
    if (!token || !this.byHash.delete(hash(token))) return false;
    this.save();
    return true;
  }

  private save(): void {
    if (!this.file) return;
    mkdirSync(dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(Object.fromEntries(this.byHash), null, 1));
    renameSync(tmp, this.file);
  }
}

/** The token of an `Authorization: Bearer <token>` header. */
export function bearerToken(header: string | undefined): string | undefined {
  const m = /^Bearer\s+([A-Za-z0-9_.~+/=-]{1,200})\s*$/i.exec(header ?? '');
  return m ? m[1] : undefined;
}
