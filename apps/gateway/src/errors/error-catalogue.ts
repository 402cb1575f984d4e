import type { Locale } from '@kefu/domain/shared';
import type { PublicErrorCode } from './public-error-code.js';

/**
 * Every domain error code the gateway knows, with the public code it maps to. A domain code
 * missing here is a type error in the mapper's test, not a silently masked message.
 */
export const DOMAIN_ERROR_RULES = {
  NOT_FOUND: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  'CONFLICT.STALE_VERSION': 'CONFLICT',
  'VALIDATION.INVALID_INPUT': 'BAD_USER_INPUT',
} as const satisfies Record<string, PublicErrorCode>;

export type DomainErrorCode = keyof typeof DOMAIN_ERROR_RULES;

type Messages = Record<string, { 'zh-CN': string; en: string }>;

/** Messages by code; `{fact}` placeholders are filled from the error's facts. */
const MESSAGES: Messages = {
  NOT_FOUND: { 'zh-CN': '未找到该记录，或您无权查看。', en: 'Not found, or you may not see it.' },
  FORBIDDEN: { 'zh-CN': '您没有执行此操作的权限。', en: 'You are not allowed to do this.' },
  UNAUTHENTICATED: { 'zh-CN': '请先登录。', en: 'Please sign in first.' },
  'CONFLICT.STALE_VERSION': {
    'zh-CN': '该记录已被他人修改，请刷新后重试。',
    en: 'Someone else changed this record. Refresh and try again.',
  },
  'VALIDATION.INVALID_INPUT': { 'zh-CN': '输入有误，请检查标出的字段。', en: 'Some fields need attention.' },
  'VALIDATION.GRAPHQL_INPUT': { 'zh-CN': '输入的格式或取值无效。', en: 'An input has the wrong format or value.' },
  'VALIDATION.required': { 'zh-CN': '此项必填。', en: 'This field is required.' },
  'VALIDATION.too_long': { 'zh-CN': '内容过长，最多 {limit} 个字符。', en: 'Too long: at most {limit} characters.' },
  'VALIDATION.too_short': { 'zh-CN': '内容过短，至少 {limit} 个字符。', en: 'Too short: at least {limit} characters.' },
  'VALIDATION.out_of_range': { 'zh-CN': '数值超出允许范围。', en: 'The value is out of range.' },
  'VALIDATION.invalid_format': { 'zh-CN': '格式不正确。', en: 'The format is not valid.' },
  'VALIDATION.invalid_choice': { 'zh-CN': '不是有效的选项。', en: 'Not one of the allowed choices.' },
  'VALIDATION.invalid_date': { 'zh-CN': '日期无效。', en: 'The date is not valid.' },
  INTERNAL: { 'zh-CN': '服务器内部错误，请稍后重试。', en: 'Something went wrong on our side. Please try again.' },
};

export function messageFor(key: string, locale: Locale): string {
  const entry = MESSAGES[key] ?? MESSAGES.INTERNAL!;
  return entry[locale];
}
