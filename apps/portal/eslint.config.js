import { baseConfig } from '@kefu/eslint-config';
import globals from 'globals';

export default [
  ...baseConfig,
  { ignores: ['src/gql/**'] },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
];
