import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { viewerFixture } from '../../../test/fixtures';
import { answerOperations, gatewayError, type GraphQLAnswer } from '../../../test/msw-server';
import { renderApp } from '../../../test/render';

const clerk = viewerFixture({ username: 'hall_clerk', staff: { __typename: 'Staff', id: 'U3RhZmY6Mg==', name: '陈前台', employeeNo: 'KF-002' } });

const merchant = {
  __typename: 'Requester',
  id: 'requester-1',
  kind: 'MERCHANT',
  name: '刘志强',
  phone: '13800000001',
  shopName: '鑫源瓷砖',
  shopUnit: 'A1-018',
};

const sessionGone = gatewayError('UNAUTHENTICATED', '请先登录。', { reason: 'UNAUTHENTICATED' }, ['createTicket']);
const signedInAs = (username: string): GraphQLAnswer => ({ data: { login: { __typename: 'Viewer', username, kind: 'STAFF' } } });

/** The intake page of the whole app, whose first save meets a session that has ended. */
function intakeWithLostSession(signsInAs: string) {
  let creates = 0;
  const log = answerOperations({
    Viewer: { data: { viewer: clerk } },
    DeadlinePreview: { data: { deadlinePreview: { __typename: 'Deadlines', handoverBy: null, replyBy: null, resolveBy: new Date(Date.now() + 48 * 3_600_000).toISOString() } } },
    RequesterLookup: { data: { requesters: [merchant] } },
    Login: signedInAs(signsInAs),
    CreateTicket: () => {
      creates += 1;
      return creates === 1 ? sessionGone : { data: { createTicket: { __typename: 'Ticket', id: 'VGlja2V0OjE=', number: 302 } } };
    },
  });
  return { log, ...renderApp({ route: '/tickets/new' }) };
}

async function fillAndSave(user: ReturnType<typeof renderApp>['user']) {
  await user.type(await screen.findByRole('textbox', { name: /来访人/ }), '鑫源');
  await user.click(await screen.findByRole('option', { name: /鑫源瓷砖 A1-018/ }));
  await user.type(screen.getByRole('textbox', { name: /标题/ }), '门口地砖破损');
  await user.type(screen.getByRole('textbox', { name: /详细情况/ }), '两块地砖开裂，顾客易绊倒');
  await user.click(screen.getByRole('button', { name: '保存工单' }));
}

async function signInInDialog(user: ReturnType<typeof renderApp>['user'], username: string) {
  const dialog = await screen.findByRole('dialog', { name: '请重新登录' });
  await user.type(within(dialog).getByRole('textbox', { name: /用户名/ }), username);
  await user.type(within(dialog).getByLabelText(/密码/), 'correct horse');
  await user.click(within(dialog).getByRole('button', { name: '登录' }));
}

describe('a session that ends while a form is open', () => {
  it('asks to sign in again over the form, keeps what was typed and sends it once the same user is back', { timeout: 30_000 }, async () => {
    const { log, user, router } = intakeWithLostSession('hall_clerk');
    await fillAndSave(user);

    expect(await screen.findByRole('dialog', { name: '请重新登录' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /标题/ })).toHaveValue('门口地砖破损');
    expect(screen.getByRole('textbox', { name: /详细情况/ })).toHaveValue('两块地砖开裂，顾客易绊倒');
    // The header no longer names the user whose session ended.
    expect(screen.queryByText('陈前台')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '退出登录' })).not.toBeInTheDocument();

    await signInInDialog(user, 'hall_clerk');

    await waitFor(() => expect(router.state.location.pathname).toBe('/tickets/VGlja2V0OjE%3D'));
    expect(screen.queryByRole('dialog', { name: '请重新登录' })).not.toBeInTheDocument();
    const creates = log.filter((call) => call.name === 'CreateTicket');
    expect(creates).toHaveLength(2);
    expect(creates[1]?.variables).toEqual(creates[0]?.variables);
    expect(creates[1]?.variables.input).toMatchObject({ title: '门口地砖破损', description: '两块地砖开裂，顾客易绊倒' });
    expect(log.filter((call) => call.name === 'Login')).toHaveLength(1);
  });

  it('does not send the pending change when someone else signs in, and says it was discarded', { timeout: 30_000 }, async () => {
    const { log, user, router } = intakeWithLostSession('director');
    await fillAndSave(user);
    await signInInDialog(user, 'director');

    const discarded = '已换成其他用户登录，hall_clerk 未提交的更改已放弃，没有发送。';
    // Said twice: in a notification and on the form whose save it was.
    await waitFor(() => expect(screen.getAllByText(discarded)).toHaveLength(2));
    expect(within(screen.getByRole('form', { name: '登记工单' })).getByRole('alert')).toHaveTextContent(discarded);
    expect(screen.queryByRole('dialog', { name: '请重新登录' })).not.toBeInTheDocument();
    expect(log.filter((call) => call.name === 'CreateTicket')).toHaveLength(1);
    expect(router.state.location.pathname).toBe('/tickets/new');
  });
});
