import { ApolloError } from '@apollo/client';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { applyFieldErrors, errorKind, errorReason, fieldIssues, placeError } from '../errors/graphql-errors';

const apolloError = (code: string, message: string, extensions: Record<string, unknown> = {}) =>
  new ApolloError({ graphQLErrors: [new GraphQLError(message, { extensions: { code, ...extensions } })] });

function fakeForm(values: object) {
  const errors: Record<string, string> = {};
  return { errors, getValues: () => values, setFieldError: (path: string, message: string) => void (errors[path] = message) };
}

const t = ((key: string) => key) as never;

describe('GraphQL error helpers', () => {
  it('reads the public code and the domain reason', () => {
    const error = apolloError('INVALID_OPERATION', 'cycle', { reason: 'ORG.REPORTING_CYCLE' });
    expect(errorKind(error)).toBe('INVALID_OPERATION');
    expect(errorReason(error)).toBe('ORG.REPORTING_CYCLE');
    expect(errorKind(new ApolloError({ networkError: new TypeError('Failed to fetch') }))).toBe('NETWORK');
    expect(errorKind(new Error('boom'))).toBe('UNKNOWN');
  });

  it('maps BAD_USER_INPUT fields onto form paths, nested ones included, and returns the rest', () => {
    const error = apolloError('BAD_USER_INPUT', 'invalid', {
      fields: [
        { field: 'input.title.zh', rule: 'too_long', limit: 60, message: '内容过长，最多 60 个字符。' },
        { field: 'input.headcount', rule: 'out_of_range', message: '数值超出允许范围。' },
        { field: 'input.unknown', rule: 'required', message: '此项必填。' },
      ],
    });
    expect(fieldIssues(error).map((i) => i.field)).toEqual(['title.zh', 'headcount', 'unknown']);
    const form = fakeForm({ title: { zh: '', en: '' }, size: 1 });
    const unplaced = applyFieldErrors(form, error, { headcount: 'size' });
    expect(form.errors).toEqual({ 'title.zh': '内容过长，最多 60 个字符。', size: '数值超出允许范围。' });
    expect(unplaced.map((i) => i.field)).toEqual(['unknown']);
  });

  it('puts a domain error on the field its reason names, else returns it for an alert', () => {
    const cycle = apolloError('INVALID_OPERATION', '会形成循环', { reason: 'ORG.REPORTING_CYCLE' });
    const form = fakeForm({ reportsTo: [] });
    expect(placeError(form, cycle, t, { reasons: { 'ORG.REPORTING_CYCLE': 'reportsTo' } })).toBeNull();
    expect(form.errors).toEqual({ reportsTo: '会形成循环' });
    const forbidden = apolloError('FORBIDDEN', '您没有执行此操作的权限。', { reason: 'FORBIDDEN' });
    expect(placeError(fakeForm({ reportsTo: [] }), forbidden, t, { reasons: { 'ORG.REPORTING_CYCLE': 'reportsTo' } })).toBe('您没有执行此操作的权限。');
  });

  it('never shows an internal error text, only the localized generic message', () => {
    const internal = apolloError('INTERNAL_SERVER_ERROR', 'stack trace here', { requestId: 'r1' });
    expect(placeError(fakeForm({}), internal, t)).toBe('common:errors.INTERNAL_SERVER_ERROR');
  });
});
