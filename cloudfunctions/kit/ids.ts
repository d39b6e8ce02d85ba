import { createHash, randomBytes, randomInt } from 'node:crypto';

/** Document ids we choose ourselves, so a document can be written inside a transaction with doc().set(). */
export function newId(): string {
  return randomBytes(12).toString('hex');
}

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** One-time codes: 8 characters, no look-alikes (0/O, 1/I). */
export function newCode(length = 8): string {
  let s = '';
  for (let i = 0; i < length; i++) s += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return s;
}

/** Codes are stored hashed: a leaked collection does not hand out invitations. */
export function hashCode(code: string): string {
  return createHash('sha256').update(code.trim().toUpperCase()).digest('hex');
}
