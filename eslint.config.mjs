import eslint from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

const NEST_AND_IO = [
  '@nestjs/*',
  'typeorm',
  'typeorm/*',
  'bullmq',
  'ioredis',
  'pg',
  'pdfkit',
  'node:*',
  'fs',
  'path',
  'crypto',
  'http',
  'net',
];

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
      // Apps and libs meet through their aliases (@quorum/db), never through ../../libs paths.
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['**/libs/*', '../../libs/**'], message: 'Import libs through their @quorum/* alias.' }],
        },
      ],
    },
  },
  {
    // The domain is pure: rules of plain data, no framework, no database, no I/O.
    files: ['libs/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: NEST_AND_IO, message: 'libs/domain stays free of Nest, TypeORM, BullMQ and I/O.' }] },
      ],
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
