import type { GreenWindowException } from './application';
import { create, openGreenOutsideWindow } from './create';
import { CAST, china, createInput, EMPLOYER, GX, routeInput } from '../../test/fixtures/workflow';
import { transition } from './machine';

const exceptionInput = {
  id: 'gx-1',
  applicantOpenid: 'o-applicant',
  employer: EMPLOYER,
  reason: '引进的稀土领域急需紧缺人才，项目验收急需',
};

function grant(actor = CAST.city, now = china('2026-05-10T10:00'), input: object = exceptionInput): GreenWindowException {
  const r = openGreenOutsideWindow(actor, now, input);
  if (!r.ok) throw new Error(r.message);
  return r.next;
}

describe('a new application from a self-check route', () => {
  it('starts as a draft held by the applicant, marked non-public (第五条), with its route and clause', () => {
    const r = create(
      createInput('socialized', 'intermediate', { checkId: 'chk-9', rulesetVersion: '2026.11' }),
      CAST.applicant,
      china('2026-06-01T10:00'),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.next).toMatchObject({
      id: 'app-1',
      workflow: 'socialized',
      stage: 'draft',
      status: 'draft',
      applicant: { openid: 'o-applicant', name: '王建国' },
      employer: EMPLOYER,
      title: { series: 'engineering', level: 'intermediate', titleName: '工程师' },
      origin: { routeId: 'art2-intermediate', clause: '第二条', verdict: 'likely', checkId: 'chk-9', rulesetVersion: '2026.11' },
      nonPublic: true,
      holder: { role: 'applicant', openid: 'o-applicant' },
      version: 1,
      pastNotices: [],
      corrections: [],
    });
    expect(r.effects).toEqual([
      {
        kind: 'audit',
        at: '2026-06-01T02:00:00.000Z',
        actor: { openid: 'o-applicant', role: 'applicant' },
        action: 'create',
        target: 'applications/app-1',
        from: null,
        to: { stage: 'draft', version: 1 },
      },
    ]);
  });

  it('refuses routes the self-check found not eligible or not yet, and channels the route does not offer', () => {
    const now = china('2026-04-02T10:00');
    const route = (verdict: string) => ({ ...routeInput('intermediate'), verdict, eligibleFrom: '2027-07-01' });
    expect(create(createInput('socialized', 'intermediate', { route: route('not_eligible') as never }), CAST.applicant, now)).toMatchObject(
      { code: 'VALIDATION' },
    );
    expect(create(createInput('socialized', 'intermediate', { route: route('not_yet') as never }), CAST.applicant, now)).toMatchObject({
      code: 'NOT_ALLOWED_NOW',
      message: '按自测结果，您在 2027-07-01 才能按这条路径申报',
    });
    expect(create(createInput('socialized', 'intermediate', { route: route('confirm') as never }), CAST.applicant, now).ok).toBe(true);
    expect(create({ ...createInput('socialized', 'intermediate'), workflow: 'green_channel' }, CAST.applicant, now)).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'workflow', message: '这条申报路径不能走绿色通道（第八条）' }],
    });
  });

  it('checks the input with messages a person can act on', () => {
    const r = create({ ...createInput('socialized', 'intermediate'), applicantName: 'x' }, CAST.applicant, china('2026-04-02T10:00'));
    expect(r).toMatchObject({ ok: false, code: 'VALIDATION', issues: [{ path: 'applicantName', message: '姓名至少 2 个字' }] });
    expect(create(createInput('socialized', 'intermediate'), { openid: '', grants: [] }, china('2026-04-02T10:00'))).toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('keeps to a published socialized round', () => {
    const round = {
      id: 'r2026',
      name: '2026年度社会化评审',
      applyFrom: '2026-09-01',
      applyTo: '2026-09-30',
      defenseFrom: '2026-11-02',
      defenseTo: '2026-11-06',
    };
    const input = createInput('socialized', 'intermediate', { round });
    expect(create(input, CAST.applicant, china('2026-08-31T10:00'))).toMatchObject({
      code: 'NOT_ALLOWED_NOW',
      message: '2026年度社会化评审将于 2026-09-01 开始申报',
    });
    expect(create(input, CAST.applicant, china('2026-10-01T10:00'))).toMatchObject({
      code: 'NOT_ALLOWED_NOW',
      message: '2026年度社会化评审已于 2026-09-30 截止申报',
    });
    const app = create(input, CAST.applicant, china('2026-09-15T10:00'));
    expect(app.ok && app.next.expected[0]).toMatchObject({ stage: 'draft', by: '2026-09-30', basis: 'round' });
    expect(app.ok && app.next.expected.find((s) => s.stage === 'awaiting_defense')).toMatchObject({ by: '2026-11-02', basis: 'round' });
    if (!app.ok) return;
    expect(transition(app.next, 'submit', CAST.applicant, china('2026-10-01T09:00'), { materialsBound: true })).toMatchObject({
      code: 'NOT_ALLOWED_NOW',
      message: '2026年度社会化评审已于 2026-09-30 截止申报',
    });
  });
});

describe('green-channel calendar (附件1 第二项): apply in the first month of a quarter', () => {
  const green = createInput('green_channel', 'deputy_senior');

  it.each`
    month        | open
    ${'2026-01'} | ${true}
    ${'2026-02'} | ${false}
    ${'2026-03'} | ${false}
    ${'2026-04'} | ${true}
    ${'2026-05'} | ${false}
    ${'2026-06'} | ${false}
    ${'2026-07'} | ${true}
    ${'2026-08'} | ${false}
    ${'2026-09'} | ${false}
    ${'2026-10'} | ${true}
    ${'2026-11'} | ${false}
    ${'2026-12'} | ${false}
  `('in $month: open = $open', ({ month, open }) => {
    for (const day of ['01', '15', '28']) {
      const r = create(green, CAST.applicant, china(`${month}-${day}T10:00`));
      expect([day, r.ok]).toEqual([day, open]);
      if (!r.ok) expect(r.code).toBe('NOT_ALLOWED_NOW');
    }
  });

  it('counts months in China time: 31 March 16:30 UTC is already April in Baotou', () => {
    expect(create(green, CAST.applicant, new Date('2026-03-31T16:30:00Z')).ok).toBe(true);
    expect(create(green, CAST.applicant, new Date('2026-03-31T15:30:00Z'))).toMatchObject({
      code: 'NOT_ALLOWED_NOW',
      message:
        '绿色通道每季度第一个月申报（1、4、7、10 月），下一次申报在 2026-04（附件1 第二项）；确有特殊情况的，可请人社部门一事一议开通',
    });
  });

  it('the submission closes with the application month', () => {
    const r = create(green, CAST.applicant, china('2026-04-20T10:00'));
    if (!r.ok) throw new Error(r.message);
    const app = r.next;
    expect(transition(app, 'submit', CAST.applicant, china('2026-04-30T23:00'), { materialsBound: true }).ok).toBe(true);
    expect(transition(app, 'submit', CAST.applicant, china('2026-05-01T08:00'), { materialsBound: true })).toMatchObject({
      code: 'NOT_ALLOWED_NOW',
      message: '本次绿色通道申报已于 2026-04-30 截止，下一次申报在 2026-07（附件1 第二项）',
    });
  });

  describe('an officer’s exception with a recorded reason (第八条 一事一议)', () => {
    it('opens it outside the month for one person at one employer, for a limited time', () => {
      const r = openGreenOutsideWindow(CAST.city, china('2026-05-10T10:00'), exceptionInput);
      expect(r).toMatchObject({
        ok: true,
        next: {
          id: 'gx-1',
          applicantOpenid: 'o-applicant',
          grantedBy: { openid: 'o-city', role: 'city_officer' },
          validUntil: '2026-06-09',
          reason: exceptionInput.reason,
        },
        effects: [
          {
            kind: 'audit',
            action: 'open_green_outside_window',
            target: 'green_exceptions/gx-1',
            detail: { reason: exceptionInput.reason },
          },
          {
            kind: 'notify',
            to: { openid: 'o-applicant' },
            template: 'green_exception',
            data: { validUntil: '2026-06-09', reason: exceptionInput.reason },
          },
        ],
      });
      const exception = grant();
      const app = create(green, CAST.applicant, china('2026-05-12T10:00'), { exception });
      expect(app.ok && app.next.greenWindow).toEqual({
        window: {
          year: 2026,
          quarter: 2,
          label: '2026年第2季度',
          applicationMonth: '2026-04',
          reviewMonth: '2026-05',
          certificateMonth: '2026-06',
        },
        openedBy: {
          exceptionId: 'gx-1',
          by: { openid: 'o-city', role: 'city_officer' },
          at: '2026-05-10T02:00:00.000Z',
          reason: exceptionInput.reason,
          validUntil: '2026-06-09',
        },
      });
    });

    it('in the third month of a quarter, joins the next quarter’s review', () => {
      const exception = grant(CAST.city, china('2026-06-10T10:00'));
      const app = create(green, CAST.applicant, china('2026-06-11T10:00'), { exception });
      expect(app.ok && app.next.greenWindow!.window).toMatchObject({ quarter: 3, reviewMonth: '2026-08' });
    });

    it('is refused without a reason, to HR staff, to officers of another district, and when not needed', () => {
      expect(openGreenOutsideWindow(CAST.city, china('2026-05-10T10:00'), { ...exceptionInput, reason: '' })).toMatchObject({
        code: 'VALIDATION',
        issues: [{ path: 'reason', message: '请写明一事一议的理由（至少 5 个字）' }],
      });
      expect(openGreenOutsideWindow(CAST.hr, china('2026-05-10T10:00'), exceptionInput)).toMatchObject({ code: 'FORBIDDEN' });
      expect(openGreenOutsideWindow(CAST.applicant, china('2026-05-10T10:00'), exceptionInput)).toMatchObject({ code: 'FORBIDDEN' });
      expect(openGreenOutsideWindow(CAST.otherOfficer, china('2026-05-10T10:00'), exceptionInput)).toMatchObject({ code: 'FORBIDDEN' });
      expect(
        openGreenOutsideWindow(CAST.otherOfficer, china('2026-05-10T10:00'), { ...exceptionInput, employer: { ...EMPLOYER, district: GX } })
          .ok,
      ).toBe(true);
      expect(openGreenOutsideWindow(CAST.officer, china('2026-05-10T10:00'), exceptionInput).ok).toBe(true);
      expect(openGreenOutsideWindow(CAST.city, china('2026-04-10T10:00'), exceptionInput)).toMatchObject({ code: 'NOT_ALLOWED_NOW' });
    });

    it('works only for the person and employer it names, until it expires', () => {
      const exception = grant();
      const later = china('2026-05-12T10:00');
      expect(create(green, CAST.otherApplicant, later, { exception })).toMatchObject({ code: 'NOT_ALLOWED_NOW' });
      expect(create({ ...green, employer: { ...EMPLOYER, orgId: 'emp-2' } }, CAST.applicant, later, { exception })).toMatchObject({
        code: 'NOT_ALLOWED_NOW',
      });
      expect(create(green, CAST.applicant, china('2026-06-09T23:00'), { exception }).ok).toBe(true);
      expect(create(green, CAST.applicant, china('2026-06-10T08:00'), { exception })).toMatchObject({
        code: 'NOT_ALLOWED_NOW',
        message: '一事一议开通的申报已于 2026-06-09 过期，请联系人社部门',
      });
    });
  });
});
