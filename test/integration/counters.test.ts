/**
 * The dashboard counters (cloudfunctions/applications/counters.ts) against the local CloudBase through the real SDK:
 * after a random sequence of creates, forward moves, withdrawals, waits across months and pairs of transitions
 * committed at the same time (their transactions conflict on shared counters and are retried), the counters kept
 * by each transaction equal a fresh recount of the applications; and the rebuild repairs counters that drifted.
 */
import fc from 'fast-check';
import { countChange, COUNTERS, LEASES, readCounters, rebuildCounters } from '../../cloudfunctions/applications/counters';
import { main as notifyMain } from '../../cloudfunctions/notify';
import { buildCallContext } from '../../local/host/context';
import { toDoc, type AppDoc } from '../../cloudfunctions/applications/documents';
import { strip } from '../../cloudfunctions/applications/act';
import { inTransaction } from '../../cloudfunctions/kit/transaction';
import type { Database } from '../../cloudfunctions/kit/cloud';
import type { Application, Workflow } from '../../shared/workflow';
import { transition } from '../../shared/workflow';
import { CAST, EMPLOYER, GX, happyStep, hoursLater, KDL, newApp, ok, T0 } from '../fixtures/workflow';
import type { TitleLevel } from '../../shared/policy/vocabulary';
import { ADMIN, startCloud, type Cloud } from '../support/cloud';

let cloud: Cloud;
let db: Database;
beforeAll(async () => {
  cloud = await startCloud();
  db = cloud.db as unknown as Database;
});
afterAll(() => cloud.close());

/** Write the file's next version and its counters in one transaction, as act.ts and create.ts do. */
async function save(before: AppDoc | null, app: Application): Promise<AppDoc> {
  const next = toDoc(app, before);
  await inTransaction(db, async (tx) => {
    await tx.collection('applications').doc(next._id).set(strip(next));
    await countChange(tx, before, next);
  });
  return next;
}

async function counts(): Promise<Record<string, number>> {
  return Object.fromEntries((await readCounters(db)).map((c) => [c._id, c.count]));
}

async function clear(): Promise<void> {
  const _ = db.command;
  for (const c of ['applications', COUNTERS])
    await db
      .collection(c)
      .where({ _id: _.exists(true) })
      .remove();
}

const command = fc.record({
  kind: fc.constantFrom('create', 'forward', 'forward', 'forward', 'withdraw', 'wait', 'pair'),
  pick: fc.nat({ max: 1000 }),
  district: fc.constantFrom(KDL, GX),
  workflow: fc.constantFrom<Workflow>('socialized', 'green_channel'),
  level: fc.constantFrom<TitleLevel>('assistant', 'intermediate', 'deputy_senior'),
  hours: fc.integer({ min: 1, max: 24 * 40 }),
});

describe('dashboard counters', () => {
  it('equal a fresh recount after any sequence of transitions, concurrent ones included', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 5, maxLength: 40 }), async (cmds) => {
        await clear();
        const files = new Map<string, { app: Application; doc: AppDoc }>();
        let now = T0;
        const forward = async (id: string) => {
          const f = files.get(id)!;
          let step;
          try {
            step = happyStep(f.app, now);
          } catch {
            return; // no forward move from here
          }
          const r = transition(f.app, step.action, step.actor, step.now, step.input);
          if (!r.ok) return;
          files.set(id, { app: r.next, doc: await save(f.doc, r.next) });
          if (step.now > now) now = step.now;
        };
        for (const c of cmds) {
          const ids = [...files.keys()];
          const pick = (k = 0) => ids[(c.pick + k) % ids.length];
          if (c.kind === 'create' || ids.length === 0) {
            let base: Application;
            try {
              base = newApp(c.workflow, c.level, now);
            } catch {
              base = newApp('socialized', c.level, now); // the green channel opens in the first month of a quarter only
            }
            const app: Application = {
              ...base,
              id: `cnt-${++n}`,
              employer: { ...EMPLOYER, orgId: `emp-${c.district}`, district: c.district },
            };
            files.set(app.id, { app, doc: await save(null, app) });
          } else if (c.kind === 'forward') await forward(pick());
          else if (c.kind === 'pair' && ids.length > 1) await Promise.all([forward(pick()), forward(pick(1))]);
          else if (c.kind === 'withdraw') {
            const f = files.get(pick())!;
            const r = transition(f.app, 'withdraw', CAST.applicant, now, {});
            if (r.ok) files.set(f.app.id, { app: r.next, doc: await save(f.doc, r.next) });
          } else now = hoursLater(now, c.hours);
        }
        const kept = await counts();
        await rebuildCounters(db);
        expect(kept).toEqual(await counts());
      }),
      { numRuns: 12 },
    );
  }, 240_000);

  it('the rebuild recounts drifted counters and removes the ones no file adds to', async () => {
    await clear();
    let app = newApp('socialized', 'intermediate', T0);
    let doc = await save(null, app);
    const step = happyStep(app, T0);
    app = ok(transition(app, step.action, step.actor, step.now, step.input)).next;
    doc = await save(doc, app);
    const right = await counts();
    expect(Object.values(right).every((v) => v === 1)).toBe(true);
    const [first] = Object.keys(right);
    await db.collection(COUNTERS).doc(first).update({ count: 7 });
    await db
      .collection(COUNTERS)
      .doc('stage-stray')
      .set({ kind: 'stage', district: KDL, stage: 'review', series: 'x', routeId: 'y', count: 3 });
    expect(await rebuildCounters(db)).toMatchObject({ applications: 1, removed: 1 });
    expect(await counts()).toEqual(right);
    expect(doc.stage).toBe('employer_review');
  });

  describe("an admin's request to notify: { action: 'counters.rebuild' }", () => {
    const rebuild = (openid?: string) =>
      notifyMain(
        // Without a caller, dressed as the timer trigger (the only way in without one).
        openid ? { action: 'counters.rebuild' } : { Type: 'Timer', TriggerName: 'outbox-sender', action: 'counters.rebuild' },
        buildCallContext('notify', openid ? { openid } : ({ trigger: 'timer' } as never)),
      ) as Promise<{ ok: boolean; code?: string; data?: { applications: number } }>;

    it('recounts for an admin and releases its lease', async () => {
      await clear();
      await save(null, newApp('socialized', 'intermediate', T0));
      await db
        .collection(COUNTERS)
        .doc('stage-stray')
        .set({ kind: 'stage', district: KDL, stage: 'review', series: 'x', routeId: 'y', count: 3 });
      expect(await rebuild(ADMIN)).toMatchObject({ ok: true, data: { applications: 1, removed: 1 } });
      expect((await db.collection(LEASES).where({}).get()).data).toEqual([]);
    });

    it('is refused to anyone else, and the timer never rebuilds', async () => {
      await db
        .collection(COUNTERS)
        .doc('stage-stray')
        .set({ kind: 'stage', district: KDL, stage: 'review', series: 'x', routeId: 'y', count: 3 });
      expect(await rebuild('staff-kdl-0003')).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      // The timer is let in to deliver messages, but the action is an admin's only: the stray counter stays.
      expect(await rebuild()).toMatchObject({ ok: true });
      expect((await db.collection(COUNTERS).doc('stage-stray').get()).data).toHaveLength(1);
    });

    it('runs one at a time: a second request while one runs is refused; a lapsed lease is taken over', async () => {
      const [first, second] = await Promise.all([rebuild(ADMIN), rebuild(ADMIN)]);
      expect([first.ok, second.ok].sort()).toEqual([false, true]);
      expect([first, second].find((r) => !r.ok)).toMatchObject({ code: 'CONFLICT' });
      // A run that crashed left its lease behind: refused until it lapses, then taken over.
      await db
        .collection(LEASES)
        .doc('counters.rebuild')
        .set({ owner: 'crashed', until: new Date(Date.now() + 60_000).toISOString() });
      expect(await rebuild(ADMIN)).toMatchObject({ ok: false, code: 'CONFLICT' });
      await db
        .collection(LEASES)
        .doc('counters.rebuild')
        .update({ until: new Date(Date.now() - 1000).toISOString() });
      expect(await rebuild(ADMIN)).toMatchObject({ ok: true });
      expect((await db.collection(LEASES).where({}).get()).data).toEqual([]);
    });
  });
});
