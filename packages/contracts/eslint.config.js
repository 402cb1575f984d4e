import { baseConfig } from '@kefu/eslint-config';

export default baseConfig;
