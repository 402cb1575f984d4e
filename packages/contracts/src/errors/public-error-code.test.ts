import { describe, expect, it } from 'vitest';
import { isPublicErrorCode, PUBLIC_ERROR_CODES } from './public-error-code.js';

describe('public error codes', () => {
  it('recognise each public code and nothing else', () => {
    for (const code of PUBLIC_ERROR_CODES) expect(isPublicErrorCode(code)).toBe(true);
    for (const other of ['ORG.REPORTING_CYCLE', 'forbidden', '', 404, null, undefined]) expect(isPublicErrorCode(other)).toBe(false);
  });
});
