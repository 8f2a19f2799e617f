/**
 * Jest runs Payload's ESM natively (node --experimental-vm-modules, see package.json) and compiles
 * our TypeScript with SWC. Five projects: pure unit tests, integration tests on a fresh SQLite file
 * per test file, browser tests against the real started app, the production-server suite (bad
 * input and refused actions played against what `npm start` serves), and the system tests that
 * start several production processes at once (instances, workers, the supervisor, backups).
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      target: 'es2022',
      transform: { react: { runtime: 'automatic' } },
    },
    module: { type: 'es6' },
  },
]

const base = {
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.(t|j)sx?$': swc },
  transformIgnorePatterns: ['/node_modules/'],
  moduleNameMapper: {
    '^@payload-config$': '<rootDir>/payload.config.ts',
    '^@/(.*)$': '<rootDir>/src/$1',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testEnvironment: 'node',
}

export default {
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    {
      ...base,
      displayName: 'integration',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
    },
    { ...base, displayName: 'browser', testMatch: ['<rootDir>/tests/browser/**/*.test.ts'] },
    {
      ...base,
      displayName: 'production',
      testMatch: ['<rootDir>/tests/production/**/*.test.ts'],
    },
    { ...base, displayName: 'system', testMatch: ['<rootDir>/tests/system/**/*.test.ts'] },
  ],
  // Payload's database clients may keep handles open after destroy(); tests clean up what they make.
  forceExit: true,
  testTimeout: 60_000,
}
