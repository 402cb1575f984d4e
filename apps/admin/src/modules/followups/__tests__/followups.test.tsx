import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { viewerFixture } from '../../../test/fixtures';
import { answerOperations, gatewayError } from '../../../test/msw-server';
import { renderApp } from '../../../test/render';

const followUp = (patch: Record<string, unknown> = {}) => ({
  __typename: 'FollowUp',
  id: 'f-1',
  version: 1,
  status: 'OPEN',
  outcome: null,
  dueAt: '2026-11-27T03:00:00.000Z',
  overdue: false,
  round: 0,
  callerMustNotBeHandler: false,
  failedAttempts: 0,
  attemptsLeft: 3,
  nextCallAt: null,
  doneAt: null,
  ticketNumber: 305,
  ticketTitle: '插座不通电',
  ticketReopenCount: 0,
  ticket: { __typename: 'Ticket', id: 'VGlja2V0OjE=' },
  caller: null,
  handler: { __typename: 'Staff', id: 's-hall', name: '李娜' },
  attempts: [],
  viewerMayCall: true,
  viewerMayDecide: false,
  ...patch,
});
const page = (nodes: unknown[]) => ({
  data: {
    followUps: {
      __typename: 'FollowUpConnection',
      edges: nodes.map((node, i) => ({ __typename: 'FollowUpEdge', cursor: `c-${i}`, node })),
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    },
  },
});
const rates = { data: { followUpRates: { __typename: 'FollowUpRates', due: 4, onTime: 3, handled: 4, onTimeRate: 0.75, handledRate: 1 } } };
const clerk = viewerFixture({ username: 'office_clerk', siteActions: ['TICKET_VIEW', 'FOLLOWUP_VIEW', 'FOLLOWUP_CALL'] });

describe('回访 (followups)', () => {
  it('shows the team view with the month’s rates, and records a failed call with its retry time', async () => {
    let calls = 0;
    const log = answerOperations({
      Viewer: { data: { viewer: clerk } },
      FollowUps: () => page([followUp()]),
      FollowUpRates: rates,
      RecordFollowUpCall: () =>
        ++calls === 1
          ? gatewayError('BAD_USER_INPUT', '输入有误', { reason: 'VALIDATION.INVALID_INPUT', fields: [{ field: 'retryAt', rule: 'out_of_range', message: '须晚于现在' }] })
          : { data: { recordFollowUpCall: followUp({ version: 2, failedAttempts: 1, attemptsLeft: 2 }) } },
    });
    const { user } = renderApp({ route: '/followups' });
    expect(await screen.findByText('100%')).toBeInTheDocument();
    expect(screen.getByText('75%')).toBeInTheDocument();
    const card = await screen.findByRole('listitem', { name: '工单 KF-000305 的回访' });
    expect(log.find((c) => c.name === 'FollowUps')?.variables).toMatchObject({ view: 'TEAM' });
    await user.click(within(card).getByRole('button', { name: '未接通' }));
    await user.click(within(card).getByRole('button', { name: '保存' }));
    expect(await within(card).findByText('须晚于现在')).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(log.filter((c) => c.name === 'RecordFollowUpCall')).toHaveLength(2));
    const input = log.filter((c) => c.name === 'RecordFollowUpCall').at(-1)?.variables.input as Record<string, unknown>;
    expect(input).toMatchObject({ followUpId: 'f-1', expectedVersion: 1, result: 'FAILED' });
    expect(typeof input.retryAt).toBe('string');
  });

  it('records a reached call that found the problem not fixed', async () => {
    const log = answerOperations({
      Viewer: { data: { viewer: clerk } },
      FollowUps: () => page([followUp()]),
      FollowUpRates: rates,
      RecordFollowUpCall: { data: { recordFollowUpCall: followUp({ status: 'DONE', outcome: 'NOT_FIXED', viewerMayCall: false }) } },
    });
    const { user } = renderApp({ route: '/followups' });
    const card = await screen.findByRole('listitem', { name: /KF-000305/ });
    await user.click(within(card).getByRole('button', { name: '已接通' }));
    await user.click(within(card).getByText('问题未解决'));
    expect(within(card).getByText(/工单将退回经办人整改/)).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: '保存' }));
    await waitFor(() =>
      expect(log.find((c) => c.name === 'RecordFollowUpCall')?.variables.input).toMatchObject({ result: 'REACHED', outcome: 'NOT_FIXED', satisfaction: 1 }),
    );
  });

  it('shows the supervisor’s decision only to who may decide, and the last attempt in English', async () => {
    answerOperations({
      Viewer: { data: { viewer: clerk } },
      FollowUps: () => page([followUp({ status: 'AWAITING_DECISION', attemptsLeft: 0, viewerMayCall: false, ticketReopenCount: 1 })]),
      FollowUpRates: rates,
    });
    renderApp({ route: '/followups', locale: 'en' });
    const card = await screen.findByRole('listitem', { name: 'Follow-up of ticket KF-000305' });
    expect(within(card).getByText('Supervisor decides')).toBeInTheDocument();
    expect(within(card).getByText('Sent back once')).toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: 'Close (not reached)' })).not.toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: 'Not reached' })).not.toBeInTheDocument();
  });
});
