import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import ggm from './eslint-rules/ggm-plugin.js';

export default tseslint.config(
  // test/fixtures/layers/ holds wrong-way imports and cycles on purpose, for test/lint/layers.test.ts.
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.cache/', 'test/fixtures/layers/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-throw-literal': 'error',
    },
  },
  {
    // Import direction (layers.json) and import cycles among the files under src/.
    files: ['src/**/*.ts'],
    plugins: { ggm },
    rules: { 'ggm/layers': 'error', 'ggm/no-cycle': 'error' },
  },
  {
    // The web application talks to the platform over HTTP only: never an import from src/.
    files: ['web/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/src/**', '../../../*'],
              message: 'web/ reaches the platform through its HTTP API only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['bin/**/*.js', 'bench/**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
