import { domainConfig } from '@kefu/eslint-config';

export default domainConfig;
