import { z } from 'zod';
import { clip } from './clip';
import type { ClauseId } from '../policy/clauses';
import { CLAUSE_IDS, citation } from '../policy/clauses';

/**
 * An announcement's body as structured blocks, never HTML: paragraphs, headings, bulleted and numbered
 * lists (one level of nesting), and inline links that name a clause of 包人社办字〔2021〕82号, a round or a
 * briefing by id. There is no URL anywhere in the model, so `javascript:`, `data:`, `<script>` or any other
 * scheme cannot be expressed: text is text (the weapp `rich-text` and H5 render it as text nodes), and the
 * client builds each link's page from its kind and id.
 */

export const BODY_LIMITS = {
  /** Blocks in a body. */
  maxBlocks: 80,
  /** Runs of text (plain or linked) in one paragraph or list item. */
  maxInlines: 40,
  /** Items in one list (and in one nested list). */
  maxListItems: 30,
  /** Characters of one run of text. */
  maxInlineChars: 2000,
  /** Characters of a heading. */
  maxHeadingChars: 60,
  /** Characters of the whole body's text (about four printed pages). */
  maxTotalChars: 10_000,
  /** Lists inside lists: an item may hold one nested list whose items hold none (enforced by the types). */
  maxListDepth: 2,
} as const;

export const TITLE_MAX = 60;

/** What a link may point at: a clause (by its id in shared/policy/clauses.ts), a round, a briefing. */
export type LinkRef = { kind: 'clause'; clause: ClauseId } | { kind: 'round'; id: string } | { kind: 'briefing'; id: string };
export type Inline = { text: string; link?: LinkRef };
export interface SubItem {
  content: Inline[];
}
export interface SubList {
  style: ListStyle;
  items: SubItem[];
}
export interface ListItem {
  content: Inline[];
  children?: SubList;
}
export type ListStyle = 'bulleted' | 'numbered';
export type Block =
  | { type: 'paragraph'; content: Inline[] }
  | { type: 'heading'; level: 1 | 2; text: string }
  | { type: 'list'; style: ListStyle; items: ListItem[] };

// ------------------------------------------------------------------ schema

/** Control characters other than none at all: a run is one line; paragraphs are blocks. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]/;
/** Ids the functions generate (hex) or the seed uses: letters, digits, `_` and `-`. */
const REF_ID = /^[A-Za-z0-9_-]{1,64}$/;

const runText = z
  .string({ error: '正文内容应为文字' })
  .min(1, '正文中有空白的文字段，请删除')
  .max(BODY_LIMITS.maxInlineChars, `一段文字不超过 ${BODY_LIMITS.maxInlineChars} 个字`)
  .refine((t) => !CONTROL.test(t), '正文中不能有换行符等控制字符，换行请另起一段');

const refId = (what: string) => z.string({ error: `请选择要链接的${what}` }).regex(REF_ID, `链接的${what}编号不正确`);

export const linkSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('clause'), clause: z.enum(CLAUSE_IDS, { error: '链接的条款不存在，请从条款列表中选择' }) }),
    z.strictObject({ kind: z.literal('round'), id: refId('评审轮次') }),
    z.strictObject({ kind: z.literal('briefing'), id: refId('宣讲') }),
  ],
  { error: '只能链接到政策条款、评审轮次或宣讲，不能填写网址' },
);

const inlineSchema = z.strictObject({ text: runText, link: linkSchema.optional() }, { error: '正文格式不正确' });
const inlines = z
  .array(inlineSchema, { error: '正文格式不正确' })
  .min(1, '正文中有空白的段落，请删除')
  .max(BODY_LIMITS.maxInlines, `一段中的文字和链接不超过 ${BODY_LIMITS.maxInlines} 处`);

const style = z.enum(['bulleted', 'numbered'], { error: '列表应为项目符号或编号列表' });
const items = <T extends z.ZodType>(item: T) =>
  z
    .array(item, { error: '列表格式不正确' })
    .min(1, '列表至少有一项')
    .max(BODY_LIMITS.maxListItems, `一个列表最多 ${BODY_LIMITS.maxListItems} 项`);

const subItemSchema = z.strictObject({ content: inlines }, { error: '列表格式不正确（列表最多嵌套两层）' });
const subListSchema = z.strictObject({ style, items: items(subItemSchema) }, { error: '列表格式不正确' });
const listItemSchema = z.strictObject({ content: inlines, children: subListSchema.optional() }, { error: '列表格式不正确' });

export const blockSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ type: z.literal('paragraph'), content: inlines }),
    z.strictObject({
      type: z.literal('heading'),
      level: z.union([z.literal(1), z.literal(2)], { error: '标题级别应为 1 或 2' }),
      text: runText.pipe(
        z.string().trim().min(1, '标题不能为空').max(BODY_LIMITS.maxHeadingChars, `小标题不超过 ${BODY_LIMITS.maxHeadingChars} 个字`),
      ),
    }),
    z.strictObject({ type: z.literal('list'), style, items: items(listItemSchema) }),
  ],
  { error: '正文只能包含段落、小标题和列表' },
);

export const bodySchema = z
  .array(blockSchema, { error: '正文格式不正确' })
  .max(BODY_LIMITS.maxBlocks, `正文最多 ${BODY_LIMITS.maxBlocks} 段`)
  .superRefine((body, ctx) => {
    const chars = textLength(body);
    if (chars > BODY_LIMITS.maxTotalChars)
      ctx.addIssue({ code: 'custom', message: `正文不超过 ${BODY_LIMITS.maxTotalChars} 个字（现在 ${chars} 个字）` });
  });

export const titleSchema = z
  .string({ error: '请填写标题' })
  .trim()
  .min(2, '标题至少 2 个字')
  .max(TITLE_MAX, `标题不超过 ${TITLE_MAX} 个字`)
  .refine((t) => !CONTROL.test(t), '标题不能包含换行符等控制字符');

// ------------------------------------------------------------------ text renderings

function runs(body: readonly Block[]): string[] {
  return body.flatMap((b) => {
    if (b.type === 'heading') return [b.text];
    if (b.type === 'paragraph') return b.content.map((i) => i.text);
    return b.items.flatMap((it) => [
      ...it.content.map((i) => i.text),
      ...(it.children?.items ?? []).flatMap((s) => s.content.map((i) => i.text)),
    ]);
  });
}

/** Characters of text in the body (code points, as a person counts 字). */
export function textLength(body: readonly Block[]): number {
  return runs(body).reduce((n, t) => n + Array.from(t).length, 0);
}

const joinRuns = (content: readonly Inline[]) => content.map((i) => i.text).join('');

/** The body as plain text: one line per paragraph, heading or item; items marked “•” or “1.”; nested items indented. */
export function plainText(body: readonly Block[]): string {
  const lines: string[] = [];
  for (const b of body) {
    if (b.type === 'heading') lines.push(b.text);
    else if (b.type === 'paragraph') lines.push(joinRuns(b.content));
    else
      b.items.forEach((it, i) => {
        lines.push(`${b.style === 'numbered' ? `${i + 1}.` : '•'} ${joinRuns(it.content)}`);
        it.children?.items.forEach((s, j) =>
          lines.push(`  ${it.children!.style === 'numbered' ? `${j + 1})` : '-'} ${joinRuns(s.content)}`),
        );
      });
  }
  return lines.join('\n');
}

/** A subscribe message's `thing` field: ≤ 20 characters (WECHAT.md). */
export const THING_MAX = 20;
export function thing(text: string): string {
  return clip(text, THING_MAX) || '—';
}

/** The first line of the body for a list, ≤ `max` characters. */
export function excerpt(body: readonly Block[], max = 60): string {
  const lines = body.flatMap((b) => {
    if (b.type === 'heading') return [b.text];
    if (b.type === 'paragraph') return [joinRuns(b.content)];
    return b.items.flatMap((it) => [joinRuns(it.content), ...(it.children?.items ?? []).map((x) => joinRuns(x.content))]);
  });
  return clip(lines.join(' '), max);
}

/**
 * The text a keyword search runs over: title, body and attachment names, full-width forms folded (NFKC),
 * letters lowercased, whitespace collapsed. Stored beside the announcement, searched with an escaped pattern.
 */
export const SEARCH_TEXT_MAX = 12_000;
export function searchText(parts: {
  title: string;
  body: readonly Block[];
  attachments?: readonly { name: string }[];
  extra?: readonly string[];
}): string {
  const all = [parts.title, plainText(parts.body), ...(parts.attachments ?? []).map((a) => a.name), ...(parts.extra ?? [])].join(' ');
  return Array.from(normalizeSearch(all)).slice(0, SEARCH_TEXT_MAX).join('');
}

export function normalizeSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A keyword as a literal regular-expression source (for `db.RegExp`), after the same normalization. */
export function keywordPattern(keyword: string): string {
  return normalizeSearch(keyword).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** What a link says when it is shown on its own (e.g. in plain text or a tooltip). */
export function linkLabel(link: LinkRef): string {
  if (link.kind === 'clause') return citation(link.clause);
  return link.kind === 'round' ? '评审轮次' : '政策宣讲';
}

/** Every link of the body (the function checks that rounds and briefings named exist and are public). */
export function linksOf(body: readonly Block[]): LinkRef[] {
  const out: LinkRef[] = [];
  const take = (content: readonly Inline[]) => content.forEach((i) => i.link && out.push(i.link));
  for (const b of body) {
    if (b.type === 'paragraph') take(b.content);
    if (b.type === 'list') b.items.forEach((it) => (take(it.content), it.children?.items.forEach((s) => take(s.content))));
  }
  return out;
}

/**
 * The body as nodes for the weapp `rich-text` component (and the H5 equivalent): only p, h3, h4, ol, ul, li
 * and span elements with a class, and text nodes. No attribute carries anything from the text.
 */
export type RichTextNode = { type: 'text'; text: string } | { name: string; attrs: { class: string }; children: RichTextNode[] };
export function richTextNodes(body: readonly Block[]): RichTextNode[] {
  const text = (t: string): RichTextNode => ({ type: 'text', text: t });
  const el = (name: string, cls: string, children: RichTextNode[]): RichTextNode => ({ name, attrs: { class: cls }, children });
  const line = (content: readonly Inline[]) =>
    content.map((i) => (i.link ? el('span', `ann-link ann-link-${i.link.kind}`, [text(i.text)]) : text(i.text)));
  return body.map((b) => {
    if (b.type === 'heading') return el(b.level === 1 ? 'h3' : 'h4', 'ann-h', [text(b.text)]);
    if (b.type === 'paragraph') return el('p', 'ann-p', line(b.content));
    const list = (s: ListStyle) => (s === 'numbered' ? 'ol' : 'ul');
    return el(
      list(b.style),
      'ann-list',
      b.items.map((it) =>
        el('li', 'ann-li', [
          ...line(it.content),
          ...(it.children
            ? [
                el(
                  list(it.children.style),
                  'ann-list',
                  it.children.items.map((s) => el('li', 'ann-li', line(s.content))),
                ),
              ]
            : []),
        ]),
      ),
    );
  });
}

/** A body from plain paragraphs (for generated announcements such as the defense notice). */
export function paragraphs(...texts: (string | Inline[])[]): Block[] {
  return texts.map((t) => ({ type: 'paragraph', content: typeof t === 'string' ? [{ text: t }] : t }));
}
