import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { clerkViewerFixture, viewerFixture } from '../../../test/fixtures';
import { answerOperations, gatewayError } from '../../../test/msw-server';
import { renderApp } from '../../../test/render';
import { orgChartAnswer } from './org-fixtures';

const ID = 'U3RhZmY6Ng==';
const person = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'Staff',
  id: ID,
  name: '杨帆',
  employeeNo: 'KF0006',
  phone: '13800001006',
  active: true,
  assignments: [],
  ...overrides,
});
const directory = (p = person()) => ({
  data: {
    staffMembers: {
      __typename: 'StaffConnection',
      edges: [{ __typename: 'StaffEdge', cursor: 'c1', node: p }],
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c1' },
    },
  },
});
const changes = (edges: unknown[] = []) => ({
  data: {
    node: {
      __typename: 'Staff',
      id: ID,
      history: { __typename: 'StaffChangeConnection', edges, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } },
    },
  },
});
const change = {
  __typename: 'StaffChangeEdge',
  cursor: 'h1',
  node: {
    __typename: 'StaffChange',
    field: 'PHONE',
    from: '13800001006',
    to: '0571-88886666',
    changedAt: '2026-11-30T02:00:00.000Z',
    changedBy: { __typename: 'Staff', id: 'U3RhZmY6MQ==', name: '王建华' },
  },
};

const signInAnswer = (signIn: Record<string, unknown> | null) => ({ data: { node: { __typename: 'Staff', id: ID, signIn } } });

async function openRecord(user: ReturnType<typeof renderApp>['user']) {
  const table = await screen.findByRole('table', { name: '员工名录' });
  await user.click(within(table).getByRole('button', { name: '任职记录' }));
}

describe('a staff record', () => {
  it('shows who changed what, and puts the gateway’s phone rule on the phone field of the edit form', async () => {
    const log = answerOperations({
      Viewer: { data: { viewer: viewerFixture() } },
      OrgChart: orgChartAnswer,
      StaffDirectory: directory(),
      StaffOptions: directory(),
      StaffChanges: changes([change]),
      StaffSignIn: signInAnswer(null),
      UpdateStaff: gatewayError('BAD_USER_INPUT', '输入有误', {
        reason: 'VALIDATION.INVALID_INPUT',
        fields: [{ field: 'input.phone', rule: 'phone_format', message: '电话格式不正确：手机号为 1 开头的 11 位数字' }],
      }),
    });
    const { user } = renderApp({ route: '/staff' });
    await openRecord(user);
    const history = await screen.findByRole('table', { name: '杨帆 的档案变更记录' });
    expect(within(history).getByText('王建华')).toBeInTheDocument();
    expect(within(history).getByText('0571-88886666')).toBeInTheDocument();
    expect(within(history).getByText('电话')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '编辑' }));
    const dialog = await screen.findByRole('dialog', { name: '编辑 杨帆 的档案' });
    const phone = within(dialog).getByLabelText('电话');
    await user.clear(phone);
    await user.type(phone, 'abc');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText(/手机号为 1 开头的 11 位数字/)).toBeInTheDocument();
    expect(log.find((c) => c.name === 'UpdateStaff')?.variables).toEqual({ id: ID, input: { name: '杨帆', employeeNo: 'KF0006', phone: 'abc' } });
  });

  it('deactivates after confirmation and links to the tickets to reassign', async () => {
    const log = answerOperations({
      Viewer: { data: { viewer: viewerFixture() } },
      OrgChart: orgChartAnswer,
      StaffDirectory: directory(),
      StaffOptions: directory(),
      StaffChanges: changes(),
      StaffSignIn: signInAnswer(null),
      DeactivateStaff: {
        data: {
          deactivateStaff: {
            __typename: 'DeactivateStaffPayload',
            staff: person({ active: false }),
            endedAssignments: 1,
            withdrawnAssignments: 0,
            revokedSessions: 2,
            openTickets: 3,
          },
        },
      },
    });
    const { user } = renderApp({ route: '/staff' });
    await openRecord(user);
    await user.click(await screen.findByRole('button', { name: '停用' }));
    const dialog = await screen.findByRole('dialog', { name: '停用 杨帆' });
    expect(within(dialog).getByText(/无法再登录/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: '确认停用' }));
    const link = await screen.findByRole('link', { name: /3 张未办结工单需要转派/ });
    expect(link.getAttribute('href')).toBe(`/tickets?assignee=${encodeURIComponent(ID)}&status=RECEIVED,ASSIGNED,RELAYED,IN_PROGRESS`);
    expect(screen.getByText('结束岗位 1 个，退出登录会话 2 个。')).toBeInTheDocument();
    expect(log.filter((c) => c.name === 'DeactivateStaff').map((c) => c.variables)).toEqual([{ id: ID }]);
  });

  it('offers no edit or deactivation without staff.edit', async () => {
    answerOperations({
      Viewer: { data: { viewer: clerkViewerFixture() } },
      OrgChart: orgChartAnswer,
      StaffDirectory: directory(),
      StaffChanges: changes([change]),
    });
    const { user } = renderApp({ route: '/staff' });
    await openRecord(user);
    await screen.findByRole('table', { name: '杨帆 的档案变更记录' });
    expect(screen.queryByRole('button', { name: '编辑' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '停用' })).not.toBeInTheDocument();
  });

  it('creates a sign-in with a first password and shows the password rule on its field', async () => {
    const log = answerOperations({
      Viewer: { data: { viewer: viewerFixture() } },
      OrgChart: orgChartAnswer,
      StaffDirectory: directory(),
      StaffOptions: directory(),
      StaffChanges: changes(),
      StaffSignIn: signInAnswer(null),
      CreateStaffSignIn: gatewayError('BAD_USER_INPUT', '输入有误', {
        reason: 'VALIDATION.INVALID_INPUT',
        fields: [{ field: 'input.password', rule: 'password_too_common', message: '这是常见密码，很容易被猜中，请换一个。' }],
      }),
    });
    const { user } = renderApp({ route: '/staff' });
    await openRecord(user);
    const form = await screen.findByRole('form', { name: '为 杨帆 创建登录账号' });
    await user.type(within(form).getByLabelText(/登录名/), 'yang.fan');
    await user.type(within(form).getByLabelText(/初始密码/), 'qwertyuiop');
    await user.click(within(form).getByRole('button', { name: '创建账号' }));
    expect(await within(form).findByText('这是常见密码，很容易被猜中，请换一个。')).toBeInTheDocument();
    expect(log.find((c) => c.name === 'CreateStaffSignIn')?.variables).toEqual({ staffId: ID, input: { username: 'yang.fan', password: 'qwertyuiop' } });
  });
});
