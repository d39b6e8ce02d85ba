/**
 * The publishing pages' pure part (no Taro, so the client tests check it directly): routes, the capacities a
 * person publishes in (publisherScopes over whoami's roles), the block editor's model and its conversion to
 * and from the body blocks of shared/announcements/body, the form → `content` of the contract, dates in
 * China time, and which field an issue path of the function belongs to.
 */
import type { Block, Inline, LinkRef, ListStyle } from '@shared/announcements/body';
import type { FileRef } from '@shared/announcements/files';
import type { PublisherIdentity } from '@shared/announcements/publishers';
import { PUBLISHER_ROLE_LABELS, publisherScopes } from '@shared/announcements/publishers';
import type { Target } from '@shared/announcements/target';
import type { CategoryId } from '@shared/announcements/categories';
import type { Role, Scope } from '@shared/auth/roles';
import type { ClauseId } from '@shared/policy/clauses';
import { CLAUSES } from '@shared/policy/clauses';
import { districtName } from '@shared/org/districts';

export const PUBLISH_ROUTES = {
  mine: '/packages/publish/mine/index',
  compose: (id?: string) => (id ? `/packages/publish/compose/index?id=${encodeURIComponent(id)}` : '/packages/publish/compose/index'),
  receipts: (id: string) => `/packages/publish/receipts/index?id=${encodeURIComponent(id)}`,
};

// ---------------------------------------------------------------- capacities

export interface Capacity {
  key: string;
  identity: PublisherIdentity;
  label: string;
}

/** The capacities the person may publish in, from whoami's roles (the same rule the function applies). */
export function capacitiesOf(me: {
  openid: string;
  roles: { role: Role; scope: Scope }[];
  organizations: { id: string; name: string }[];
}): Capacity[] {
  const actor = { openid: me.openid, grants: me.roles.map((g) => ({ role: g.role, scope: g.scope })) };
  return publisherScopes(actor).map((identity) => ({
    key: capacityKey(identity),
    identity,
    label: capacityLabel(identity, me.organizations),
  }));
}

export function capacityKey(p: PublisherIdentity): string {
  if (p.scope.kind === 'city') return 'city';
  if (p.scope.kind === 'district') return `district:${p.scope.district}`;
  return `${p.role}:${p.scope.orgId}`;
}

export function capacityLabel(p: PublisherIdentity, orgs: { id: string; name: string }[] = []): string {
  if (p.scope.kind === 'city') return '市人社局（全市）';
  if (p.scope.kind === 'district') return `${districtName(p.scope.district)}人社部门`;
  const orgId = p.scope.orgId;
  const name = orgs.find((o) => o.id === orgId)?.name;
  return `${PUBLISHER_ROLE_LABELS[p.role]}${name ? `（${name}）` : ''}`;
}

// ---------------------------------------------------------------- the block editor's model

export type LinkKind = LinkRef['kind'];
/** A block as the editor holds it: one kind of input per block; never HTML. */
export type EditorBlock =
  | { key: number; kind: 'paragraph'; text: string }
  | { key: number; kind: 'heading'; text: string }
  | { key: number; kind: 'list'; style: ListStyle; items: string[] }
  /** A paragraph that ends in one link (引用条款 / 链接到宣讲 / 链接到评审轮次), with an optional lead-in. */
  | { key: number; kind: 'link'; linkKind: LinkKind; lead: string; link: LinkRef | null; linkText: string }
  /** A block the editor does not edit in place (e.g. a generated body with several links): kept as it is. */
  | { key: number; kind: 'fixed'; block: Block };
export type EditorKind = EditorBlock['kind'];

export const ADDABLE: { kind: Exclude<EditorKind, 'fixed' | 'link'> | LinkKind; label: string }[] = [
  { kind: 'paragraph', label: '段落' },
  { kind: 'heading', label: '小标题' },
  { kind: 'list', label: '列表' },
  { kind: 'clause', label: '引用条款' },
  { kind: 'briefing', label: '链接到宣讲' },
  { kind: 'round', label: '链接到评审轮次' },
];

export const BLOCK_LABELS: Record<EditorKind, string> = {
  paragraph: '段落',
  heading: '小标题',
  list: '列表',
  link: '链接',
  fixed: '原有内容',
};
export const LINK_LABELS: Record<LinkKind, string> = { clause: '引用条款', briefing: '链接到宣讲', round: '链接到评审轮次' };

let nextKey = 1;
const key = () => nextKey++;

export function newBlock(kind: (typeof ADDABLE)[number]['kind']): EditorBlock {
  if (kind === 'paragraph' || kind === 'heading') return { key: key(), kind, text: '' };
  if (kind === 'list') return { key: key(), kind: 'list', style: 'bulleted', items: [''] };
  return { key: key(), kind: 'link', linkKind: kind, lead: kind === 'clause' ? '详见' : '', link: null, linkText: '' };
}

export function addBlock(blocks: readonly EditorBlock[], kind: (typeof ADDABLE)[number]['kind']): EditorBlock[] {
  return [...blocks, newBlock(kind)];
}

export function moveBlock(blocks: readonly EditorBlock[], index: number, by: -1 | 1): EditorBlock[] {
  const to = index + by;
  if (index < 0 || index >= blocks.length || to < 0 || to >= blocks.length) return [...blocks];
  const out = [...blocks];
  [out[index], out[to]] = [out[to], out[index]];
  return out;
}

export function removeBlock(blocks: readonly EditorBlock[], index: number): EditorBlock[] {
  return blocks.filter((_, i) => i !== index);
}

export function updateBlock(blocks: readonly EditorBlock[], index: number, patch: Partial<EditorBlock>): EditorBlock[] {
  return blocks.map((b, i) => (i === index ? ({ ...b, ...patch } as EditorBlock) : b));
}

/** What a clause link says: “第六条 建立职称政策定期宣讲制度”. */
export function clauseLinkText(id: ClauseId): string {
  const heading = (CLAUSES as Record<ClauseId, { heading?: string }>)[id]?.heading;
  return heading ? `${id} ${heading}` : id;
}

/** Editor blocks → body blocks. Empty inputs are kept (the function's schema says what is missing, under the block). */
export function toBody(blocks: readonly EditorBlock[]): Block[] {
  return blocks.map((b): Block => {
    switch (b.kind) {
      case 'paragraph':
        return { type: 'paragraph', content: b.text ? [{ text: b.text }] : [] };
      case 'heading':
        return { type: 'heading', level: 1, text: b.text };
      case 'list':
        return { type: 'list', style: b.style, items: b.items.map((t) => ({ content: t ? [{ text: t }] : [] })) };
      case 'link': {
        const content: Inline[] = [];
        if (b.lead) content.push({ text: b.lead });
        // Not chosen yet: the link goes without its id, and the function's schema asks for it under this block.
        const link = b.link ?? ({ kind: b.linkKind } as LinkRef);
        content.push({ text: b.linkText || LINK_LABELS[b.linkKind], link });
        return { type: 'paragraph', content };
      }
      case 'fixed':
        return b.block;
    }
  });
}

/** Body blocks → editor blocks (a draft opened again). */
export function fromBody(body: readonly Block[]): EditorBlock[] {
  return body.map((b): EditorBlock => {
    if (b.type === 'heading') return { key: key(), kind: 'heading', text: b.text };
    if (b.type === 'list') {
      const plain = b.items.every((it) => !it.children && it.content.every((r) => !r.link));
      return plain
        ? { key: key(), kind: 'list', style: b.style, items: b.items.map((it) => it.content.map((r) => r.text).join('')) }
        : { key: key(), kind: 'fixed', block: b };
    }
    const links = b.content.filter((r) => r.link);
    if (!links.length) return { key: key(), kind: 'paragraph', text: b.content.map((r) => r.text).join('') };
    const last = b.content[b.content.length - 1];
    if (links.length === 1 && last.link && b.content.length <= 2)
      return {
        key: key(),
        kind: 'link',
        linkKind: last.link.kind,
        lead: b.content.length === 2 ? b.content[0].text : '',
        link: last.link,
        linkText: last.text,
      };
    return { key: key(), kind: 'fixed', block: b };
  });
}

// ---------------------------------------------------------------- the form

export interface ComposeForm {
  capacity: string;
  title: string;
  category: CategoryId | '';
  blocks: EditorBlock[];
  attachments: FileRef[];
  target: Target;
  /** 'YYYY-MM-DD' (China) or '' (when published / until withdrawn). */
  publishOn: string;
  expiresOn: string;
  pinned: boolean;
}

/** A China-time date → the instant it starts (publish) or ends (expiry). */
export const publishInstant = (day: string) => (day ? `${day}T00:00:00+08:00` : null);
export const expiryInstant = (day: string) => (day ? `${day}T23:59:59+08:00` : null);
export function contentOf(f: ComposeForm) {
  return {
    title: f.title,
    category: f.category as CategoryId,
    body: toBody(f.blocks),
    attachments: f.attachments,
    target: cleanTarget(f.target),
    publishAt: publishInstant(f.publishOn),
    expiresAt: expiryInstant(f.expiresOn),
    pinned: f.pinned,
  };
}

/** Kinds left empty are dropped (an empty list means “不限”, which the schema spells as absent). */
export function cleanTarget(t: Target): Target {
  const out: Target = {};
  for (const [k, v] of Object.entries(t) as [keyof Target, unknown[]][])
    if (Array.isArray(v) && v.length) (out as Record<string, unknown>)[k] = v;
  return out;
}

/** The first message for a field and everything under it ('content.body' also takes 'content.body.2.content'). */
export function issueAt(errors: Readonly<Record<string, string>>, path: string): string | undefined {
  if (errors[path]) return errors[path];
  const under = Object.keys(errors).find((p) => p.startsWith(`${path}.`));
  return under ? errors[under] : undefined;
}

/**
 * Field errors shown once each: a message is given to the most specific field that claims it; the rest
 * (paths no field shows) are what the form-wide notice says.
 */
export const FIELD_PATHS = [
  'publisher',
  'content.title',
  'content.category',
  'content.body',
  'content.attachments',
  'content.target',
  'content.publishAt',
  'content.expiresAt',
  'content.pinned',
  'reason',
  'note',
  'expectedVersion',
];
export function unclaimed(errors: Readonly<Record<string, string>>): string[] {
  return Object.entries(errors)
    .filter(([p]) => !FIELD_PATHS.some((f) => p === f || p.startsWith(`${f}.`)))
    .map(([, m]) => m);
}

/** The block an issue path points at ('content.body.3.content.0.text' → 3), or null. */
export function blockIssues(errors: Readonly<Record<string, string>>): { body?: string; blocks: Record<number, string> } {
  const blocks: Record<number, string> = {};
  let body: string | undefined;
  for (const [p, m] of Object.entries(errors)) {
    const hit = /^content\.body\.(\d+)(\.|$)/.exec(p);
    if (hit) {
      const i = Number(hit[1]);
      if (!(i in blocks)) blocks[i] = m;
    } else if (p === 'content.body' && !body) body = m;
  }
  return { body, blocks };
}

/** “将送达 128 人” / the reason it reaches nobody. */
export function reachText(r: { count: number; problem?: string } | null, loading: boolean): string {
  if (!r) return loading ? '正在计算送达人数…' : '';
  if (r.problem) return r.problem;
  return `将送达 ${r.count} 人`;
}

/** The body as the preview shows it: what is still empty or unchosen is left out (the function will ask for it). */
export function previewBody(blocks: readonly EditorBlock[]): Block[] {
  const ready = blocks.flatMap((b): EditorBlock[] => {
    if (b.kind === 'link' && !b.link) return b.lead ? [{ key: b.key, kind: 'paragraph', text: b.lead }] : [];
    if ((b.kind === 'paragraph' || b.kind === 'heading') && !b.text.trim()) return [];
    if (b.kind === 'list') {
      const items = b.items.filter((t) => t.trim());
      return items.length ? [{ ...b, items }] : [];
    }
    return [b];
  });
  return toBody(ready);
}
