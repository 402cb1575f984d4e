import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { answerOperations, gatewayError } from '../../../test/msw-server';
import { renderWithProviders } from '../../../test/render';
import { EndAssignmentForm } from '../components/EndAssignmentForm';

const LEAVER = { id: 'a-1', staff: { name: '周婷' } };
const openWork = {
  data: {
    assignmentOpenWork: {
      __typename: 'AssignmentOpenWork',
      tickets: [{ __typename: 'Ticket', id: 'VGlja2V0OjE=', number: 123, title: '柜台插座不通电' }],
      followUps: [{ __typename: 'FollowUp', id: 'f-1', ticketNumber: 98, ticketTitle: '走廊灯不亮' }],
      unseenTickets: 0,
    },
  },
};
const staffOptions = {
  data: {
    staffMembers: {
      __typename: 'StaffConnection',
      edges: [
        {
          __typename: 'StaffEdge',
          node: { __typename: 'Staff', id: 's-5', name: '陈静', employeeNo: 'KF0005', active: true, openTickets: 2, assignments: [] },
        },
      ],
    },
  },
};
const ended = {
  data: {
    endAssignment: {
      __typename: 'Assignment',
      id: 'a-1',
      acting: false,
      current: true,
      startsOn: '2024-01-01',
      endsOn: '2030-01-01',
      staff: { __typename: 'Staff', id: 's-8', name: '周婷', employeeNo: 'KF0008' },
      position: { __typename: 'Position', id: 'p-1', title: { __typename: 'LocalizedText', zh: '大堂客服', en: 'Hall clerk' } },
    },
  },
};

describe('ending an assignment hands the open work over', () => {
  it('lists the open tickets and follow-ups and sends the person picked to take them over', async () => {
    const log = answerOperations({ AssignmentOpenWork: openWork, StaffOptions: staffOptions, EndAssignment: ended });
    const { user } = renderWithProviders(<EndAssignmentForm assignment={LEAVER} />);
    expect(await screen.findByText('周婷 未办结的工作：工单 1 张，回访 1 条')).toBeInTheDocument();
    expect(screen.getByText('工单 KF-000123 柜台插座不通电')).toBeInTheDocument();
    expect(screen.getByText('回访 KF-000098 走廊灯不亮')).toBeInTheDocument();
    await user.click(screen.getByRole('textbox', { name: '交接给' }));
    await user.click(await screen.findByRole('option', { name: '陈静（KF0005）' }));
    await user.click(screen.getByRole('button', { name: '结束任职' }));
    await waitFor(() => expect(log.find((op) => op.name === 'EndAssignment')?.variables).toMatchObject({ id: 'a-1', handOverTo: 's-5', returnWorkToQueue: false }));
  });

  it('shows the gateway’s refusal of the recipient on the picker, in English too', async () => {
    answerOperations({
      AssignmentOpenWork: openWork,
      StaffOptions: staffOptions,
      EndAssignment: gatewayError('BAD_USER_INPUT', 'Invalid input.', {
        reason: 'VALIDATION.INVALID_INPUT',
        fields: [{ field: 'handOverTo', rule: 'handover_outside_unit', message: 'The one taking over must hold a position in the same unit, or one the position reports to.' }],
      }),
    });
    const { user } = renderWithProviders(<EndAssignmentForm assignment={LEAVER} />, { locale: 'en' });
    expect(await screen.findByText('周婷\'s open work: 1 tickets, 1 follow-ups')).toBeInTheDocument();
    await user.click(screen.getByRole('textbox', { name: 'Hand over to' }));
    await user.click(await screen.findByRole('option', { name: '陈静（KF0005）' }));
    await user.click(screen.getByRole('button', { name: 'End assignment' }));
    expect(await screen.findByText('The one taking over must hold a position in the same unit, or one the position reports to.')).toBeInTheDocument();
  });

  it('sends the work back to the unit’s queue when that is chosen, with no one picked', async () => {
    const log = answerOperations({ AssignmentOpenWork: openWork, StaffOptions: staffOptions, EndAssignment: ended });
    const { user } = renderWithProviders(<EndAssignmentForm assignment={LEAVER} />);
    expect(await screen.findByRole('radio', { name: '交给某人' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: '退回本部门队列' }));
    expect(screen.queryByRole('textbox', { name: '交接给' })).toBeNull();
    expect(screen.getByText(/工单取消指派，退回所在部门的队列/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '结束任职' }));
    await waitFor(() => expect(log.find((op) => op.name === 'EndAssignment')?.variables).toMatchObject({ id: 'a-1', handOverTo: null, returnWorkToQueue: true }));
  });

  it('picking a person sends no queue choice, and a refusal to move tickets the manager may not dispatch shows on the choice, in English too', async () => {
    const message = 'You may not dispatch or see 1 of their open tickets (#123), so nothing was handed over and the assignment did not end. Ask a manager who may dispatch them.';
    const log = answerOperations({
      AssignmentOpenWork: openWork,
      StaffOptions: staffOptions,
      EndAssignment: gatewayError('FORBIDDEN', message, {
        reason: 'ORG.HANDOVER_NOT_PERMITTED',
        fields: [{ field: 'returnWorkToQueue', rule: 'ORG.HANDOVER_NOT_PERMITTED', message }],
      }),
    });
    const { user } = renderWithProviders(<EndAssignmentForm assignment={LEAVER} />, { locale: 'en' });
    await user.click(await screen.findByRole('radio', { name: 'Back to the unit’s queue' }));
    await user.click(screen.getByRole('button', { name: 'End assignment' }));
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(log.find((op) => op.name === 'EndAssignment')?.variables).toMatchObject({ returnWorkToQueue: true });
    // Back to a person: the picker returns, and the queue is no longer asked for.
    await user.click(screen.getByRole('radio', { name: 'To a person' }));
    await user.click(screen.getByRole('textbox', { name: 'Hand over to' }));
    await user.click(await screen.findByRole('option', { name: '陈静（KF0005）' }));
    await user.click(screen.getByRole('button', { name: 'End assignment' }));
    await waitFor(() => expect(log.filter((op) => op.name === 'EndAssignment').at(-1)?.variables).toMatchObject({ handOverTo: 's-5', returnWorkToQueue: false }));
  });

  it('counts the tickets the manager may not see and says who can hand them over', async () => {
    answerOperations({ AssignmentOpenWork: { data: { assignmentOpenWork: { ...openWork.data.assignmentOpenWork, unseenTickets: 2 } } }, StaffOptions: staffOptions });
    renderWithProviders(<EndAssignmentForm assignment={LEAVER} />);
    expect(await screen.findByText('周婷 未办结的工作：工单 3 张，回访 1 条')).toBeInTheDocument();
    expect(screen.getByText('另有 2 张工单您无权查看，无法由您移交；请由有权派单的管理人员结束此任职。')).toBeInTheDocument();
  });

  it('says so when the person leaves nothing open', async () => {
    answerOperations({ AssignmentOpenWork: { data: { assignmentOpenWork: { __typename: 'AssignmentOpenWork', tickets: [], followUps: [], unseenTickets: 0 } } } });
    renderWithProviders(<EndAssignmentForm assignment={LEAVER} />);
    expect(await screen.findByText('周婷 没有未办结的工单或回访。')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: '交接给' })).toBeNull();
  });
});
