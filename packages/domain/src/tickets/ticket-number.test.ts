import { describe, expect, it } from 'vitest';
import { formatTicketNumber } from './ticket-number.js';

describe('formatTicketNumber', () => {
  it('pads to six digits behind the KF- prefix', () => {
    expect(formatTicketNumber(302)).toBe('KF-000302');
    expect(formatTicketNumber(1)).toBe('KF-000001');
  });

  it('keeps numbers past six digits whole', () => {
    expect(formatTicketNumber(1_234_567)).toBe('KF-1234567');
  });
});
