import { chinaDate } from '../time/dates';
import { openRoundDeadline } from './deadline';

const r = (id: string, applyFrom: string, applyTo: string, name = `轮次${id}`) => ({ id, name, applyFrom, applyTo });

describe('the open round’s deadline on 首页', () => {
  it('the open round closing first, with the days left (China date)', () => {
    const rounds = [r('a', '2026-12-01', '2027-01-15'), r('b', '2026-11-01', '2026-12-31', '2026年第四季度绿色通道'), r('c', '2027-01-01', '2027-01-31')];
    expect(openRoundDeadline(rounds, '2026-12-01')).toMatchObject({ roundId: 'b', daysLeft: 30, text: '2026年第四季度绿色通道 申报截止 12 月 31 日，还有 30 天' });
    expect(openRoundDeadline(rounds, '2026-12-31')?.text).toBe('2026年第四季度绿色通道 申报截止 12 月 31 日，今天截止');
    // 16:30 UTC on 31 December is already 1 January in China: b has closed.
    expect(openRoundDeadline(rounds, chinaDate(new Date('2026-12-31T16:30:00Z')))?.roundId).toBe('a');
    expect(openRoundDeadline(rounds, '2027-02-01')).toBeNull();
  });
});
