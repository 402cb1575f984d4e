import { PothosValidationError } from '@pothos/core';
import { ForbiddenError as ScopeAuthForbiddenError } from '@pothos/plugin-scope-auth';
import { buildSchema, graphql, GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import * as org from '@kefu/domain/org';
import * as shared from '@kefu/domain/shared';
import * as requesters from '@kefu/domain/requesters';
import * as tickets from '@kefu/domain/tickets';
import * as followups from '@kefu/domain/followups';
import { DomainError, LOCALES, ValidationError, type Locale } from '@kefu/domain/shared';
import * as authErrors from '../use-cases/auth/auth.errors.js';
import * as idempotencyErrors from '../use-cases/shared/idempotency.errors.js';
import { DOMAIN_ERROR_RULES, domainMessageKey, messageFor, type DomainErrorCode } from './error-catalogue.js';
import { DatabaseUnavailableError } from '@kefu/db/engine';
import { isMappedError, mapExecutionError } from './error-mapper.js';
import { PUBLIC_ERROR_CODES } from '@kefu/contracts/errors';

const MODULES = { org, shared, tickets, requesters, authErrors, idempotencyErrors, followups };

type ErrorClass = new (...args: never[]) => DomainError;
const isErrorClass = (value: unknown): value is ErrorClass =>
  typeof value === 'function' && value.prototype instanceof DomainError;

// Every exported class's code, at compile time: a new error class whose code is not in the
// catalogue breaks `tsc` here before any test runs.
// The abstract base's code is plain `string`, which says nothing: it is left out.
type CodeOf<E> = E extends DomainError ? (string extends E['code'] ? never : E['code']) : never;
type CodesOf<M> = { [K in keyof M]: M[K] extends abstract new (...args: never[]) => infer E ? CodeOf<E> : never }[keyof M];
type ExportedCode = CodesOf<typeof org> | CodesOf<typeof shared> | CodesOf<typeof tickets> | CodesOf<typeof requesters> | CodesOf<typeof authErrors> | CodesOf<typeof idempotencyErrors> | CodesOf<typeof followups>;
const everyExportedCodeIsCatalogued: ExportedCode extends DomainErrorCode ? true : ExportedCode = true;

/** Plausible constructor arguments per class; a new class needs an entry here. */
const SAMPLE_ARGS: Record<string, unknown[]> = {
  NotFoundError: ['Ticket', 't-1'],
  ForbiddenError: ['ticket.assign'],
  UnauthenticatedError: [],
  StaleVersionError: ['Ticket', 't-1', 3],
  ValidationError: [[{ field: 'title', rule: 'too_long', limit: 120 }, { field: 'kind', rule: 'required' }]],
  ReportingCycleError: ['p-1', ['p-1', 'p-2', 'p-1']],
  SelfReportingError: ['p-1'],
  UnknownPositionError: ['p-9'],
  OverlappingAssignmentError: ['s-1', 'p-1', 'a-1'],
  DuplicateEmployeeNoError: ['KF-9001'],
  InvalidAssignmentEndError: ['a-1', new Date('2024-03-01T00:00:00Z'), new Date('2024-02-01T00:00:00Z')],
  InvalidTransitionError: ['closed', 'close'],
  InvalidCredentialsError: [],
  LoginThrottledError: [900],
  IdempotencyKeyReusedError: ['key-12345678'],
  NoEscalationTargetError: ['t-1'],
  PhotoQuotaExceededError: ['photos', { maxPhotos: 30, maxMb: 60 }],
  DuplicateRequesterError: ['phone', '13800001111', 'r-1', '鑫源瓷砖'],
  GrantEscalationError: ['ticket.close', 'site', 'subordinates'],
  LastOrgEditorError: ['org.position.edit', 'p-1'],
  SelfDeactivationError: ['s-1'],
  PasswordChangeRequiredError: [],
  WrongCurrentPasswordError: [],
  UsernameTakenError: ['zhou.ting'],
  StaffHasSignInError: ['s-1', 'zhou.ting'],
  PositionInUseError: ['p-1', '王丽', '导购车辆导购'],
  HandoverNotPermittedError: [2, [41]],
  FollowUpRefusedError: ['awaiting_decision', 'not_open'],
  InvitationInvalidError: [],
  NotInvitableError: ['customer'],
};

const exportedErrors = Object.entries(MODULES).flatMap(([moduleName, namespace]) =>
  Object.entries(namespace)
    .filter((entry): entry is [string, ErrorClass] => isErrorClass(entry[1]))
    .map(([name, Class]) => ({ moduleName, name, Class })),
);

const construct = ({ name, Class }: { name: string; Class: ErrorClass }): DomainError => {
  const args = SAMPLE_ARGS[name];
  if (!args) throw new Error(`${name}: add plausible constructor arguments to SAMPLE_ARGS`);
  return new Class(...(args as never[]));
};

const asExecutionError = (original: Error) => new GraphQLError(original.message, { originalError: original, path: ['someField'] });
const noLog = () => {
  throw new Error('a domain error must not be logged as unexpected');
};

describe('the error catalogue', () => {
  it('finds every domain error class the gateway can meet', () => {
    expect(everyExportedCodeIsCatalogued).toBe(true);
    const names = exportedErrors.map((e) => e.name);
    // Guards the enumeration itself: an empty namespace walk would make every check below vacuous.
    expect(names).toEqual(expect.arrayContaining(['NotFoundError', 'ValidationError', 'ReportingCycleError', 'InvalidTransitionError', 'InvalidCredentialsError', 'NoEscalationTargetError']));
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(exportedErrors.map((e) => [`${e.moduleName}.${e.name}`, e] as const))('%s has a rule and messages in both languages', (_label, entry) => {
    const error = construct(entry);
    expect(Object.keys(DOMAIN_ERROR_RULES), `${error.code} missing from DOMAIN_ERROR_RULES`).toContain(error.code);
    expect(PUBLIC_ERROR_CODES).toContain(DOMAIN_ERROR_RULES[error.code as DomainErrorCode]);
    const fallback = { 'zh-CN': messageFor('INTERNAL', 'zh-CN'), en: messageFor('INTERNAL', 'en') };
    expect(messageFor(error.code, 'zh-CN'), `${error.code} has no zh-CN message`).not.toBe(fallback['zh-CN']);
    expect(messageFor(error.code, 'en'), `${error.code} has no en message`).not.toBe(fallback.en);
    expect(messageFor(error.code, 'zh-CN')).toMatch(/[\u4e00-\u9fff]/);
    expect(messageFor(error.code, 'en')).toMatch(/^[\x20-\x7e’]+$/);
  });

  it('has no rule for a code no error class uses', () => {
    const used = new Set(exportedErrors.map((e) => construct(e).code));
    expect(Object.keys(DOMAIN_ERROR_RULES).filter((code) => !used.has(code))).toEqual([]);
  });
});

describe('mapExecutionError', () => {
  it.each(LOCALES.flatMap((locale) => exportedErrors.map((e) => [e.name, locale, e] as const)))(
    'keeps code, reason and the localized message of %s (%s)',
    (_name, locale: Locale, entry) => {
      const error = construct(entry);
      const mapped = mapExecutionError(asExecutionError(error), locale, 'req-1', noLog);
      expect(isMappedError(mapped)).toBe(true);
      expect(mapped.extensions).toMatchObject({ code: DOMAIN_ERROR_RULES[error.code as DomainErrorCode], reason: error.code });
      expect(mapped.extensions.requestId).toBeUndefined();
      expect(mapped.message).toBe(messageFor(domainMessageKey(error.code as DomainErrorCode, error.facts), locale).replace(/\{(\w+)\}/g, (_, k: string) => String(error.facts[k])));
      expect(mapped.message).not.toMatch(/\{\w+\}/);
      expect(mapped.path).toEqual(['someField']);
    },
  );

  it('tells a failing sign-in how many tries it has left, from the third failure', () => {
    const message = (error: DomainError, locale: Locale) => mapExecutionError(asExecutionError(error), locale, 'req-1', noLog).message;
    expect(message(new authErrors.InvalidCredentialsError(), 'zh-CN')).toBe('用户名或密码错误。');
    expect(message(new authErrors.InvalidCredentialsError(7), 'zh-CN')).toBe('用户名或密码错误，还可尝试 7 次。');
    expect(message(new authErrors.InvalidCredentialsError(1), 'en')).toBe('Wrong username or password. Tries left: 1.');
    expect(message(new authErrors.InvalidCredentialsError(0), 'zh-CN')).toBe('用户名或密码错误，尝试次数已用完，请稍后再试。');
    const warned = mapExecutionError(asExecutionError(new authErrors.InvalidCredentialsError(7)), 'en', 'req-1', noLog);
    expect(warned.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'AUTH.INVALID_CREDENTIALS', details: { remainingAttempts: 7 } });
  });

  it('tells a throttled sign-in how long to wait, in seconds under a minute and in minutes beyond', () => {
    const refused = (seconds: number, locale: Locale) => mapExecutionError(asExecutionError(new authErrors.LoginThrottledError(seconds)), locale, 'req-1', noLog);
    expect(refused(8, 'zh-CN').message).toBe('登录失败次数过多，请 8 秒后再试。');
    expect(refused(8, 'en').message).toBe('Too many failed sign-ins. Try again in 8 s.');
    expect(refused(61, 'zh-CN').message).toBe('登录失败次数过多，请 2 分钟后再试。');
    expect(refused(61, 'en').extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', details: { retryAfterSeconds: 61 } });
  });

  it('lists each field at fault of a ValidationError with its own message', () => {
    const error = new ValidationError([
      { field: 'title', rule: 'too_long', limit: 120 },
      { field: 'kind', rule: 'required' },
    ]);
    const mapped = mapExecutionError(asExecutionError(error), 'en', 'req-1', noLog);
    expect(mapped.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'VALIDATION.INVALID_INPUT' });
    expect(mapped.extensions.fields).toEqual([
      { field: 'title', rule: 'too_long', limit: 120, message: 'Title is too long: at most 120 characters.' },
      { field: 'kind', rule: 'required', message: 'This field is required.' },
    ]);
    const zh = mapExecutionError(asExecutionError(error), 'zh-CN', 'req-1', noLog);
    expect((zh.extensions.fields as { message: string }[])[0]!.message).toBe('标题过长，最多 120 个字符。');
    // A field without a label keeps the plain message.
    const unlabelled = mapExecutionError(asExecutionError(new ValidationError([{ field: 'input.purpose.en', rule: 'too_long', limit: 2000 }])), 'en', 'req-1', noLog);
    expect((unlabelled.extensions.fields as { message: string }[])[0]!.message).toBe('Too long: at most 2000 characters.');
  });

  it('names the input of another refusal about one field, with the same message', () => {
    const error = new tickets.PhotoQuotaExceededError('bytes', { maxPhotos: 30, maxMb: 60 });
    const mapped = mapExecutionError(asExecutionError(error), 'zh-CN', 'req-1', noLog);
    expect(mapped.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'TICKET.PHOTO_QUOTA_EXCEEDED' });
    expect(mapped.message).toBe('已上传但尚未随请求提交的照片太多（24 小时内最多 30 张、共 60 MB）。请先提交请求，或稍后再传。');
    expect(mapped.extensions.fields).toEqual([{ field: 'file', rule: 'TICKET.PHOTO_QUOTA_EXCEEDED', message: mapped.message }]);
    const other = mapExecutionError(asExecutionError(new tickets.NoEscalationTargetError('t-1')), 'en', 'req-1', noLog);
    expect(other.extensions.fields).toBeUndefined();
  });

  it('answers a variable that fails coercion with BAD_USER_INPUT naming the path', async () => {
    const schema = buildSchema(`
      enum Kind { REPAIR COMPLAINT }
      input TicketInput { kind: Kind! title: String! }
      type Query { ok: Boolean }
      type Mutation { create(input: TicketInput!): Boolean }
    `);
    const result = await graphql({
      schema,
      source: 'mutation ($input: TicketInput!) { create(input: $input) }',
      variableValues: { input: { kind: 'NOPE', title: 'x' } },
    });
    const coercion = result.errors![0]!;
    expect(coercion.message).toMatch(/^Variable "\$input"/);
    const mapped = mapExecutionError(coercion, 'en', 'req-1', noLog);
    expect(mapped.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(mapped.extensions.fields).toEqual([{ field: 'input.kind', rule: 'invalid_format', message: 'The format is not valid.' }]);
    // The client's own value is not echoed back in the message.
    expect(mapped.message).toBe(messageFor('VALIDATION.GRAPHQL_INPUT', 'en'));
  });

  it('answers a malformed global ID (Pothos) with BAD_USER_INPUT on id', () => {
    const mapped = mapExecutionError(asExecutionError(new PothosValidationError('Invalid global ID: abc')), 'en', 'req-1', noLog);
    expect(mapped.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'id', rule: 'invalid_format' }] });
  });

  it('answers a scope-auth refusal with FORBIDDEN', () => {
    const mapped = mapExecutionError(asExecutionError(new ScopeAuthForbiddenError('Not authorized')), 'zh-CN', 'req-1', noLog);
    expect(mapped.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'FORBIDDEN' });
    expect(mapped.message).toBe(messageFor('FORBIDDEN', 'zh-CN'));
  });

  it('masks an unexpected error, keeps the request id and logs the original', () => {
    const original = new Error('select * from secrets');
    const log = vi.fn();
    const mapped = mapExecutionError(asExecutionError(original), 'en', 'req-42', log);
    expect(mapped.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-42' });
    expect(mapped.message).toBe(messageFor('INTERNAL', 'en'));
    expect(JSON.stringify(mapped.toJSON())).not.toContain('secrets');
    expect(mapped.originalError).toBeUndefined();
    expect(log).toHaveBeenCalledExactlyOnceWith(original);
  });

  it.each(LOCALES)('answers a database that went away with a retryable UNAVAILABLE (%s), not logged as a bug', (locale) => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const mapped = mapExecutionError(asExecutionError(new DatabaseUnavailableError(refused)), locale, 'req-9', noLog);
    expect(mapped.extensions).toMatchObject({ code: 'UNAVAILABLE', retryable: true, requestId: 'req-9' });
    expect(mapped.message).toBe(messageFor('UNAVAILABLE', locale));
    expect(JSON.stringify(mapped.toJSON())).not.toContain('ECONNREFUSED');
  });

  it('answers text the database cannot store (a NUL character) with BAD_USER_INPUT, not a masked error', () => {
    const refused = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code: '22021' });
    const mapped = mapExecutionError(asExecutionError(refused), 'en', 'req-3', noLog);
    expect(mapped.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input', rule: 'invalid_format' }] });
    expect(mapped.message).not.toContain('0x00');
  });

  it('masks an error thrown from a resolver as a bare GraphQLError', () => {
    // A resolver's own `new GraphQLError(...)` is not a domain error: its text may be internal.
    const log = vi.fn();
    const mapped = mapExecutionError(new GraphQLError('relation "tickets" does not exist', { path: ['tickets'] }), 'en', 'req-7', log);
    expect(mapped.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(mapped.message).not.toContain('relation');
    expect(log).toHaveBeenCalledOnce();
  });

  it('leaves an already mapped error as it is', () => {
    const once = mapExecutionError(asExecutionError(new shared.NotFoundError('Ticket', 't-1')), 'en', 'req-1', noLog);
    expect(mapExecutionError(once, 'zh-CN', 'req-2', noLog)).toBe(once);
  });
});
