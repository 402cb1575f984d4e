import type { Locale } from '@kefu/domain/shared';
import type { PublicErrorCode } from '@kefu/contracts/errors';

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
  'AUTH.INVALID_CREDENTIALS': 'UNAUTHENTICATED',
  'AUTH.TOO_MANY_ATTEMPTS': 'TOO_MANY_REQUESTS',
  'ORG.REPORTING_CYCLE': 'INVALID_OPERATION',
  'ORG.SELF_REPORTING': 'INVALID_OPERATION',
  'ORG.UNKNOWN_POSITION': 'NOT_FOUND',
  'ORG.OVERLAPPING_ASSIGNMENT': 'INVALID_OPERATION',
  'ORG.INVALID_ASSIGNMENT_END': 'BAD_USER_INPUT',
  'ORG.DUPLICATE_EMPLOYEE_NO': 'CONFLICT',
  'ORG.GRANT_ESCALATION': 'FORBIDDEN',
  'ORG.LAST_ORG_EDITOR': 'INVALID_OPERATION',
  'ORG.POSITION_IN_USE': 'INVALID_OPERATION',
  'ORG.HANDOVER_NOT_PERMITTED': 'FORBIDDEN',
  'TICKET.INVALID_TRANSITION': 'INVALID_OPERATION',
  'TICKET.IDEMPOTENCY_KEY_REUSED': 'CONFLICT',
  'TICKET.NO_ESCALATION_TARGET': 'INVALID_OPERATION',
  'TICKET.PHOTO_QUOTA_EXCEEDED': 'TOO_MANY_REQUESTS',
  'REQUESTER.DUPLICATE': 'CONFLICT',
  'FOLLOWUP.REFUSED': 'INVALID_OPERATION',
  'ORG.SELF_DEACTIVATION': 'INVALID_OPERATION',
  'AUTH.PASSWORD_CHANGE_REQUIRED': 'FORBIDDEN',
  'AUTH.WRONG_CURRENT_PASSWORD': 'BAD_USER_INPUT',
  'ACCOUNT.USERNAME_TAKEN': 'CONFLICT',
  'ACCOUNT.STAFF_HAS_SIGN_IN': 'CONFLICT',
  'ACCOUNT.INVITATION_INVALID': 'BAD_USER_INPUT',
  'ACCOUNT.NOT_INVITABLE': 'INVALID_OPERATION',
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
  // A limit names its field, so a message shown away from the form still says what to shorten.
  'VALIDATION.too_long.named': { 'zh-CN': '{field}过长，最多 {limit} 个字符。', en: '{field} is too long: at most {limit} characters.' },
  'VALIDATION.too_short': { 'zh-CN': '内容过短，至少 {limit} 个字符。', en: 'Too short: at least {limit} characters.' },
  'VALIDATION.out_of_range': { 'zh-CN': '数值超出允许范围。', en: 'The value is out of range.' },
  'VALIDATION.invalid_format': { 'zh-CN': '格式不正确。', en: 'The format is not valid.' },
  'VALIDATION.phone_format': {
    'zh-CN': '电话格式不正确：手机号为 1 开头的 11 位数字；座机为区号加 7–8 位号码，如 0571-87654321。',
    en: 'Not a phone number: a mobile is 11 digits starting with 1; a landline is an area code and 7 or 8 digits, e.g. 0571-87654321.',
  },
  'VALIDATION.invalid_choice': { 'zh-CN': '不是有效的选项。', en: 'Not one of the allowed choices.' },
  'VALIDATION.invalid_date': { 'zh-CN': '日期无效。', en: 'The date is not valid.' },
  'VALIDATION.file_too_large': { 'zh-CN': '照片太大，每张不能超过 {limit} MB。', en: 'The photo is too large: at most {limit} MB each.' },
  'VALIDATION.file_type': { 'zh-CN': '只能上传 JPG、PNG 或 WebP 格式的照片。', en: 'Only JPG, PNG or WebP photos can be uploaded.' },
  'VALIDATION.too_many': { 'zh-CN': '最多只能添加 {limit} 张。', en: 'At most {limit} can be added.' },
  'VALIDATION.invalid_characters': {
    'zh-CN': '含有不允许的字符：不能包含表情符号或控制字符。',
    en: 'Contains characters that are not allowed: no emoji or control characters.',
  },
  'VALIDATION.in_future': { 'zh-CN': '时间不能晚于现在。', en: 'The time cannot be in the future.' },
  'VALIDATION.before_start': { 'zh-CN': '时间不能早于开始时间（如来访时间）。', en: 'The time cannot be before the start (e.g. the arrival).' },
  'VALIDATION.after_later_step': { 'zh-CN': '此时限不能晚于后一步（转呈 ≤ 答复 ≤ 解决）。', en: 'This step cannot be due after a later one (hand-over ≤ reply ≤ resolve).' },
  'VALIDATION.after_today': { 'zh-CN': '日期不能晚于今天。', en: 'The day cannot be after today.' },
  'VALIDATION.before_last_change': {
    'zh-CN': '生效日期不能早于上一次调整的生效日期。',
    en: 'The change cannot take effect before the last change of the same thing did.',
  },
  'VALIDATION.scheduled_change_pending': {
    'zh-CN': '已有一项尚未生效的计划调整，请先撤销它再做新的调整。',
    en: 'A change of the same thing is already scheduled; withdraw it before making another.',
  },
  'VALIDATION.nothing_scheduled': { 'zh-CN': '没有待生效的计划调整可撤销。', en: 'There is no scheduled change to withdraw.' },
  'VALIDATION.already_used': { 'zh-CN': '已被使用，请换一个。', en: 'Already in use; choose another.' },
  'VALIDATION.staff_inactive': { 'zh-CN': '此人已停用，不能任命。', en: 'This person is deactivated and cannot be appointed.' },
  'VALIDATION.over_strength': {
    'zh-CN': '该岗位已满编（定员 {limit} 人），超编任命须填写原因。',
    en: 'The position is at its headcount ({limit}); appointing beyond it needs a reason.',
  },
  'VALIDATION.handover_same_person': { 'zh-CN': '不能交接给离岗本人。', en: 'The work cannot be handed over to the one leaving.' },
  'VALIDATION.handover_inactive': { 'zh-CN': '此人已停用，不能接手工作。', en: 'This person is deactivated and cannot take the work over.' },
  'VALIDATION.handover_two_targets': {
    'zh-CN': '请选择交给某人或退回本部门队列，不能同时选择。',
    en: 'Choose either a person or the unit’s queue, not both.',
  },
  'VALIDATION.handover_outside_unit': {
    'zh-CN': '接手人须在同一部门任职，或任该岗位的上级岗位。',
    en: 'The one taking over must hold a position in the same unit, or one the position reports to.',
  },
  'AUTH.INVALID_CREDENTIALS': { 'zh-CN': '用户名或密码错误。', en: 'Wrong username or password.' },
  'AUTH.INVALID_CREDENTIALS.tries_left': {
    'zh-CN': '用户名或密码错误，还可尝试 {remainingAttempts} 次。',
    en: 'Wrong username or password. Tries left: {remainingAttempts}.',
  },
  'AUTH.INVALID_CREDENTIALS.no_tries_left': {
    'zh-CN': '用户名或密码错误，尝试次数已用完，请稍后再试。',
    en: 'Wrong username or password. No tries left for now; please wait before trying again.',
  },
  'AUTH.TOO_MANY_ATTEMPTS': {
    'zh-CN': '登录失败次数过多，请 {minutes} 分钟后再试。',
    en: 'Too many failed sign-ins. Try again in {minutes} min.',
  },
  'AUTH.TOO_MANY_ATTEMPTS.seconds': {
    'zh-CN': '登录失败次数过多，请 {retryAfterSeconds} 秒后再试。',
    en: 'Too many failed sign-ins. Try again in {retryAfterSeconds} s.',
  },
  'ORG.REPORTING_CYCLE': {
    'zh-CN': '不能这样调整汇报关系：会形成循环（上级将成为自己下级的下级）。',
    en: 'This reporting line would form a cycle: a position would end up below its own subordinate.',
  },
  'ORG.SELF_REPORTING': { 'zh-CN': '岗位不能向自己汇报。', en: 'A position cannot report to itself.' },
  'ORG.UNKNOWN_POSITION': { 'zh-CN': '岗位不存在。', en: 'No such position.' },
  'ORG.OVERLAPPING_ASSIGNMENT': {
    'zh-CN': '此人在该时间段已担任该岗位，任职时间不能重叠。',
    en: 'This person already holds this position in that period; assignments cannot overlap.',
  },
  'ORG.DUPLICATE_EMPLOYEE_NO': { 'zh-CN': '工号 {employeeNo} 已被使用。', en: 'Employee number {employeeNo} is already taken.' },
  'ORG.INVALID_ASSIGNMENT_END': { 'zh-CN': '结束日期必须晚于开始日期。', en: 'The end date must be after the start date.' },
  'ORG.GRANT_ESCALATION': {
    'zh-CN': '不能授予超出您自己权限范围的权限。',
    en: 'You cannot grant more than you hold yourself.',
  },
  'ORG.LAST_ORG_EDITOR': {
    'zh-CN': '不能这样修改：全商场将没有人能够编辑组织架构。',
    en: 'Not possible: nobody on the site would be left to edit the organisation.',
  },
  'ORG.POSITION_IN_USE': {
    'zh-CN': '岗位仍在使用中，不能撤销。在岗人员：{holders}；下级岗位：{reports}。',
    en: 'The position is still in use and cannot be retired. Holders: {holders}; positions reporting to it: {reports}.',
  },
  'ORG.HANDOVER_NOT_PERMITTED': {
    'zh-CN': '此人有 {count} 张在办工单您无权派单或查看（{numbers}），不能移交，任职未结束。请由有权派单的管理人员操作。',
    en: 'You may not dispatch or see {count} of their open tickets ({numbers}), so nothing was handed over and the assignment did not end. Ask a manager who may dispatch them.',
  },
  'ORG.HANDOVER_NOT_PERMITTED.unnamed': {
    'zh-CN': '此人有 {count} 张在办工单您无权查看或派单，不能移交，任职未结束。请由有权派单的管理人员操作。',
    en: 'You may not see or dispatch {count} of their open tickets, so nothing was handed over and the assignment did not end. Ask a manager who may dispatch them.',
  },
  'TICKET.INVALID_TRANSITION': {
    'zh-CN': '工单在当前状态下不能执行此操作。',
    en: "This action is not possible in the ticket's current state.",
  },
  'TICKET.IDEMPOTENCY_KEY_REUSED': {
    'zh-CN': '该提交编号已用于另一条不同的请求。',
    en: 'This submission key was already used for a different request.',
  },
  'TICKET.NO_ESCALATION_TARGET': { 'zh-CN': '汇报线上已没有可上报的人。', en: 'There is nobody higher up the reporting line.' },
  'TICKET.PHOTO_QUOTA_EXCEEDED': {
    'zh-CN': '已上传但尚未随请求提交的照片太多（24 小时内最多 {maxPhotos} 张、共 {maxMb} MB）。请先提交请求，或稍后再传。',
    en: 'Too many photos uploaded but not yet sent with a request (at most {maxPhotos} photos and {maxMb} MB in 24 hours). Submit your request first, or upload again later.',
  },
  'FOLLOWUP.REFUSED': {
    'zh-CN': '回访在当前状态下不能执行此操作（已完成、待主管决定，或按本商场规定须由经办人以外的人回访）。',
    en: 'This follow-up cannot take that step now (it is done, awaits the supervisor, or the site wants someone other than the handler to call).',
  },
  'REQUESTER.DUPLICATE': {
    'zh-CN': '已有档案使用了相同的电话或铺位（{value}）：{existingName}。',
    en: 'An existing file already has {value}: {existingName}.',
  },
  'AUTH.PASSWORD_CHANGE_REQUIRED': { 'zh-CN': '请先修改密码：初始密码或被重置的密码须由本人修改后才能继续使用。', en: 'Change your password first: a first or reset password must be changed by its owner before anything else.' },
  'AUTH.WRONG_CURRENT_PASSWORD': { 'zh-CN': '当前密码不正确。', en: 'The current password is wrong.' },
  'ACCOUNT.USERNAME_TAKEN': { 'zh-CN': '登录名 {username} 已被使用，请换一个。', en: 'The sign-in name {username} is taken; choose another.' },
  'ACCOUNT.INVITATION_INVALID': {
    'zh-CN': '邀请码无效：可能输错、已被使用、已撤销或已过期（有效期 7 天）。请联系客服部重新邀请。',
    en: 'The invitation code is not valid: mistyped, already used, revoked or expired (it holds 7 days). Ask customer service for a new invitation.',
  },
  'ACCOUNT.NOT_INVITABLE': { 'zh-CN': '只有商户和业主可以受邀开通网上服务账号。', en: 'Only merchants and owners can be invited to the portal.' },
  'ACCOUNT.STAFF_HAS_SIGN_IN': { 'zh-CN': '此员工已有登录账号（{username}）。', en: 'This member of staff already has a sign-in ({username}).' },
  'VALIDATION.password_too_short': { 'zh-CN': '密码太短：至少 {limit} 个字符。', en: 'The password is too short: at least {limit} characters.' },
  'VALIDATION.password_contains_username': { 'zh-CN': '密码不能与用户名相同，也不能包含用户名。', en: 'The password must not be or contain the username.' },
  'VALIDATION.password_too_common': { 'zh-CN': '这是常见密码，很容易被猜中，请换一个。', en: 'This is a common password, easily guessed; choose another.' },
  'ORG.SELF_DEACTIVATION': { 'zh-CN': '不能停用自己的员工档案，请由其他管理人员操作。', en: 'You cannot deactivate your own record; ask another manager.' },
  UNAVAILABLE: {
    'zh-CN': '服务暂时不可用，请稍后重试；您的操作未被保存。',
    en: 'The service is briefly unavailable. Please try again; nothing was saved.',
  },
  BAD_REQUEST: { 'zh-CN': '请求格式不正确。', en: 'The request is malformed.' },
  PAYLOAD_TOO_LARGE: { 'zh-CN': '请求内容过大（上限 {limit}）。', en: 'The request is too large (at most {limit}).' },
  INTERNAL: { 'zh-CN': '服务器内部错误，请稍后重试。', en: 'Something went wrong on our side. Please try again.' },
};

/** Codes whose message reads differently with their facts: how many tries are left, how long to wait. */
const VARIANTS: Partial<Record<DomainErrorCode, (facts: Readonly<Record<string, unknown>>) => string | null>> = {
  'AUTH.INVALID_CREDENTIALS': ({ remainingAttempts }) =>
    typeof remainingAttempts !== 'number' ? null : remainingAttempts > 0 ? 'tries_left' : 'no_tries_left',
  'ORG.HANDOVER_NOT_PERMITTED': ({ numbers }) => (numbers === '' ? 'unnamed' : null),
  'AUTH.TOO_MANY_ATTEMPTS': ({ retryAfterSeconds }) => (typeof retryAfterSeconds === 'number' && retryAfterSeconds < 60 ? 'seconds' : null),
};

/** The message key of a domain error: its code, or the variant its facts call for. */
export function domainMessageKey(code: DomainErrorCode, facts: Readonly<Record<string, unknown>>): string {
  const variant = VARIANTS[code]?.(facts);
  return variant ? `${code}.${variant}` : code;
}

/** What people call the text inputs the domain checks, by their path without `input.`. */
const FIELD_LABELS: Messages = {
  title: { 'zh-CN': '标题', en: 'Title' },
  description: { 'zh-CN': '详细情况', en: 'Description' },
  location: { 'zh-CN': '位置', en: 'Location' },
  preferredContactTime: { 'zh-CN': '方便联系的时间', en: 'Preferred contact time' },
  name: { 'zh-CN': '姓名', en: 'Name' },
  employeeNo: { 'zh-CN': '工号', en: 'Employee number' },
  phone: { 'zh-CN': '电话', en: 'Phone' },
  reason: { 'zh-CN': '原因', en: 'Reason' },
  note: { 'zh-CN': '说明', en: 'Note' },
  resolution: { 'zh-CN': '处理结果', en: 'Resolution' },
  comment: { 'zh-CN': '评价', en: 'Comment' },
};

/**
 * The message of one field at fault: named after the field where the rule has a named form
 * and the field a label, the plain rule's message otherwise.
 */
export function fieldMessageFor(field: string, rule: string, locale: Locale): string {
  const label = FIELD_LABELS[field.replace(/^input\./, '')];
  const named = MESSAGES[`VALIDATION.${rule}.named`];
  if (label && named) return named[locale].replace('{field}', label[locale]);
  return messageFor(`VALIDATION.${rule}`, locale);
}

export function messageFor(key: string, locale: Locale): string {
  const entry = MESSAGES[key] ?? MESSAGES.INTERNAL!;
  return entry[locale];
}
