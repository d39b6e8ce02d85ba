import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { profile, run } from '../../test/fixtures/policy';
import { eligibilityResultSchema, roundView } from './schemas';

/** The schema the contracts check a self-check's answer with keeps every field the engine writes. */
describe('policy schemas describe what the engine builds', () => {
  const round = {
    id: 'r-2026',
    name: '2026年度社会化评审',
    applyFrom: '2026-11-01',
    applyTo: '2026-12-15',
    seniorityCutoff: '2026-10-31',
    defenseFrom: '2027-01-05',
    defenseTo: '2027-01-10',
    publishedBy: '包头市人社局',
    publishedAt: '2026-10-01T00:00:00.000Z',
  };

  it.each<[string, unknown]>([
    ['the default profile', profile()],
    ...['engineer-bachelor-6y', 'high-level-talent', 'technician-3y'].map((name): [string, unknown] => [
      name,
      JSON.parse(readFileSync(join(__dirname, `../../test/fixtures/profiles/${name}.json`), 'utf8')),
    ]),
  ])('%s: the result parses to itself', (_name, p) => {
    const result = run(p as never);
    expect(eligibilityResultSchema.parse(result)).toEqual(result);
    const inRound = run(p as never, { round });
    expect(eligibilityResultSchema.parse(inRound)).toEqual(inRound);
  });

  it('a round parses to its own fields', () => {
    expect(roundView.parse({ ...round, _id: 'x' })).toEqual(round);
  });
});
