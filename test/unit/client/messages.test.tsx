/**
 * Issue 10 on the client: the inbox shows a summary of each message (a 500-character objection cut to about
 * two lines, with 查看全文 / 收起 that do not open the message), and a file whose certificate is recorded says
 * where to print and verify the title (H5: links to the sites' front pages; the e2e sees it on the detail page).
 */
import { fireEvent, render } from '@testing-library/react';
import { driveTo } from '../../fixtures/workflow';
import { InboxCard } from '../../../client/src/features/progress/InboxCard';
import { inboxSummary, SUMMARY_CHARS } from '../../../client/src/features/progress/inbox-summary';
import { Timeline } from '../../../client/src/features/work/Timeline';
import { VerifyCertificate } from '../../../client/src/features/work/verify/VerifyCertificate';

const LONG =
  `申报人提交的业绩材料与实际情况不符。${'该项目由本人所在的课题组集体完成，申报人并非主要完成人，请单位核实后处理。'.repeat(14)}`.slice(
    0,
    500,
  );

const inbox = {
  unread: 2,
  total: 2,
  items: [
    {
      id: 'm1',
      at: '2026-04-03T02:00:00.000Z',
      template: 'objection_filed',
      title: '公示收到异议',
      data: { applicant: '王建国', title: '工程师', text: LONG },
      applicationId: 'app-1',
      read: false,
    },
    {
      id: 'm2',
      at: '2026-04-02T02:00:00.000Z',
      template: 'step_submitted',
      title: '申报已提交单位审核',
      data: { title: '工程师', done: '提交单位审核', next: '下一步：单位审核' },
      applicationId: 'app-1',
      read: false,
    },
  ],
};

describe('inbox summaries', () => {
  it('cuts a long text to whole characters with “…” and leaves a short one alone', () => {
    expect(LONG).toHaveLength(500);
    const s = inboxSummary('objection_filed', { applicant: '王建国', title: '工程师', text: LONG });
    expect(s.clipped).toBe(true);
    expect(Array.from(s.short)).toHaveLength(SUMMARY_CHARS + 1);
    expect(s.short.endsWith('…')).toBe(true);
    expect(s.full).toBe(`异议内容：${LONG}`);
    expect(inboxSummary('notice_started', { title: '工程师', startsOn: '2026-04-02', endsOn: '2026-04-08' }).full).toBe(
      '公示期 2026-04-02 至 2026-04-08，公示期满且无异议后继续办理',
    );
    // Others' messages (announcements, briefings): their fields, joined.
    expect(inboxSummary('announcement', { title: '关于职称申报的通知', publisher: '包头市人社局' })).toEqual({
      full: '关于职称申报的通知 · 包头市人社局',
      short: '关于职称申报的通知 · 包头市人社局',
      clipped: false,
    });
  });

  it('shows the 500-character objection truncated, with 查看全文 that expands it without opening the message', () => {
    const opened: string[] = [];
    const { container } = render(
      <InboxCard inbox={inbox as never} pending={false} onOpen={(m) => opened.push(m.id)} onReadAll={() => undefined} />,
    );
    const [first, second] = Array.from(container.querySelectorAll('.inbox-item'));
    const text = () => first.querySelector('.inbox-item__text')!.textContent!;
    expect(text().length).toBeLessThan(60);
    expect(text()).toContain('…');
    expect(first.textContent).not.toContain(LONG);
    const more = first.querySelector('.inbox-item__more') as HTMLElement;
    expect(more.textContent).toBe('查看全文');
    expect(more.getAttribute('role')).toBe('button');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    expect(text()).toContain(LONG);
    expect(more.textContent).toBe('收起');
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(opened).toEqual([]);
    fireEvent.click(more);
    expect(text()).not.toContain(LONG);
    // A short message has no 查看全文; tapping a message still opens it.
    expect(second.querySelector('.inbox-item__more')).toBeNull();
    expect(second.querySelector('.inbox-item__text')!.textContent).toBe('提交单位审核。下一步：单位审核');
    fireEvent.click(second);
    expect(opened).toEqual(['m2']);
  });
});

describe('the certificate step', () => {
  it('a certified file’s timeline points to 查询和打印证书; before the certificate it says nothing of it', () => {
    const done = driveTo('socialized', 'intermediate', 'completed').app;
    const { container } = render(<Timeline app={done} expected={done.expected} />);
    expect(container.querySelector('.timeline-step[data-stage="approved"]')!.textContent).toContain('查询和打印证书的方法见本页上方');
    const approved = driveTo('socialized', 'intermediate', 'approved').app;
    const before = render(<Timeline app={approved} expected={approved.expected} />);
    expect(before.container.textContent).not.toContain('查询和打印证书');
  });

  it('says where to print and verify the title, with links to both sites’ front pages (H5)', () => {
    const { container } = render(<VerifyCertificate />);
    const verify = container.querySelector('#verify-certificate')!;
    expect(verify.getAttribute('role')).toBe('group');
    const places = Array.from(verify.querySelectorAll('.verify-place'));
    expect(places.map((p) => p.getAttribute('data-id'))).toEqual(['nmgrck', 'national']);
    expect(places[0].textContent).toContain('内蒙古人才信息库');
    expect(places[0].textContent).toContain('自行打印电子证书');
    expect(places[1].textContent).toContain('全国职称评审信息查询平台');
    expect(places[1].textContent).toContain('掌上12333');
    const links = Array.from(verify.querySelectorAll('a.verify-place__link')) as HTMLAnchorElement[];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['http://www.nmgrck.cn', 'http://www.12333.gov.cn']);
    expect(links.every((a) => a.getAttribute('rel')?.includes('noopener'))).toBe(true);
  });
});
