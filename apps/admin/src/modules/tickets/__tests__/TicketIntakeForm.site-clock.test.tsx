import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ViewerQuery } from '../../auth/graphql/queries/viewer.query';
import { viewerFixture } from '../../../test/fixtures';
import { answerOperations } from '../../../test/msw-server';
import { TicketIntakeForm } from '../components/TicketIntakeForm';
import { renderTicketScreen } from './render-ticket-screen';

const initialTz = process.env.TZ;
const merchant = { __typename: 'Requester', id: 'requester-1', kind: 'MERCHANT', name: '刘志强', phone: '13800000001', shopName: '鑫源瓷砖', shopUnit: 'A1-018' };

describe('the requester’s deadline typed on a device set to New York time', () => {
  afterEach(() => {
    process.env.TZ = initialTz;
  });

  it('is read on the mall’s clock, says so, and is sent as that instant', { timeout: 60_000 }, async () => {
    process.env.TZ = 'America/New_York';
    const log = answerOperations({
      DeadlinePreview: { data: { deadlinePreview: { __typename: 'Deadlines', handoverBy: null, replyBy: null, resolveBy: '2026-12-01T13:01:00.000Z' } } },
      RequesterLookup: { data: { requesters: [merchant] } },
      CreateTicket: { data: { createTicket: { __typename: 'Ticket', id: 'VGlja2V0OjE=', number: 302 } } },
    });
    const { user, client } = renderTicketScreen(<TicketIntakeForm />, { route: '/tickets/new' });
    client.writeQuery({ query: ViewerQuery, data: { viewer: viewerFixture({ siteTimeZone: 'Asia/Shanghai' }) } });

    await user.type(screen.getByRole('textbox', { name: /来访人/ }), '鑫源');
    await user.click(await screen.findByRole('option', { name: /鑫源瓷砖 A1-018/ }));
    fireEvent.change(screen.getByRole('textbox', { name: /标题/ }), { target: { value: '门口地砖破损' } });
    fireEvent.change(screen.getByRole('textbox', { name: /详细情况/ }), { target: { value: '两块地砖开裂，顾客易绊倒' } });
    const requestedBy = screen.getByLabelText('来访人要求的时间');
    expect(await screen.findByText(/商场时间：中国标准时间（GMT\+8）/)).toBeInTheDocument();
    fireEvent.change(requestedBy, { target: { value: '2026-12-01T21:01' } });
    await user.click(screen.getByRole('button', { name: '保存工单' }));

    await waitFor(() => expect(log.some((call) => call.name === 'CreateTicket')).toBe(true));
    const created = log.find((call) => call.name === 'CreateTicket')!;
    // 21:01 in the mall is 13:01 UTC; read on the device's clock it would have been 02:01 UTC the next day.
    expect((created.variables.input as { requestedBy: string }).requestedBy).toBe('2026-12-01T13:01:00.000Z');
    expect(log.filter((call) => call.name === 'DeadlinePreview').map((call) => call.variables.requestedBy)).toContain('2026-12-01T13:01:00.000Z');
  });
});
