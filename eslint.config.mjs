import eslint from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      '.data/**',
      'jest.config.js',
      'apps/web/src/api/schema.d.ts',
      'test-results/**',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Apps and libs meet through their aliases (@quorum/db), never through ../../libs paths. Which of
      // them may import which is .dependency-cruiser.cjs's business (npm run lint:boundaries).
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['**/libs/*', '../../libs/**'], message: 'Import libs through their @quorum/* alias.' }],
        },
      ],
    },
  },
  {
    // Tool configuration written as CommonJS (.dependency-cruiser.cjs).
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { module: 'writable', require: 'readonly', __dirname: 'readonly' },
    },
  },
  {
    files: ['test/**/*.ts', '**/*.spec.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', 'no-restricted-imports': 'off' },
  },
  {
    // Generated migrations are kept as TypeORM wrote them.
    files: ['libs/db/src/migrations/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-function-type': 'off' },
  },
);
