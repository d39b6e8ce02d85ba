import fc from 'fast-check';
import { matches } from './condition';
import type { FanoutJob } from './fanout';
import { FANOUT_LIMITS, cancelFanout, claimFanout, deliveryId, fanoutJobId, mayStartPage, newFanoutJob, nextPageQuery, planPage, restartFanout } from './fanout';
import { GX, KDL, PEOPLE, PUBLISHERS, china, person } from '../../test/fixtures/announcements';
import { createDraft, transition } from './lifecycle';
import type { Announcement } from './model';
import type { Recipient, Target } from './target';
import { reaches, recipientKeys } from './target';

const T0 = china('2026-12-01T10:00');

function publishedTo(target: Target): Announcement {
  const d = createDraft(
    {
      id: 'a-1',
      publisher: PUBLISHERS.city,
      content: { title: '通知', category: 'other', body: [{ type: 'paragraph', content: [{ text: '正文' }] }], target },
    },
    PEOPLE.cityOfficer,
    T0,
  );
  if (!d.ok) throw new Error(d.message);
  const p = transition(d.next, 'publish', PEOPLE.cityOfficer, T0);
  if (!p.ok) throw new Error(p.message);
  return p.next;
}

/** A crowd of people; every third in 稀土高新区, every second HR. The city officer who publishes is among them. */
function crowd(n: number): Recipient[] {
  const out = Array.from({ length: n }, (_, i) =>
    person(`o-${String(i).padStart(5, '0')}`, {
      districts: [i % 3 === 0 ? GX : KDL],
      grants: i % 2 === 0 ? [['employer_hr', { kind: 'org', orgId: `emp-${i}` }]] : [],
    }),
  );
  return [...out, { ...PEOPLE.cityOfficer, districts: [GX] }];
}

class Killed extends Error {}

/**
 * The function's fan-out loop, as the design in fanout.ts describes it, over an in-memory store: claim the job,
 * then page: query, insert deliveries one at a time (a duplicate insert fails and is skipped), save the cursor
 * with compare-and-set. `kill(step)` may cut the run off before any store operation.
 */
function simulate(a: Announcement, people: Recipient[], kills: number[], limits = { ...FANOUT_LIMITS, pageSize: 7 }) {
  const store = { job: newFanoutJob({ kind: 'fanout', announcementId: a.id, version: 1, notBefore: a.content.publishAt!, reason: 'published' }, T0), deliveries: new Map<string, string>() };
  const inserts = new Map<string, number>();
  const sorted = [...people].sort((x, y) => (x.openid < y.openid ? -1 : 1));
  let step = 0;
  const op = () => {
    if (kills.includes(step++)) throw new Killed();
  };
  let clock = T0.getTime();
  for (let run = 0; run < 500 && !store.job.done; run++) {
    clock += limits.leaseMs + 1; // each timer tick comes after any earlier lease expired
    const owner = `run-${run}`;
    try {
      op();
      const claimed = claimFanout(store.job, owner, new Date(clock), limits);
      if (!claimed) continue;
      store.job = claimed;
      let job: FanoutJob = claimed;
      while (!job.done) {
        op();
        const q = nextPageQuery(job, a, limits);
        const page = sorted.filter((p) => matches(q.where, recipientKeys(p))).slice(0, q.limit);
        const { deliveries, next } = planPage(job, a, page, new Date(clock), limits);
        for (const d of deliveries) {
          op();
          if (store.deliveries.has(d.id)) continue; // the insert fails: it exists
          store.deliveries.set(d.id, d.openid);
          inserts.set(d.openid, (inserts.get(d.openid) ?? 0) + 1);
        }
        op();
        if (store.job.rev !== job.rev || store.job.lease?.owner !== owner) throw new Error('lost the job');
        store.job = next;
        job = next;
      }
    } catch (e) {
      if (!(e instanceof Killed)) throw e;
    }
  }
  return { store, inserts };
}

describe('fan-out: bounded, resumable, idempotent', () => {
  const target: Target = { districts: [GX], roles: ['employer_hr'] };
  const a = publishedTo(target);
  const people = crowd(60);
  const expected = people.filter((p) => reaches(target, p) && p.openid !== 'o-city').map((p) => p.openid);

  it('delivery ids are per (announcement, version, person)', () => {
    expect(deliveryId('a-1', 1, 'o-1')).toBe('ann:a-1:v1:o-1');
    expect(deliveryId('a-1', 2, 'o-1')).not.toBe(deliveryId('a-1', 1, 'o-1'));
    expect(fanoutJobId('a-1', 1)).toBe('ann:a-1:v1');
  });

  it('without interruption: everyone reached, once, the publisher not told', () => {
    const { inserts, store } = simulate(a, people, []);
    expect([...inserts.keys()].sort()).toEqual(expected);
    expect([...inserts.values()].every((n) => n === 1)).toBe(true);
    expect(store.job).toMatchObject({ done: true, enqueued: expected.length, lease: null });
  });

  it('property: cut off anywhere, any number of times — nobody skipped, nobody told twice', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 120 }), { maxLength: 12 }), (kills) => {
        const { inserts, store } = simulate(a, people, kills);
        expect(store.job.done).toBe(true);
        expect([...inserts.keys()].sort()).toEqual(expected);
        expect([...inserts.values()].every((n) => n === 1)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('a job is taken only when due, unfinished and not held by a live run', () => {
    const job = newFanoutJob({ kind: 'fanout', announcementId: 'a', version: 1, notBefore: china('2026-12-02T09:00').toISOString(), reason: 'published' }, T0);
    expect(claimFanout(job, 'r1', T0)).toBeNull();
    const due = china('2026-12-02T09:00');
    const held = claimFanout(job, 'r1', due)!;
    expect(held.lease).toEqual({ owner: 'r1', until: new Date(due.getTime() + FANOUT_LIMITS.leaseMs).toISOString() });
    expect(claimFanout(held, 'r2', new Date(due.getTime() + 1000))).toBeNull();
    expect(claimFanout(held, 'r2', new Date(due.getTime() + FANOUT_LIMITS.leaseMs + 1))).not.toBeNull();
    expect(claimFanout(cancelFanout(held, due), 'r2', new Date(due.getTime() + 60_000))).toBeNull();
    const restarted = restartFanout({ ...held, done: true, after: 'o-9' }, due);
    expect(restarted).toMatchObject({ done: false, after: null });
  });

  it('a page passes over people no longer in the target; a short page ends the job; runs stop starting pages after the budget', () => {
    const job = claimFanout(newFanoutJob({ kind: 'fanout', announcementId: 'a-1', version: 1, notBefore: T0.toISOString(), reason: 'published' }, T0), 'r', T0)!;
    const page = [person('o-1', { districts: [GX], grants: [['employer_hr', { kind: 'org', orgId: 'e' }]] }), person('o-2', { districts: [KDL] })];
    const r = planPage(job, a, page, T0);
    expect(r.deliveries.map((d) => d.openid)).toEqual(['o-1']);
    expect(r.next).toMatchObject({ after: 'o-2', done: true, enqueued: 1, passed: 1, pages: 1 });
    expect(mayStartPage(0, FANOUT_LIMITS.budgetMs - 1)).toBe(true);
    expect(mayStartPage(0, FANOUT_LIMITS.budgetMs)).toBe(false);
    expect(FANOUT_LIMITS.pageSize).toBeLessThanOrEqual(1000);
  });
});
