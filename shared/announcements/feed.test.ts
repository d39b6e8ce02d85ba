import fc from 'fast-check';
import { Query } from 'mingo';
import { matches } from './condition';
import type { FeedItem } from './feed';
import { announcementKeys, canSeeAnnouncement, compareFeed, feedAfter, feedFor, isUnread, readMark, visibleAnnouncements } from './feed';
import { GX, KDL, PEOPLE, PUBLISHERS, china, content, mongo } from '../../test/fixtures/announcements';
import type { Announcement, AnnouncementStatus } from './model';
import { FOREVER } from './model';
import type { Publisher } from './publishers';
import { holdsPublisher, overseesPublisher } from './publishers';
import type { Recipient, Target } from './target';
import { reaches } from './target';

const NOW = china('2026-12-01T10:00');
const iso = (local: string) => china(local).toISOString();

function announcement(over: { id?: string; status?: AnnouncementStatus; publisher?: Publisher; target?: Target; publishAt?: string | null; expiresAt?: string | null; pinned?: boolean; notifyVersion?: number }): Announcement {
  const c = content({ target: over.target ?? {}, publishAt: over.publishAt ?? null, expiresAt: over.expiresAt ?? null, pinned: over.pinned ?? false });
  return {
    id: over.id ?? 'a-1',
    publisher: over.publisher ?? PUBLISHERS.city,
    status: over.status ?? 'published',
    content: c,
    version: 2,
    edition: 1,
    notifyVersion: over.notifyVersion ?? 1,
    history: [],
    createdBy: { openid: 'o-city', role: 'city_officer' },
    createdAt: iso('2026-11-01T09:00'),
    updatedAt: iso('2026-11-01T09:00'),
  };
}

const people = Object.values(PEOPLE);
const publishers = Object.values(PUBLISHERS);
const targets: Target[] = [{}, { districts: [KDL] }, { districts: [GX], roles: ['employer_hr'] }, { employers: ['emp-gx'] }, { bodies: ['assoc-1'] }, { eligibility: [{ series: 'engineering', verdicts: ['likely'] }] }];
const times = [null, iso('2026-11-30T10:00'), iso('2026-12-01T10:00'), iso('2026-12-01T10:01'), iso('2027-01-01T00:00')];

const annArb = fc
  .record({
    status: fc.constantFrom<AnnouncementStatus>('draft', 'published', 'withdrawn'),
    publisher: fc.constantFrom(...publishers),
    target: fc.constantFrom(...targets),
    publishAt: fc.constantFrom(...times),
    expiresAt: fc.constantFrom(...times),
    pinned: fc.boolean(),
  })
  .map(announcement);

/** The rule in the words of its comment, on its own. */
function oracle(viewer: Recipient, a: Announcement, now: Date): boolean {
  const at = now.toISOString();
  const live = a.status === 'published' && a.content.publishAt !== null && a.content.publishAt <= at && (a.content.expiresAt ?? FOREVER) > at;
  if (live && reaches(a.content.target, viewer)) return true;
  if (holdsPublisher(viewer, a.publisher)) return true;
  return a.status !== 'draft' && overseesPublisher(viewer, a.publisher);
}

describe('one visibility rule for announcements: predicate, query and rule agree', () => {
  it('for random announcements × the cast', () => {
    fc.assert(
      fc.property(annArb, fc.constantFrom(...people), (a, viewer) => {
        const c = visibleAnnouncements(viewer, NOW);
        const keys = announcementKeys(a);
        const predicate = matches(c, keys);
        expect(predicate).toBe(new Query(mongo(c)).test(keys));
        expect(predicate).toBe(oracle(viewer, a, NOW));
      }),
      { numRuns: 1500 },
    );
  });

  it('an industry-targeted announcement: that industry’s HR sees it, another industry’s HR does not', () => {
    const a = announcement({ publisher: PUBLISHERS.gx, target: { districts: [GX], industries: ['稀土新材料'], roles: ['employer_hr'] }, publishAt: iso('2026-11-30T10:00') });
    expect(canSeeAnnouncement(PEOPLE.gxHr, a, NOW)).toBe(true);
    expect(canSeeAnnouncement(PEOPLE.kdlHr, a, NOW)).toBe(false);
    expect(canSeeAnnouncement(PEOPLE.gxEngineer, a, NOW)).toBe(false);
    expect(canSeeAnnouncement(PEOPLE.gxOfficer, a, NOW)).toBe(true);
    expect(canSeeAnnouncement(PEOPLE.cityOfficer, a, NOW)).toBe(true);
  });

  it('expired: gone from the audience, still there for the publisher; drafts only for the publisher’s staff', () => {
    const expired = announcement({ publisher: PUBLISHERS.kdl, target: { districts: [KDL] }, publishAt: iso('2026-11-01T10:00'), expiresAt: iso('2026-11-30T00:00') });
    expect(canSeeAnnouncement(PEOPLE.kdlHr, expired, NOW)).toBe(false);
    expect(canSeeAnnouncement(PEOPLE.kdlOfficer, expired, NOW)).toBe(true);
    const draft = announcement({ status: 'draft', publisher: PUBLISHERS.kdl, target: { districts: [KDL] } });
    expect(canSeeAnnouncement(PEOPLE.kdlOfficer, draft, NOW)).toBe(true);
    expect(canSeeAnnouncement(PEOPLE.cityOfficer, draft, NOW)).toBe(false);
    expect(canSeeAnnouncement(PEOPLE.kdlHr, draft, NOW)).toBe(false);
  });
});

describe('the feed: mine, pinned first then newest, unread marked', () => {
  const list = [
    announcement({ id: 'old', publishAt: iso('2026-11-01T09:00') }),
    announcement({ id: 'new', publishAt: iso('2026-11-30T09:00') }),
    announcement({ id: 'pinned-old', publishAt: iso('2026-10-01T09:00'), pinned: true }),
    announcement({ id: 'told-again', publishAt: iso('2026-11-15T09:00'), notifyVersion: 2 }),
    announcement({ id: 'not-mine', publishAt: iso('2026-11-29T09:00'), target: { districts: [GX] } }),
    announcement({ id: 'future', publishAt: iso('2026-12-05T09:00') }),
  ];
  const reads = [readMark({ id: 'old', notifyVersion: 1 }, 'o-kdl-hr', NOW), readMark({ id: 'told-again', notifyVersion: 1 }, 'o-kdl-hr', NOW)];

  it('orders and marks', () => {
    const items = feedFor(PEOPLE.kdlHr, list, reads, NOW);
    expect(items.map((i: FeedItem) => [i.id, i.unread])).toEqual([
      ['pinned-old', true],
      ['new', true],
      ['told-again', true],
      ['old', false],
    ]);
    expect(isUnread({ notifyVersion: 2 }, { version: 2 })).toBe(false);
    expect(items[0]).toMatchObject({ categoryLabel: '申报通知', publisher: '包头市人力资源和社会保障局', status: 'published' });
  });

  it('keyset pages after the last item visit the feed order exactly once', () => {
    const itemArb = fc.uniqueArray(
      fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), pinned: fc.boolean(), publishAt: fc.constantFrom(iso('2026-11-01T09:00'), iso('2026-11-02T09:00'), iso('2026-11-03T09:00')) }),
      { selector: (x) => x.id, maxLength: 6 },
    );
    fc.assert(
      fc.property(itemArb, fc.integer({ min: 1, max: 3 }), (items, size) => {
        const docs = items.map((x) => ({ _id: x.id, pinned: x.pinned, publishAt: x.publishAt }));
        const sorted = [...items].sort(compareFeed);
        const seen: string[] = [];
        type Item = (typeof items)[number];
        let last: Item | null = null;
        for (let guard = 0; guard < 10; guard++) {
          const after: ReturnType<typeof feedAfter> | null = last ? feedAfter(last) : null;
          const rest: typeof docs = docs.filter((d) => (after ? new Query(mongo(after)).test(d) : true));
          const page: Item[] = rest
            .map((d) => ({ id: d._id, pinned: d.pinned, publishAt: d.publishAt }))
            .sort(compareFeed)
            .slice(0, size);
          seen.push(...page.map((p) => p.id));
          if (page.length < size) break;
          last = page[page.length - 1];
        }
        expect(seen).toEqual(sorted.map((x) => x.id));
      }),
    );
  });
});
