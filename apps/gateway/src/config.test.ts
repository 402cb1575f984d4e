import { describe, expect, it } from 'vitest';
import { readConfig } from './config.js';

describe('the abandoned photo sweep interval', () => {
  it('is an hour unless KEFU_PHOTO_SWEEP_MINUTES says otherwise', () => {
    expect(readConfig({}).photoSweepIntervalMs).toBe(60 * 60_000);
    expect(readConfig({ KEFU_PHOTO_SWEEP_MINUTES: '5' }).photoSweepIntervalMs).toBe(5 * 60_000);
  });

  it('refuses an interval that is not a positive number', () => {
    for (const value of ['0', '-1', 'hourly']) {
      expect(() => readConfig({ KEFU_PHOTO_SWEEP_MINUTES: value })).toThrow(/KEFU_PHOTO_SWEEP_MINUTES must be a positive number/);
    }
  });
});

describe('the escalation sweep interval', () => {
  it('is five minutes unless KEFU_ESCALATION_SWEEP_MINUTES says otherwise', () => {
    expect(readConfig({}).escalationSweepIntervalMs).toBe(5 * 60_000);
    expect(readConfig({ KEFU_ESCALATION_SWEEP_MINUTES: '1' }).escalationSweepIntervalMs).toBe(60_000);
  });

  it('is off in this process with 0', () => {
    expect(readConfig({ KEFU_ESCALATION_SWEEP_MINUTES: '0' }).escalationSweepIntervalMs).toBeNull();
  });

  it('refuses an interval that is not a positive number or 0', () => {
    expect(() => readConfig({ KEFU_ESCALATION_SWEEP_MINUTES: '-1' })).toThrow(/KEFU_ESCALATION_SWEEP_MINUTES must be a positive number/);
    expect(() => readConfig({ KEFU_ESCALATION_SWEEP_MINUTES: 'often' })).toThrow(/KEFU_ESCALATION_SWEEP_MINUTES must be a positive number/);
  });
});
