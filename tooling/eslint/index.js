// Shared lint rules. The domain core gets one more rule: it stays pure, so it may not
// import storage, GraphQL, React or Node's I/O modules.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export const baseConfig = tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/.data/**', '**/coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { languageOptions: { globals: { ...globals.node } } },
  {
    rules: {
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
);

const infrastructure = [
  'postgres', '@electric-sql/*', 'graphql', 'graphql-*', '@pothos/*', 'react', 'react-*',
  '@kefu/db', '@kefu/gateway', 'node:*', 'fs', 'path', 'http', 'net', 'child_process', 'crypto',
];

export const domainConfig = tseslint.config(...baseConfig, {
  files: ['src/**/*.ts'],
  rules: {
    'no-restricted-imports': ['error', {
      patterns: [{ group: infrastructure, message: 'packages/domain is pure: no I/O or framework imports.' }],
    }],
  },
});
