/**
 * Bounds on what a caller may send, checked before anything parses, clones or validates deeply: a deeply
 * nested body overflows the stack of JSON.stringify, structured clone (postMessage) and zod alike, and a
 * huge one fills memory. The local host scans the raw text; the function kit walks the event it was given
 * (CloudBase hands it already parsed). Both use these limits, so what the host lets through the kit accepts.
 */
export const INPUT_LIMITS = {
  /** Bytes of the whole request (UTF-8). */
  maxBytes: 1024 * 1024,
  /** Objects and arrays inside one another. No contract of ours nests deeper than 8. */
  maxDepth: 32,
  /** Values (objects, arrays, scalars) in the whole request. */
  maxNodes: 50_000,
  /** Characters of one object key. */
  maxKeyLength: 128,
} as const;

export type BoundsBreach = 'too_large' | 'too_deep' | 'too_many' | 'bad_key';

export const BREACH_MESSAGES: Record<BoundsBreach, string> = {
  too_large: `提交的内容过大（上限 ${INPUT_LIMITS.maxBytes / 1024 / 1024} MB）`,
  too_deep: `提交的内容层级过深（上限 ${INPUT_LIMITS.maxDepth} 层）`,
  too_many: '提交的内容项目过多',
  bad_key: '提交的内容含有不允许的字段名',
};

/** Keys that reach for an object's prototype or a database operator: never part of any contract. */
export function isForbiddenKey(key: string): boolean {
  return (
    key === '__proto__' || key === 'constructor' || key === 'prototype' || key.startsWith('$') || key.length > INPUT_LIMITS.maxKeyLength
  );
}

/**
 * The deepest nesting of `[`/`{` in JSON text, skipping strings; stops counting once past `limit`.
 * Runs in one pass with no recursion, so any text is safe to scan.
 */
export function jsonTextDepth(text: string, limit: number = INPUT_LIMITS.maxDepth): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > max) {
        max = depth;
        if (max > limit) return max;
      }
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return max;
}

/**
 * Walk a value without recursion and say whether it breaks a bound: depth, node count, size (counted in
 * characters; the host has already bounded the bytes of the text), forbidden keys. Stops at the first breach.
 */
export function checkBounds(value: unknown, limits: typeof INPUT_LIMITS = INPUT_LIMITS): BoundsBreach | null {
  const stack: { v: unknown; d: number }[] = [{ v: value, d: 0 }];
  let nodes = 0;
  let size = 0;
  while (stack.length) {
    const { v, d } = stack.pop()!;
    if (++nodes > limits.maxNodes) return 'too_many';
    if (typeof v === 'string') {
      size += v.length;
      if (size > limits.maxBytes) return 'too_large';
      continue;
    }
    if (v === null || typeof v !== 'object') {
      size += 8;
      continue;
    }
    if (d + 1 > limits.maxDepth) return 'too_deep';
    if (Array.isArray(v)) {
      for (const item of v) stack.push({ v: item, d: d + 1 });
      continue;
    }
    for (const key of Object.keys(v)) {
      if (isForbiddenKey(key)) return 'bad_key';
      size += key.length;
      stack.push({ v: (v as Record<string, unknown>)[key], d: d + 1 });
    }
  }
  return size > limits.maxBytes ? 'too_large' : null;
}
