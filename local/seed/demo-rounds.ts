/**
 * A socialized round the city has published (附件2 第二项), placed around the seeding date so the demo's
 * self-check always has an open round: the window opened two weeks ago and runs six more weeks; seniority
 * is counted to the end of the year the window closes in (or the year before, when that is later than the
 * window's end); defenses follow the window.
 */
import { checkRound, chinaDate, type Round } from '../../shared/policy';

const DAY = 24 * 60 * 60 * 1000;

export function demoRounds(now: Date): Round[] {
  const applyFrom = chinaDate(new Date(now.getTime() - 14 * DAY));
  const applyTo = chinaDate(new Date(now.getTime() + 45 * DAY));
  const yearEnd = `${applyTo.slice(0, 4)}-12-31`;
  const seniorityCutoff = yearEnd <= applyTo ? yearEnd : `${Number(applyTo.slice(0, 4)) - 1}-12-31`;
  const checked = checkRound({
    id: 'round-demo-engineering',
    name: `${seniorityCutoff.slice(0, 4)}年度包头市工程技术系列中初级职称社会化评审`,
    applyFrom,
    applyTo,
    seniorityCutoff,
    defenseFrom: chinaDate(new Date(now.getTime() + 60 * DAY)),
    defenseTo: chinaDate(new Date(now.getTime() + 70 * DAY)),
    publishedBy: '包头市人力资源和社会保障局',
    publishedAt: new Date(now.getTime() - 21 * DAY).toISOString(),
  });
  if (!checked.ok) throw new Error(`demo round invalid: ${JSON.stringify(checked.issues)}`);
  return [checked.value];
}
