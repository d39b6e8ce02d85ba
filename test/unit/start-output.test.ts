/**
 * `npm start` off a terminal: the H5 build's output as Taro really prints it into a pipe (recorded in
 * test/fixtures/build-output) comes down to a few lines, while warnings and errors still show whole.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { quietBuildLines } from '../../local/host/start-steps';

const recorded = readFileSync(join(__dirname, '..', 'fixtures', 'build-output', 'taro-h5-not-a-tty.txt'), 'utf8').split('\n');
const run = (lines: string[]) => {
  const keep = quietBuildLines();
  return lines.map(keep).filter((l): l is string => l !== null);
};
const plain = (l: string) => l.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;?]*[A-Za-z]`, 'g'), '');

describe('npm start build output when stdout is not a terminal', () => {
  test('a successful H5 build says it compiled, in a handful of lines; no tip, asset table or empty lines', () => {
    expect(recorded.length).toBeGreaterThan(25);
    const shown = run(recorded).map(plain);
    expect(shown.length).toBeLessThanOrEqual(6);
    expect(shown.some((l) => l.includes('Compiled successfully'))).toBe(true);
    expect(shown.join('\n')).not.toMatch(/Tips:|持久化缓存|assets by|asset |Entrypoint|即将开始/);
    expect(shown.every((l) => l.trim() !== '')).toBe(true);
  });

  test('warnings and errors pass whole, also when they come after the asset table', () => {
    const warning = [
      '⚠️  编译警告. 12/2/2026, 2:08:06 AM',
      'Deprecation Warning on line 0, column 8 of file:///work/main/client/src/x.scss:0:8:',
      "0 | @import '../y.scss';",
    ];
    const failure = [
      '🙅  编译失败. 12/2/2026, 2:09:00 AM',
      "Module not found: Error: Can't resolve './missing' in '/work/main/client/src/pages/home'",
      'ERROR in ./src/pages/home/index.tsx 3:0-30',
    ];
    const statsStart = recorded.findIndex((l) => plain(l).startsWith('assets by path'));
    const lines = [...recorded.slice(0, statsStart), ...warning, ...recorded.slice(statsStart, statsStart + 3), ...failure, 'webpack 5.91.0 compiled with 1 error in 3000 ms'];
    const shown = run(lines).map(plain);
    for (const l of [...warning, ...failure, 'webpack 5.91.0 compiled with 1 error in 3000 ms']) expect(shown).toContain(l);
  });

  test('lines it does not know are shown', () => {
    expect(run(['Browserslist: caniuse-lite is outdated.', '  something new from Taro'])).toEqual(['Browserslist: caniuse-lite is outdated.', '  something new from Taro']);
  });
});
