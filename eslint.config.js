// ESLint 9 flat config for the whole repository: TypeScript everywhere, React hooks rules for the client.
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const reactHooks = require('eslint-plugin-react-hooks');
const globals = require('globals');

const OUTSIDE_SHARED = {
  regex: '(^|/)(client|cloudfunctions|local|scripts)(/|$)',
  message: 'shared/ 只放领域代码：不引用 client、cloudfunctions、local 或 scripts。',
};
const TEST_CODE = { regex: '(^|/)test/', message: 'shared/ 的代码不引用 test/（测试数据在 test/fixtures）。' };
const CONTRACTS = {
  regex: '(^|/)contracts(/|$)',
  message: '领域规则不引用 contracts/：contracts 在领域之上，错误词汇在 shared/errors，日期在 shared/time。',
};
const ABOVE_BASE = { regex: '^\\.\\./(?!(time|errors)/)', message: 'shared/time 与 shared/errors 是最底层：只互相引用。' };
const PAGES = {
  regex: '(^|/)(pages|packages|features)/',
  message: 'client 的 services 不引用页面与功能（pages、packages、features）：功能用服务，反过来不行。',
};

/** Which imports each layer may not make; tests beside the code may reach test/fixtures. */
function layering() {
  const rule = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
  const sharedTests = ['shared/**/*.test.ts'];
  return [
    { files: ['shared/**/*.ts'], ignores: sharedTests, rules: rule(OUTSIDE_SHARED, TEST_CODE) },
    { files: ['shared/**/*.test.ts'], rules: rule(OUTSIDE_SHARED) },
    { files: ['shared/!(contracts)/**/*.ts'], ignores: sharedTests, rules: rule(OUTSIDE_SHARED, TEST_CODE, CONTRACTS) },
    { files: ['shared/{time,errors}/**/*.ts'], ignores: sharedTests, rules: rule(OUTSIDE_SHARED, TEST_CODE, CONTRACTS, ABOVE_BASE) },
    { files: ['client/src/services/**/*.{ts,tsx}'], rules: rule(PAGES) },
  ];
}

module.exports = tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'coverage/**',
      'test-results/**',
      '.ci-results/**',
      '.local-data/**',
      '.test-data/**',
      '.swc/**',
      '**/.scratch/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // The local gateway and its tests handle untyped wire data (EJSON, SDK requests): a warning there.
      '@typescript-eslint/no-explicit-any': 'warn',
    },
  },
  {
    files: ['client/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules, '@typescript-eslint/no-explicit-any': 'error' },
  },
  // Layering (README "代码结构"): each group lists every import it may not make, since a later block replaces an
  // earlier block's no-restricted-imports for the same file rather than adding to it.
  ...layering(),
  {
    files: ['**/*.{js,cjs}'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['test/**/*.{ts,tsx}', 'scripts/**/*.ts', '**/*.test.{ts,tsx}'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
