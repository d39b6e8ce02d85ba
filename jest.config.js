/** One Jest run, five suites (unit, conformance, integration, e2e, client). `npm test` runs them all; `npm run test:<suite>` one of them. */
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2020', transform: { react: { runtime: 'automatic' } } } }];
const base = {
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: { '^@shared/(.*)$': '<rootDir>/shared/$1' },
  testEnvironment: 'node',
};
module.exports = {
  projects: [
    {
      ...base,
      displayName: 'unit',
      testMatch: ['<rootDir>/shared/**/*.test.ts', '<rootDir>/test/unit/**/*.test.ts?(x)'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/unit/client/'],
    },
    { ...base, displayName: 'conformance', testMatch: ['<rootDir>/test/conformance/**/*.test.ts'] },
    { ...base, displayName: 'integration', testMatch: ['<rootDir>/test/integration/**/*.test.ts'] },
    { ...base, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.test.ts'] },
    // The Taro client (client/src) in jsdom: Taro's H5 runtime and React components (see the team's TOOLCHAIN notes).
    {
      ...base,
      displayName: 'client',
      testMatch: ['<rootDir>/test/unit/client/**/*.test.ts?(x)'],
      testEnvironment: 'jsdom',
      testEnvironmentOptions: { customExportConditions: [''] },
      transform: { '^.+\\.m?(t|j)sx?$': swc },
      transformIgnorePatterns: [],
      setupFiles: ['<rootDir>/test/unit/client/setup.ts'],
      moduleNameMapper: {
        ...base.moduleNameMapper,
        '^@tarojs/components$': '@tarojs/components/lib/react',
        '^@tarojs/taro$': '@tarojs/taro-h5',
        '\\.(css|scss)$': '<rootDir>/test/unit/client/style-stub.js',
      },
      globals: {
        ENABLE_INNER_HTML: true,
        ENABLE_ADJACENT_HTML: true,
        ENABLE_SIZE_APIS: true,
        ENABLE_TEMPLATE_CONTENT: true,
        ENABLE_MUTATION_OBSERVER: true,
        ENABLE_CLONE_NODE: true,
        ENABLE_CONTAINS: true,
        DEPRECATED_ADAPTER_COMPONENT: false,
        __TARO_FRAMEWORK__: 'react',
      },
    },
  ],
};
