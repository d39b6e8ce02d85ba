/**
 * The layering of README "代码结构", as ESLint enforces it (eslint.config.js, `layering()`): the whole repository
 * lints clean, and each rule refuses the import it names — so a rule that stopped matching would fail here.
 */
import { ESLint } from 'eslint';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');
// The config is handed over rather than found: ESLint loads a config file by dynamic import, which Jest's VM refuses.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: require(join(root, 'eslint.config.js')) });

async function restricted(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

test('the whole repository lints without an error', () => {
  // In a child process: finding the files, too, needs a dynamic import.
  const run = spawnSync(process.execPath, [join(root, 'node_modules', 'eslint', 'bin', 'eslint.js'), '.', '--format', 'json'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    timeout: 120_000,
  });
  const results: ESLint.LintResult[] = JSON.parse(run.stdout);
  const errors = results.flatMap((r) =>
    r.messages.filter((m) => m.severity === 2).map((m) => `${r.filePath}:${m.line} ${m.ruleId} ${m.message}`),
  );
  expect(errors).toEqual([]);
  expect(run.status).toBe(0);
}, 150_000);

test.each([
  ['shared/policy/example.ts', "import { AppError } from '../contracts/errors';", 'contracts'],
  ['shared/workflow/example.ts', "import { applications } from '../contracts/applications';", 'contracts'],
  ['shared/workflow/example.ts', "import { handler } from '../../cloudfunctions/kit';", 'cloudfunctions'],
  ['shared/groups/example.ts', "import { api } from '../../client/src/services/api';", 'client'],
  ['shared/policy/example.ts', "import { profileOf } from '../../test/fixtures/policy';", 'test/'],
  ['shared/time/example.ts', "import { DOCUMENT } from '../policy/clauses';", '最底层'],
  ['shared/errors/example.ts', "import { ROLES } from '../auth/roles';", '最底层'],
  ['client/src/services/share/example.ts', "import Page from '../../pages/check/index';", 'services'],
  ['client/src/services/api/example.ts', "import { api } from '../../packages/work/api';", 'services'],
  ['client/src/services/api/example.ts', "import { api } from '../../features/work/api';", 'services'],
])('%s may not `%s`', async (file, code, words) => {
  const messages = await restricted(file, code);
  expect(messages).toHaveLength(1);
  expect(messages[0]).toContain(words);
});

test.each([
  ['shared/policy/example.ts', "import { addDays } from '../time/dates';"],
  ['shared/workflow/example.ts', "import { AppError } from '../errors/app-error';"],
  ['shared/time/example.ts', "import { AppError } from '../errors/app-error';"],
  ['shared/contracts/example.ts', "import { AppError } from '../errors/app-error';"],
  ['shared/policy/example.test.ts', "import { profileOf } from '../../test/fixtures/policy';"],
  ['client/src/pages/check/example.ts', "import { api } from '../../services/api';"],
  ['client/src/features/check/example.ts', "import { api } from '../../services/api';"],
])('%s may `%s`', async (file, code) => {
  expect(await restricted(file, code)).toEqual([]);
});
