import { CAST, driveTo, ok } from '../../test/fixtures/workflow';
import { transition } from './machine';
import { applicationFor } from './notice';
import { trailFor, unnamedOnTrail } from './trail';
import type { Application } from './application';

/** A file on public notice, each step taken by someone whose profile name the function looked up. */
function named(): { app: Application; now: Date } {
  const { app, now } = driveTo('socialized', 'intermediate', 'public_notice');
  const names: Record<string, string> = { 'o-applicant': '王建国', 'o-hr': '李人事' };
  return { app: { ...app, history: app.history.map((h) => (h.by.openid ? { ...h, by: { ...h.by, name: names[h.by.openid] } } : h)) }, now };
}

const objected = () => {
  const { app, now } = named();
  return ok(transition(app, 'file_objection', CAST.otherApplicant, now, { text: '申报人的业绩材料与实际情况不符，请核实。' })).next;
};

describe('the trail on a file’s detail page (from the file’s own timeline)', () => {
  it('has one line per timeline entry, in order, with the stages it moved between', () => {
    const { app } = named();
    const trail = trailFor(app, CAST.hr);
    expect(trail.map((l) => [l.action, l.from, l.to])).toEqual(app.history.map((h) => [h.action, h.from, h.to]));
  });

  it('names a person in full to themselves and to officers, masked to everyone else', () => {
    const { app } = named();
    const hrLine = (viewer: (typeof CAST)[keyof typeof CAST]) => trailFor(app, viewer).find((l) => l.by.role === 'employer_hr')!.by;
    expect(hrLine(CAST.hr)).toEqual({ role: 'employer_hr', name: '李人事', me: true });
    expect(hrLine(CAST.officer)).toEqual({ role: 'employer_hr', name: '李人事', me: false });
    expect(hrLine(CAST.city)).toEqual({ role: 'employer_hr', name: '李人事', me: false });
    expect(hrLine(CAST.applicant)).toEqual({ role: 'employer_hr', name: '李*事', me: false });
    expect(hrLine(CAST.body)).toEqual({ role: 'employer_hr', name: '李*事', me: false });
  });

  it('never names an objector to the applicant; names them (masked) to HR, in full to officers, from the objection record', () => {
    const app = objected();
    const line = (viewer: (typeof CAST)[keyof typeof CAST]) =>
      trailFor(app, viewer, new Map([['o-other-applicant', '赵异议']])).find((l) => l.action === 'file_objection')!.by;
    expect(line(CAST.applicant)).toEqual({ role: 'public', me: false });
    expect(line(CAST.hr)).toEqual({ role: 'public', name: '赵*议', me: false });
    expect(line(CAST.officer)).toEqual({ role: 'public', name: '赵异议', me: false });
    expect(line(CAST.otherApplicant)).toEqual({ role: 'public', name: '赵异议', me: true });
  });

  it('asks for the names it lacks: objectors and lines written before names were kept', () => {
    expect(unnamedOnTrail(named().app)).toEqual([]);
    expect(unnamedOnTrail(objected())).toEqual(['o-other-applicant']);
    const { app } = driveTo('socialized', 'intermediate', 'employer_review');
    const old = { ...app, history: app.history.map(({ by: { name: _name, ...by }, ...h }) => ({ ...h, by })) };
    expect(unnamedOnTrail(old)).toEqual(['o-applicant']);
    expect(trailFor(old, CAST.hr, new Map([['o-applicant', '王建国']]))[0].by).toEqual({ role: 'applicant', name: '王*国', me: false });
    expect(trailFor(old, CAST.hr)[0].by).toEqual({ role: 'applicant', me: false });
  });

  it('the timeline sent with the application carries no names, to anyone', () => {
    const app = objected();
    for (const viewer of Object.values(CAST)) {
      const text = JSON.stringify(applicationFor(app, viewer).history);
      expect(text).not.toContain('李人事');
      expect(text).not.toContain('王建国');
    }
  });
});

describe('the timeline line keeps the actor’s name when the caller gives it', () => {
  it('is on the line of the step, not on an objection', () => {
    const { app, now } = driveTo('socialized', 'intermediate', 'employer_review');
    const r = ok(transition(app, 'employer_approve', CAST.hr, now, {}, { actorName: '李人事' }));
    expect(r.next.history.at(-1)!.by).toEqual({ openid: 'o-hr', role: 'employer_hr', name: '李人事' });
    const n = driveTo('socialized', 'intermediate', 'public_notice');
    const o = ok(
      transition(
        n.app,
        'file_objection',
        CAST.otherApplicant,
        n.now,
        { text: '申报人的业绩材料与实际情况不符，请核实。' },
        { actorName: '赵异议' },
      ),
    );
    expect(o.next.history.at(-1)!.by).toEqual({ role: 'public' });
  });
});
