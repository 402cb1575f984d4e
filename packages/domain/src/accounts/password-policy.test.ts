import { describe, expect, it } from 'vitest';
import { COMMON_PASSWORDS_TEXT } from './common-passwords.data.js';
import { checkPassword, isCommonPassword, PASSWORD_MIN_LENGTH, PASSWORD_RULE } from './password-policy.js';

describe('password policy', () => {
  it('accepts a password of at least ten characters that does not contain the username', () => {
    expect(checkPassword('晚班交接-2024-春', 'director')).toEqual({ ok: true, value: '晚班交接-2024-春' });
    expect(checkPassword('abcdefghij', 'director')).toEqual({ ok: true, value: 'abcdefghij' });
  });

  it('refuses a password under ten characters, counting characters rather than bytes', () => {
    expect(checkPassword('abcdefghi', 'director')).toEqual({ ok: false, error: ['too_short'] });
    // Nine Chinese characters are 27 bytes in UTF-8, still nine characters.
    expect(checkPassword('客服部经理的密码啊', 'director')).toEqual({ ok: false, error: ['too_short'] });
    expect(checkPassword('', 'director')).toEqual({ ok: false, error: ['too_short'] });
  });

  it('refuses the username itself and any password containing it, whatever the case', () => {
    expect(checkPassword('wang.director', 'wang.director')).toEqual({ ok: false, error: ['contains_username'] });
    expect(checkPassword('Wang.Director!2024', 'wang.director')).toEqual({ ok: false, error: ['contains_username'] });
  });

  it('reports every problem at once', () => {
    expect(checkPassword('li', 'li')).toEqual({ ok: false, error: ['too_short', 'contains_username'] });
    expect(checkPassword('password', 'pass')).toEqual({ ok: false, error: ['too_short', 'contains_username', 'too_common'] });
  });

  it('refuses the common passwords long enough to pass the length rule, whatever their case', () => {
    for (const common of ['1234567890', 'qwertyuiop', 'QwertyUIOP', '1q2w3e4r5t', 'Password123', 'manchester']) {
      expect(checkPassword(common, 'director')).toEqual({ ok: false, error: ['too_common'] });
    }
    expect(checkPassword('晚班交接-2024-春', 'director').ok).toBe(true);
  });

  it('ships ten thousand distinct common passwords, the most common first', () => {
    const list = COMMON_PASSWORDS_TEXT.split('\n');
    expect(list).toHaveLength(10_000);
    expect(new Set(list).size).toBe(10_000);
    expect(list.slice(0, 3)).toEqual(['123456', 'password', '12345678']);
    expect(list.every((p) => p.length > 0 && p === p.toLowerCase())).toBe(true);
    expect(list.every(isCommonPassword)).toBe(true);
    expect(isCommonPassword('kefu-晚班-2024')).toBe(false);
  });

  it('states the rule in both languages, naming the minimum length', () => {
    expect(PASSWORD_RULE.zh).toContain(String(PASSWORD_MIN_LENGTH));
    expect(PASSWORD_RULE.en).toContain(String(PASSWORD_MIN_LENGTH));
  });
});
