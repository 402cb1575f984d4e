import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { answerOperations } from '../../../test/msw-server';
import { ComplaintSubjectCard } from '../components/ComplaintSubjectCard';
import { TicketIntakeForm } from '../components/TicketIntakeForm';
import { renderTicketScreen } from './render-ticket-screen';
import { ticketDetailFixture } from './ticket-fixtures';

const text = (zh: string, en: string) => ({ __typename: 'LocalizedText' as const, zh, en });
const subjectOptions = {
  data: {
    orgChart: {
      __typename: 'OrgChart',
      units: [{ __typename: 'Unit', id: 'unit-cart', code: 'shuttle_team', name: text('导购车辆队', 'Shuttle-cart team') }],
      positions: [
        {
          __typename: 'Position',
          id: 'pos-driver',
          title: text('导购车辆导购', 'Shuttle-cart guide'),
          holders: [{ __typename: 'Assignment', id: 'a-1', acting: false, staff: { __typename: 'Staff', id: 'staff-guo', name: '郭鹏', employeeNo: 'KF0015', active: true } }],
        },
      ],
    },
  },
};
const merchant = { __typename: 'Requester', id: 'requester-1', kind: 'MERCHANT', name: '刘志强', phone: '13800000001', shopName: '鑫源瓷砖', shopUnit: 'A1-018' };
const noDeadlines = { data: { deadlinePreview: { __typename: 'Deadlines', handoverBy: null, replyBy: null, resolveBy: new Date(Date.now() + 48 * 3_600_000).toISOString() } } };

describe('complaint subject (被投诉人及被投诉部门)', () => {
  it('the intake form records who a complaint is about, picked from the people holding posts', async () => {
    const log = answerOperations({
      DeadlinePreview: noDeadlines,
      RequesterLookup: { data: { requesters: [merchant] } },
      ComplaintSubjectOptions: subjectOptions,
      CreateTicket: { data: { createTicket: { __typename: 'Ticket', id: 'VGlja2V0OjE=', number: 302 } } },
    });
    const { user, router } = renderTicketScreen(<TicketIntakeForm />, { route: '/tickets/new' });
    await user.type(screen.getByRole('textbox', { name: /来访人/ }), '鑫源');
    await user.click(await screen.findByRole('option', { name: /鑫源瓷砖 A1-018/ }));
    await user.type(screen.getByRole('textbox', { name: /标题/ }), '导购员态度生硬');
    await user.type(screen.getByRole('textbox', { name: /详细情况/ }), '导购员与顾客争执');
    await user.click(screen.getByRole('textbox', { name: '选择被投诉人' }));
    await user.click(await screen.findByRole('option', { name: '郭鹏 · 导购车辆导购' }));
    await user.click(screen.getByRole('button', { name: '保存工单' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/tickets/VGlja2V0OjE%3D'));
    const create = log.find((call) => call.name === 'CreateTicket');
    expect((create?.variables.input as { subject: unknown }).subject).toEqual({ kind: 'STAFF', staffId: 'staff-guo' });
  });

  it('the ticket page shows the subject, in English too', async () => {
    const ticket = ticketDetailFixture({
      subject: {
        __typename: 'ComplaintSubject',
        kind: 'UNIT',
        department: null,
        staff: null,
        position: null,
        unit: { __typename: 'Unit', id: 'unit-cart', code: 'shuttle_team', name: text('导购车辆队', 'Shuttle-cart team') },
      },
    });
    const { unmount } = renderTicketScreen(<ComplaintSubjectCard ticket={ticket} />);
    expect(await screen.findByRole('region', { name: '被投诉方' })).toHaveTextContent('导购车辆队');
    unmount();
    renderTicketScreen(<ComplaintSubjectCard ticket={ticket} />, { locale: 'en' });
    expect(await screen.findByRole('region', { name: 'Complaint about' })).toHaveTextContent('Shuttle-cart team');
  });
});
