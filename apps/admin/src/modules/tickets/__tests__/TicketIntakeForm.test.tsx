import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { viewerFixture } from '../../../test/fixtures';
import { answerOperations, gatewayError } from '../../../test/msw-server';
import { renderTicketScreen } from './render-ticket-screen';
import { TicketIntakeForm } from '../components/TicketIntakeForm';

const HOUR = 3_600_000;
const deadlines = (severity: unknown) => {
  const now = Date.now();
  const iso = (h: number) => new Date(now + h * HOUR).toISOString();
  const bySeverity: Record<string, object> = {
    MINOR: { handoverBy: null, replyBy: null, resolveBy: iso(48) },
    IMPORTANT: { handoverBy: iso(1), replyBy: null, resolveBy: iso(72) },
    MAJOR: { handoverBy: iso(6), replyBy: iso(48), resolveBy: iso(240) },
  };
  return { data: { deadlinePreview: { __typename: 'Deadlines', ...bySeverity[String(severity)] } } };
};

const merchant = {
  __typename: 'Requester',
  id: 'requester-1',
  kind: 'MERCHANT',
  name: '刘志强',
  phone: '13800000001',
  shopName: '鑫源瓷砖',
  shopUnit: 'A1-018',
};

async function fillForm(user: ReturnType<typeof renderTicketScreen>['user']) {
  const requester = screen.getByRole('textbox', { name: /来访人/ });
  expect(requester).toHaveFocus();
  await user.type(requester, '鑫源');
  await user.click(await screen.findByRole('option', { name: /鑫源瓷砖 A1-018/ }));
  await user.type(screen.getByRole('textbox', { name: /标题/ }), '门口地砖破损');
  await user.type(screen.getByRole('textbox', { name: /详细情况/ }), '两块地砖开裂，顾客易绊倒');
}

describe('TicketIntakeForm', () => {
  it('shows the deadlines of the chosen severity before saving', async () => {
    const log = answerOperations({ DeadlinePreview: ({ severity }) => deadlines(severity) });
    const { user } = renderTicketScreen(<TicketIntakeForm />, { route: '/tickets/new' });

    await waitFor(() => expect(screen.getByTestId('preview-resolveBy')).toHaveTextContent('后天到期'));
    expect(screen.getByTestId('preview-handoverBy')).toHaveTextContent('无');

    await user.click(screen.getByRole('radio', { name: '重要' }));
    await waitFor(() => expect(screen.getByTestId('preview-handoverBy')).toHaveTextContent('1小时后到期'));
    expect(log.map((call) => call.variables.severity)).toContain('IMPORTANT');
  });

  it('puts BAD_USER_INPUT field messages on the inputs and retries with the same idempotency key', { timeout: 30_000 }, async () => {
    let attempts = 0;
    const log = answerOperations({
      DeadlinePreview: ({ severity }) => deadlines(severity),
      RequesterLookup: { data: { requesters: [merchant] } },
      CreateTicket: () => {
        attempts += 1;
        return attempts === 1
          ? gatewayError('BAD_USER_INPUT', '请检查填写的内容', {
              fields: [{ field: 'title', rule: 'too_long', limit: 120, message: '不能超过 120 个字' }],
            })
          : { data: { createTicket: { __typename: 'Ticket', id: 'VGlja2V0OjE=', number: 302 } } };
      },
    });
    const { user, router } = renderTicketScreen(<TicketIntakeForm />, { route: '/tickets/new' });

    await fillForm(user);
    await user.keyboard('{Control>}{Enter}{/Control}');

    const title = screen.getByRole('textbox', { name: /标题/ });
    await waitFor(() => expect(title).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByText('不能超过 120 个字')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('请检查标出的输入项');

    await user.click(screen.getByRole('button', { name: '保存工单' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/tickets/VGlja2V0OjE%3D'));

    const creates = log.filter((call) => call.name === 'CreateTicket');
    expect(creates).toHaveLength(2);
    expect(creates[0]?.variables.idempotencyKey).toBe(creates[1]?.variables.idempotencyKey);
    expect(creates[1]?.variables.input).toEqual({
      requesterId: 'requester-1',
      channel: 'PHONE',
      kind: 'COMPLAINT',
      severity: 'MINOR',
      title: '门口地砖破损',
      description: '两块地砖开裂，顾客易绊倒',
      location: 'A1-018',
      repairCategory: null,
      requestedBy: null,
      subject: null,
    });
  });

  it('refuses to send without a requester and says so on the field', async () => {
    const log = answerOperations({ DeadlinePreview: ({ severity }) => deadlines(severity) });
    const { user } = renderTicketScreen(<TicketIntakeForm />, { route: '/tickets/new' });

    await user.type(screen.getByRole('textbox', { name: /标题/ }), '咨询营业时间{Enter}');

    const form = screen.getByRole('form', { name: '登记工单' });
    await waitFor(() => expect(within(form).getAllByLabelText(/^来访人/)[0]).toHaveAccessibleDescription(/此项必填。/));
    expect(within(form).getAllByText('此项必填。')).toHaveLength(2);
    expect(log.some((call) => call.name === 'CreateTicket')).toBe(false);
  });

  it('shows each text limit as a counter, keeps over-long text whole and refuses to send it', async () => {
    const log = answerOperations({ DeadlinePreview: ({ severity }) => deadlines(severity), RequesterLookup: { data: { requesters: [merchant] } } });
    const { user } = renderTicketScreen(<TicketIntakeForm />, { route: '/tickets/new' });
    const title = screen.getByRole('textbox', { name: /标题/ });
    expect(title).toHaveAccessibleDescription('0 / 120');
    expect(screen.getByRole('textbox', { name: /详细情况/ })).toHaveAccessibleDescription('0 / 4000');

    await fillForm(user);
    await user.click(title);
    await user.paste('长'.repeat(130 - '门口地砖破损'.length));

    // Pasted text is never cut: the field keeps all of it and says by how much it is over.
    expect(title).toHaveValue(`门口地砖破损${'长'.repeat(124)}`);
    expect(await screen.findByText('最多 120 个字，当前 130 个字，请删减。')).toBeInTheDocument();
    expect(screen.getByText('130 / 120')).toBeInTheDocument();
    expect(title).toHaveAttribute('aria-invalid', 'true');

    await user.click(screen.getByRole('button', { name: '保存工单' }));
    expect(log.some((call) => call.name === 'CreateTicket')).toBe(false);
  });

  it('asks before leaving a form with unsaved changes', async () => {
    answerOperations({ DeadlinePreview: ({ severity }) => deadlines(severity) });
    const { user, router } = renderTicketScreen(<TicketIntakeForm />, { route: '/tickets/new' });
    const cleanLeave = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(cleanLeave);
    expect(cleanLeave.defaultPrevented).toBe(false);

    await user.type(screen.getByRole('textbox', { name: /标题/ }), '咨询营业时间');
    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(true);

    await user.click(screen.getByRole('link', { name: '取消' }));
    const dialog = await screen.findByRole('dialog', { name: '离开此页？' });
    await user.click(within(dialog).getByRole('button', { name: '继续填写' }));
    expect(router.state.location.pathname).toBe('/tickets/new');
    expect(screen.getByRole('textbox', { name: /标题/ })).toHaveValue('咨询营业时间');

    await user.click(screen.getByRole('link', { name: '取消' }));
    await user.click(within(await screen.findByRole('dialog', { name: '离开此页？' })).getByRole('button', { name: '放弃并离开' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/tickets'));
  });

  it('registers a caller not on file in the same submit, and offers the file on record for a phone already there', { timeout: 30_000 }, async () => {
    const shopper = { __typename: 'Requester', id: 'requester-9', kind: 'CUSTOMER', name: '陈女士', phone: '13822223333', shopName: null, shopUnit: null };
    let attempts = 0;
    const log = answerOperations({
      Viewer: { data: { viewer: viewerFixture({ siteActions: ['TICKET_CREATE', 'REQUESTER_CREATE'] }) } },
      DeadlinePreview: ({ severity }) => deadlines(severity),
      RequesterLookup: { data: { requesters: [shopper] } },
      CreateTicket: () => {
        attempts += 1;
        return attempts === 1
          ? gatewayError('CONFLICT', '电话 13822223333 已在档案中：陈女士', { reason: 'REQUESTER.DUPLICATE', details: { field: 'phone', value: '13822223333', existingId: 'requester-9', existingName: '陈女士' } })
          : { data: { createTicket: { __typename: 'Ticket', id: 'VGlja2V0OjI=', number: 303 } } };
      },
    });
    const { user, router } = renderTicketScreen(<TicketIntakeForm />, { route: '/tickets/new' });

    await user.click(await screen.findByRole('button', { name: '登记新来访人' }));
    await user.type(screen.getByRole('textbox', { name: '姓名' }), '陈女士');
    await user.type(screen.getByRole('textbox', { name: '电话' }), '138 2222 3333');
    await user.type(screen.getByRole('textbox', { name: /标题/ }), '地面湿滑');
    await user.type(screen.getByRole('textbox', { name: /详细情况/ }), '二楼扶梯口地面湿滑');
    await user.click(screen.getByRole('button', { name: '保存工单' }));

    await user.click(await screen.findByRole('button', { name: '使用这份档案' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: /来访人/ })).toHaveValue('陈女士'));
    await user.click(screen.getByRole('button', { name: '保存工单' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/tickets/VGlja2V0OjI%3D'));

    const creates = log.filter((call) => call.name === 'CreateTicket');
    expect(creates[0]?.variables.input).toMatchObject({ newRequester: { kind: 'CUSTOMER', name: '陈女士', phone: '138 2222 3333' }, title: '地面湿滑' });
    expect(creates[0]?.variables.input).not.toHaveProperty('requesterId');
    expect(creates[1]?.variables.input).toMatchObject({ requesterId: 'requester-9', title: '地面湿滑' });
    expect(creates[1]?.variables.input).not.toHaveProperty('newRequester');
    expect(creates[0]?.variables.idempotencyKey).toBe(creates[1]?.variables.idempotencyKey);
  });

  it('offers no new caller to a viewer who may not register requesters', async () => {
    answerOperations({ Viewer: { data: { viewer: viewerFixture({ siteActions: ['TICKET_CREATE'] }) } }, DeadlinePreview: ({ severity }) => deadlines(severity) });
    renderTicketScreen(<TicketIntakeForm />, { route: '/tickets/new' });
    await waitFor(() => expect(screen.getByTestId('preview-resolveBy')).toBeInTheDocument());
    expect(screen.queryByRole('button', { name: '登记新来访人' })).toBeNull();
  });
});
