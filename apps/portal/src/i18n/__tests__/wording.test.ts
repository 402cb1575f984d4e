import { describe, expect, it } from 'vitest';
import { translate, type Messages } from '../i18n';
import en from '../locales/en.json';
import zhCN from '../locales/zh-CN.json';

/** Every message a form shows for an empty required field, whatever the field. */
const REQUIRED_KEYS = ['login.required', 'rate.required', 'validation.required', 'validation.choose'] as const;

describe('the portal catalogues', () => {
  it('word every required-field message the same way, as the admin app and the gateway do', () => {
    expect(REQUIRED_KEYS.map((key) => zhCN[key])).toEqual(REQUIRED_KEYS.map(() => '此项必填。'));
    expect(REQUIRED_KEYS.map((key) => en[key])).toEqual(REQUIRED_KEYS.map(() => 'This field is required.'));
  });

  it('picks the plural form by the locale’s rules and falls back to the key itself', () => {
    const messages: Messages = en;
    expect(translate(messages, 'en', 'validation.photoCount', { count: 1 })).toBe('At most 1 photo can be added.');
    expect(translate(messages, 'en', 'validation.photoCount', { count: 6 })).toBe('At most 6 photos can be added.');
    expect(translate(zhCN, 'zh-CN', 'rate.star', { count: 1 })).toBe('1 星');
  });
});
