import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runEligibility, todayInChina } from '../../scripts/eligibility';
import { checkAndEvaluate } from '../../shared/policy/evaluate';
import { AS_OF, round } from '../fixtures/policy';

const root = join(__dirname, '..', '..');
const example = join(root, 'test', 'fixtures', 'profiles', 'engineer-bachelor-6y.json');
const files: Record<string, string> = {
  'profile.json': readFileSync(example, 'utf8'),
  'round.json': JSON.stringify(round()),
  'bad.json': JSON.stringify({
    sector: '个体',
    education: { level: 'bachelor', graduatedOn: '2099-01-01' },
    workPeriods: [],
    appliedSeries: 'engineering',
  }),
  'broken.json': '{ "sector": ',
};
const read = (path: string) => {
  if (!(path in files)) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
  return files[path];
};
const cli = (...argv: string[]) => runEligibility(argv, read, AS_OF);

describe('npm run eligibility (in process)', () => {
  it('prints the same object the engine returns', () => {
    const out = cli('profile.json');
    expect(out.code).toBe(0);
    const expected = checkAndEvaluate(JSON.parse(files['profile.json']), { asOf: AS_OF });
    expect(expected.ok && JSON.parse(out.stdout)).toEqual(expected.ok && JSON.parse(JSON.stringify(expected.value)));
  });

  it('takes --as-of and --round, in both spellings', () => {
    expect(JSON.parse(cli('profile.json', '--as-of', '2026-01-15').stdout).asOf).toBe('2026-01-15');
    expect(JSON.parse(cli('--as-of=2026-01-15', 'profile.json').stdout).asOf).toBe('2026-01-15');
    expect(JSON.parse(cli('profile.json', '--round', 'round.json').stdout).countedTo).toMatchObject({
      basis: 'round_cutoff',
      date: '2025-12-31',
    });
  });

  it('prints field errors in Chinese to stderr and exits 1 on bad input', () => {
    const out = cli('bad.json');
    expect(out).toMatchObject({ code: 1, stdout: '' });
    expect(out.stderr).toBe(
      '输入有误：\n  sector: 请选择单位性质\n  education.graduatedOn: 毕业时间不能晚于 2026-11-24（不能填将来的日期）\n  workPeriods: 请至少填写一段工作经历\n',
    );
    expect(cli('profile.json', '--as-of', '2026-02-30')).toMatchObject({ code: 1, stderr: '输入有误：\n  asOf: 评估日期不是有效的日期\n' });
    expect(cli('broken.json')).toMatchObject({ code: 1 });
    expect(cli('broken.json').stderr).toContain('资料文件不是有效的 JSON：broken.json');
  });

  it('exits 2 on a missing file or a usage error', () => {
    expect(cli('missing.json')).toMatchObject({ code: 2, stderr: '找不到资料文件：missing.json\n' });
    expect(cli('profile.json', '--round', 'nope.json')).toMatchObject({ code: 2, stderr: '找不到评审轮次文件：nope.json\n' });
    expect(cli().code).toBe(2);
    expect(cli('profile.json', '--as-of').code).toBe(2);
    expect(cli('profile.json', '--verbose').stderr).toContain('不认识的参数：--verbose');
  });

  it('defaults to today in China (UTC+8)', () => {
    expect(todayInChina(new Date('2026-11-23T16:30:00Z'))).toBe('2026-11-24');
    expect(todayInChina(new Date('2026-11-23T15:30:00Z'))).toBe('2026-11-23');
  });
});

describe('npx tsx scripts/eligibility.ts (spawned)', () => {
  it('runs end to end: JSON on stdout with exit 0, Chinese errors with exit 1', () => {
    const tsx = join(root, 'node_modules', '.bin', 'tsx');
    const ok = spawnSync(tsx, ['scripts/eligibility.ts', example, '--as-of', AS_OF], { cwd: root, encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).routes[0]).toMatchObject({ id: 'art2-intermediate', verdict: 'likely' });
    const missing = spawnSync(tsx, ['scripts/eligibility.ts', 'no-such-profile.json'], { cwd: root, encoding: 'utf8' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('找不到资料文件');
  }, 30_000);
});
