// ESLint flat config: js recommended, typescript-eslint recommended (no type-aware rules, so no
// parserOptions.project) and the React hooks rules, after the Payload website template.
//
// typescript-eslint needs the classic TypeScript JS API. The project's `typescript` package is
// TypeScript 7 (the Go-native compiler, used by `tsc --noEmit`), which ships no such API, so the
// TypeScript 6 API is installed beside it under the alias `typescript-eslint-ts`
// (`npm:typescript@6.0.x`), and here, inside the ESLint process only, `require('typescript')` is
// redirected to it before typescript-eslint is loaded (hence the dynamic import below). Drop the
// redirect, the alias and the `overrides` entry in package.json once typescript-eslint supports
// TypeScript 7.
import Module, { createRequire } from 'node:module'
import path from 'node:path'

import js from '@eslint/js'
import { defineConfig, globalIgnores } from 'eslint/config'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const require = createRequire(import.meta.url)
const classicTs = path.dirname(require.resolve('typescript-eslint-ts/package.json'))
const resolveFilename = Module._resolveFilename
Module._resolveFilename = function (request, ...rest) {
  if (request === 'typescript' || request.startsWith('typescript/')) {
    request = classicTs + request.slice('typescript'.length)
  }
  return resolveFilename.call(this, request, ...rest)
}
const { default: tseslint } = await import('typescript-eslint')

const unusedVars = [
  'error',
  {
    vars: 'all',
    args: 'after-used',
    argsIgnorePattern: '^_',
    varsIgnorePattern: '^_',
    destructuredArrayIgnorePattern: '^_',
    caughtErrorsIgnorePattern: '^(_|ignore)',
  },
]

export default defineConfig([
  globalIgnores([
    'src/payload-types.ts',
    'src/app/(payload)/admin/importMap.js',
    'migrations/**',
    '.next/**',
    '.build/**',
    'node_modules/**',
    'media/**',
    'data/**',
    'test-results/**',
    'coverage/**',
    'next-env.d.ts',
    // copied from node_modules at build time (scripts/adminAssets.ts)
    'public/monaco-editor/**',
  ]),

  js.configs.recommended,
  { rules: { 'no-unused-vars': unusedVars } },

  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    extends: [tseslint.configs.recommended, reactHooks.configs.flat.recommended],
    rules: {
      'no-unused-vars': 'off',
      '@typescript-eslint/no-unused-vars': unusedVars,
    },
  },

  // Tests read answers loosely (an unexpected shape fails the assertion that reads it).
  {
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },

  // Config files and scripts run on Node.
  {
    files: ['**/*.{js,mjs,cjs}'],
    ignores: ['src/modules/delivery/widget/**'],
    languageOptions: { globals: globals.node },
  },

  // The embeddable widget and the request form's script: plain ES2017 browser scripts, served as is.
  {
    files: ['src/modules/delivery/widget/widget.js', 'src/modules/delivery/privacy/request.js'],
    languageOptions: {
      ecmaVersion: 2017,
      sourceType: 'script',
      globals: globals.browser,
    },
  },
])
