/**
 * The organizers' pages' pure part (no Taro, so the client tests check it directly): routes, a session's state
 * for its organizer in words (已安排 / 报名中 / 已满 / 进行中 / 已举办 / 已取消), the 安排宣讲 form and its
 * conversion to the contract's `fields` (create), `changes` (update) and `move`, China wall-clock times to
 * instants and back, when to fetch the next check-in code, and the check-in link the H5 QR code carries.
 */
import type { PublisherIdentity } from '@shared/announcements/publishers';
import { publisherScopes } from '@shared/announcements/publishers';
import type { Target } from '@shared/announcements/target';
import type { Role, Scope } from '@shared/auth/roles';
import { districtName } from '@shared/org/districts';
import type { BriefingDetail, BriefingListItem } from '@shared/contracts/briefings';
import type { ClauseId } from '@shared/policy/clauses';
import { CLAUSE_IDS, CLAUSES } from '@shared/policy/clauses';
import { chinaInstant, formatChinaTime } from '@shared/time/instants';

export const ORGANIZE_ROUTES = {
  sessions: '/packages/organize/sessions/index',
  edit: (id?: string) => (id ? `/packages/organize/edit/index?id=${encodeURIComponent(id)}` : '/packages/organize/edit/index'),
  session: (id: string) => `/packages/organize/session/index?id=${encodeURIComponent(id)}`,
  cadence: '/packages/organize/cadence/index',
};

/** The attendee's check-in page; the H5 QR code carries the code in its query. */
export const CHECKIN_PAGE = '/packages/notices/checkin/index';
export function checkInPath(id: string, code?: string): string {
  return `${CHECKIN_PAGE}?id=${encodeURIComponent(id)}${code ? `&code=${encodeURIComponent(code)}` : ''}`;
}
/** The full URL of the H5 check-in page (hash router) from the page's own location. */
export function checkInUrl(origin: string, pathname: string, id: string, code: string): string {
  return `${origin}${pathname}#${checkInPath(id, code)}`;
}

// ---------------------------------------------------------------- who organizes

export type OrganizerIdentity = Extract<PublisherIdentity, { role: 'city_officer' | 'district_officer' }>;
export interface OrganizerChoice {
  key: string;
  label: string;
  identity: OrganizerIdentity;
}

/** The bureaus the person organizes for (rule briefing-organizers: the city, or their district), from whoami's roles. */
export function organizerChoices(me: { openid: string; roles: { role: Role; scope: Scope }[] } | null): OrganizerChoice[] {
  if (!me) return [];
  const actor = { openid: me.openid, grants: me.roles.map((g) => ({ role: g.role, scope: g.scope })) };
  return publisherScopes(actor).flatMap((p): OrganizerChoice[] => {
    if (p.role === 'city_officer') return [{ key: 'city', label: '市人社局（全市）', identity: p }];
    if (p.role === 'district_officer') return [{ key: `district:${p.scope.district}`, label: `${districtName(p.scope.district)}人社部门`, identity: p }];
    return [];
  });
}

/** The audience as the organizer may set it: a district officer's is their district. */
export function audienceFor(identity: OrganizerIdentity | null, t: Target): Target {
  if (identity?.role !== 'district_officer') return t;
  return { ...t, districts: [identity.scope.district] };
}

// ---------------------------------------------------------------- a session's state for its organizer

export type OrganizerState = 'planned' | 'open' | 'full' | 'ongoing' | 'held' | 'cancelled';
export const ORGANIZER_STATE_LABELS: Record<OrganizerState, string> = {
  planned: '已安排',
  open: '报名中',
  full: '已满',
  ongoing: '进行中',
  held: '已举办',
  cancelled: '已取消',
};
export const ORGANIZER_STATE_TAG: Record<OrganizerState, string> = {
  planned: 'tag tag--wait',
  open: 'tag tag--ok',
  full: 'tag tag--wait',
  ongoing: 'tag tag--ok',
  held: 'tag',
  cancelled: 'tag tag--off',
};

/** The function's phase (and whether it is full) as the organizer's state. */
export function organizerState(it: Pick<BriefingListItem, 'phase' | 'full'>): OrganizerState {
  switch (it.phase) {
    case 'cancelled':
      return 'cancelled';
    case 'ended':
      return 'held';
    case 'ongoing':
      return 'ongoing';
    case 'open':
      return it.full ? 'full' : 'open';
    default:
      return it.full ? 'full' : 'planned';
  }
}

export type SessionsFilter = 'all' | OrganizerState;
export const SESSIONS_FILTERS: { value: SessionsFilter; label: string }[] = [
  { value: 'all', label: '全部' },
  ...(['planned', 'open', 'full', 'held', 'cancelled'] as const).map((s) => ({ value: s as SessionsFilter, label: ORGANIZER_STATE_LABELS[s] })),
];

// ---------------------------------------------------------------- times

/** An instant → its China date and wall-clock time. */
export function chinaParts(iso: string | null | undefined): { day: string; time: string } {
  if (!iso || Number.isNaN(Date.parse(iso))) return { day: '', time: '' };
  const t = formatChinaTime(iso);
  return { day: t.slice(0, 10), time: t.slice(11, 16) };
}

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
const TIME_RE = /^\d{2}:\d{2}$/;
/** A China date and time → the instant ('' when either is missing, so the function's schema names the field). */
export function instantOf(day: string, time: string): string {
  return DAY_RE.test(day) && TIME_RE.test(time) ? chinaInstant(day, time) : '';
}

export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

// ---------------------------------------------------------------- the form

export type VenueKind = 'place' | 'online';
export interface EditForm {
  topic: string;
  summary: string;
  clauses: ClauseId[];
  day: string;
  startTime: string;
  endTime: string;
  venueKind: VenueKind;
  address: string;
  room: string;
  url: string;
  platform: string;
  meetingCode: string;
  /** As typed. */
  capacity: string;
  audience: Target;
  /** 'YYYY-MM-DD' or '' (from now); sign-up opens at 00:00 China time that day. */
  opensOn: string;
  /** 'YYYY-MM-DD' + 'HH:MM', or '' (until the session starts). */
  closesOn: string;
  closesTime: string;
}

export function emptyForm(today: string): EditForm {
  return {
    topic: '',
    summary: '',
    clauses: ['第六条'],
    day: addDays(today, 7),
    startTime: '09:30',
    endTime: '11:30',
    venueKind: 'place',
    address: '',
    room: '',
    url: '',
    platform: '',
    meetingCode: '',
    capacity: '50',
    audience: {},
    opensOn: '',
    closesOn: '',
    closesTime: '18:00',
  };
}

export function formOf(s: BriefingDetail['session']): EditForm {
  const start = chinaParts(s.startsAt);
  const end = chinaParts(s.endsAt);
  const closes = chinaParts(s.signUp.closesAt);
  const v = s.venue;
  return {
    topic: s.topic,
    summary: s.summary,
    clauses: s.clauses.map((c) => c.id),
    day: start.day,
    startTime: start.time,
    endTime: end.time,
    venueKind: v.kind,
    address: v.kind === 'place' ? v.address : '',
    room: v.kind === 'place' ? (v.room ?? '') : '',
    url: v.kind === 'online' ? v.url : '',
    platform: v.kind === 'online' ? (v.platform ?? '') : '',
    meetingCode: v.kind === 'online' ? (v.meetingCode ?? '') : '',
    capacity: String(s.capacity),
    audience: s.audience,
    opensOn: chinaParts(s.signUp.opensAt).day,
    closesOn: closes.day,
    closesTime: closes.time,
  };
}

/** Kinds left empty are dropped (an empty list means “不限”, which the schema spells as absent). */
export function cleanAudience(t: Target): Target {
  const out: Target = {};
  for (const [k, v] of Object.entries(t) as [keyof Target, unknown[]][])
    if (Array.isArray(v) && v.length) (out as Record<string, unknown>)[k] = v;
  return out;
}

export function venueOf(f: EditForm) {
  const opt = (v: string) => (v.trim() ? v.trim() : undefined);
  if (f.venueKind === 'online')
    return { kind: 'online' as const, url: f.url.trim(), ...(opt(f.platform) ? { platform: opt(f.platform) } : {}), ...(opt(f.meetingCode) ? { meetingCode: opt(f.meetingCode) } : {}) };
  return { kind: 'place' as const, address: f.address.trim(), ...(opt(f.room) ? { room: opt(f.room) } : {}) };
}

/** A typed number, or NaN (the schema says 名额应为数字). */
const num = (s: string) => (s.trim() === '' ? Number.NaN : Number(s));

/** The sign-up window from the form: null for “from now” / “until the start”. */
export function windowOf(f: EditForm): { signUpOpensAt: string | null; signUpClosesAt: string | null } {
  return {
    signUpOpensAt: f.opensOn ? instantOf(f.opensOn, '00:00') : null,
    signUpClosesAt: f.closesOn ? instantOf(f.closesOn, f.closesTime || '23:59') : null,
  };
}

/** The form → briefings.create's `fields`. */
export function fieldsOf(f: EditForm) {
  return {
    topic: f.topic,
    summary: f.summary,
    clauses: f.clauses,
    startsAt: instantOf(f.day, f.startTime),
    endsAt: instantOf(f.day, f.endTime),
    venue: venueOf(f),
    capacity: num(f.capacity),
    audience: cleanAudience(f.audience),
    ...windowOf(f),
  };
}

/** The form → briefings.update's `changes`: what update may change (not the time or place — that is 改期). */
export function changesOf(f: EditForm) {
  const w = windowOf(f);
  return {
    topic: f.topic,
    summary: f.summary,
    clauses: f.clauses,
    capacity: num(f.capacity),
    audience: cleanAudience(f.audience),
    ...(w.signUpOpensAt ? { signUpOpensAt: w.signUpOpensAt } : {}),
    ...(w.signUpClosesAt ? { signUpClosesAt: w.signUpClosesAt } : {}),
  };
}

/** 改期: the new day and times, the venue only when it changed, and the reason. */
export function moveOf(f: EditForm, original: BriefingDetail['session'] | null, reason: string) {
  const venue = venueOf(f);
  const changed = !original || JSON.stringify(venue) !== JSON.stringify(original.venue);
  return { startsAt: instantOf(f.day, f.startTime), endsAt: instantOf(f.day, f.endTime), ...(changed ? { venue } : {}), reason };
}

/** “已报名的 12 人（含候补 2 人）将收到通知”. */
export function notifyText(r: { taken: number; waiting: number }): string {
  const n = r.taken + r.waiting;
  if (n === 0) return '目前还没有人报名。';
  return `已报名的 ${n} 人${r.waiting ? `（含候补 ${r.waiting} 人）` : ''}将收到通知。`;
}

/** The clauses to choose from: “第六条 建立职称政策定期宣讲制度”. */
export const CLAUSE_OPTIONS: { value: ClauseId; label: string }[] = CLAUSE_IDS.map((id) => {
  const heading = (CLAUSES as Record<ClauseId, { heading?: string }>)[id]?.heading;
  return { value: id, label: heading ? `${id} ${heading}` : id };
});

/** The first message for a field and everything under it ('fields.venue' also takes 'fields.venue.address'). */
export function issueAt(errors: Readonly<Record<string, string>>, ...paths: string[]): string | undefined {
  for (const path of paths) {
    if (errors[path]) return errors[path];
    const under = Object.keys(errors).find((p) => p.startsWith(`${path}.`));
    if (under) return errors[under];
  }
  return undefined;
}

// ---------------------------------------------------------------- check-in code

/** When to ask for the next code: a minute before it expires, at least 5 s and at most 5 minutes from now. */
export function refreshDelay(expiresAt: string, now: number): number {
  const left = Date.parse(expiresAt) - now - 60_000;
  return Math.max(5_000, Math.min(5 * 60_000, Number.isFinite(left) ? left : 5_000));
}

/** “ABC 234” for reading aloud and typing. */
export function spacedCode(code: string): string {
  return code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}

// ---------------------------------------------------------------- cadence

/** '2026-Q4' moved by whole quarters ('2026-Q4' + 1 → '2027-Q1'). */
export function shiftQuarter(q: string, by: number): string {
  const m = /^(\d{4})-Q([1-4])$/.exec(q);
  if (!m) return q;
  const n = Number(m[1]) * 4 + (Number(m[2]) - 1) + by;
  return `${Math.floor(n / 4)}-Q${(n % 4) + 1}`;
}
