/**
 * Searching 包人社办字〔2021〕82号 on the 政策 tab: every clause's number, heading, plain explanation, what it sets
 * (facts.ts) and original text, from shared/policy (the one source), on the phone — no request. Words separated by
 * spaces must all appear (中级 论文); when no clause has them all, the clauses with the most of them. Spaces and
 * full-width forms are ignored (“满5年” finds “满 5 年”). Each match carries a short excerpt around the first
 * hit, cut into parts so the page can mark the hits.
 */
import type { ClauseId } from '@shared/policy/clauses';
import { CLAUSE_IDS, CLAUSES } from '@shared/policy/clauses';
import { clauseFacts } from './facts';

export const MAX_QUERY = 30;
const EXCERPT_BEFORE = 12;
const EXCERPT_LENGTH = 60;

export interface ExcerptPart {
  text: string;
  hit: boolean;
}
export interface ClauseMatch {
  id: ClauseId;
  heading: string;
  /** How many of the words it has (all of them unless `partial`). */
  found: number;
  excerpt: ExcerptPart[];
}
export interface ClauseSearch {
  words: string[];
  /** No clause has every word: these have some. */
  partial: boolean;
  matches: ClauseMatch[];
}

/** Full-width digits and letters as ASCII (the text's own Chinese punctuation stays, for the excerpt). */
const halfWidth = (s: string) => s.replace(/[０-９Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).toLowerCase();
const norm = (s: string) => halfWidth(s).replace(/\s+/g, '');

/** The query's words: at most 5, each without spaces, duplicates once. */
export function queryWords(q: string): string[] {
  const words = halfWidth(q)
    .slice(0, MAX_QUERY)
    .split(/[\s,，、;；。.!！?？:："“”'‘’()（）]+/)
    .filter(Boolean);
  return [...new Set(words)].slice(0, 5);
}

interface Indexed {
  id: ClauseId;
  heading: string;
  /** Searched, in this order: the excerpt comes from the first field with a hit. */
  fields: string[];
}

let index: Indexed[] | undefined;
function clauseIndex(): Indexed[] {
  index ??= CLAUSE_IDS.map((id) => {
    const c = CLAUSES[id];
    return { id, heading: c.heading, fields: [id, c.heading, c.plain, ...clauseFacts(id), c.text].map(norm) };
  });
  return index;
}

function excerpt(field: string, words: string[]): ExcerptPart[] {
  const first = Math.min(...words.map((w) => field.indexOf(w)).filter((i) => i >= 0));
  const start = Math.max(0, first - EXCERPT_BEFORE);
  const window = field.slice(start, start + EXCERPT_LENGTH);
  const marks = new Array<boolean>(window.length).fill(false);
  for (const w of words) {
    for (let i = window.indexOf(w); i >= 0; i = window.indexOf(w, i + w.length)) marks.fill(true, i, i + w.length);
  }
  const parts: ExcerptPart[] = [];
  for (let i = 0; i < window.length; i++) {
    const last = parts[parts.length - 1];
    if (last && last.hit === marks[i]) last.text += window[i];
    else parts.push({ text: window[i], hit: marks[i] });
  }
  if (start > 0) parts.unshift({ text: '…', hit: false });
  if (start + EXCERPT_LENGTH < field.length) parts.push({ text: '…', hit: false });
  return parts;
}

export function searchClauses(q: string): ClauseSearch {
  const words = queryWords(q);
  if (!words.length) return { words, partial: false, matches: [] };
  const scored = clauseIndex()
    .map((c) => {
      const has = words.filter((w) => c.fields.some((f) => f.includes(w)));
      // The heading and the explanation (fields 1–2) name what a clause is about: those hits first.
      const inHeading = words.filter((w) => c.fields[1].includes(w) || c.fields[2].includes(w)).length;
      return { c, has, inHeading };
    })
    .filter((s) => s.has.length > 0);
  const best = Math.max(0, ...scored.map((s) => s.has.length));
  const partial = best < words.length;
  const matches = scored
    .filter((s) => s.has.length === best)
    .sort((a, b) => b.inHeading - a.inHeading)
    .map(({ c, has }) => {
      // Skip the bare clause number unless the hit is only there.
      const field = c.fields.slice(1).find((f) => has.some((w) => f.includes(w))) ?? c.fields[0];
      return { id: c.id, heading: c.heading, found: has.length, excerpt: excerpt(field, has) };
    });
  return { words, partial, matches };
}
