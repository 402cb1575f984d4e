import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { viewerFixture } from '../../../test/fixtures';
import { answerOperations, gatewayError } from '../../../test/msw-server';
import { renderApp, renderWithProviders } from '../../../test/render';
import { ReportingLineForm } from '../components/ReportingLineForm';
import { chartPositions, DEPUTY_ID, DIRECTOR_ID } from './org-fixtures';

const CYCLE = '不能这样调整汇报关系：会形成循环（上级将成为自己下级的下级）。';
const picker = () => screen.getByRole('textbox', { name: '直接上级' });
const emptyStaff = { data: { staffMembers: { __typename: 'StaffConnection', edges: [], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } } } };

describe('gateway errors land next to the control that caused them', () => {
  it('shows a reporting-line cycle under the reporting-line picker', async () => {
    const log = answerOperations({
      ChangeReportingLine: gatewayError('INVALID_OPERATION', CYCLE, { reason: 'ORG.REPORTING_CYCLE', details: {} }, ['changeReportingLine']),
    });
    const director = chartPositions[0]!;
    const { user } = renderWithProviders(<ReportingLineForm position={director} candidates={chartPositions} />);
    await user.click(picker());
    await user.click(await screen.findByRole('option', { name: '客户服务部副经理' }));
    await user.click(screen.getByRole('button', { name: '保存汇报关系' }));
    await waitFor(() => expect(picker()).toHaveAttribute('aria-invalid', 'true'));
    expect(picker()).toHaveAccessibleDescription(expect.stringContaining(CYCLE));
    expect(log.find((call) => call.name === 'ChangeReportingLine')?.variables).toEqual({ positionId: DIRECTOR_ID, reportsTo: [DEPUTY_ID] });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('puts BAD_USER_INPUT field messages of create staff on their inputs', async () => {
    answerOperations({
      Viewer: { data: { viewer: viewerFixture() } },
      OrgChart: { data: { orgChart: { __typename: 'OrgChart', units: [], positions: [] } } },
      StaffDirectory: emptyStaff,
      CreateStaff: gatewayError('BAD_USER_INPUT', '输入有误。', {
        reason: 'VALIDATION.INVALID_INPUT',
        fields: [
          { field: 'input.employeeNo', rule: 'too_long', limit: 20, message: '工号过长，最多 20 个字符。' },
          { field: 'input.phone', rule: 'too_long', limit: 30, message: '电话过长，最多 30 个字符。' },
        ],
      }),
    });
    const { user } = renderApp({ route: '/staff' });
    await user.click((await screen.findAllByRole('button', { name: '新增员工' }))[0]!);
    await user.type(await screen.findByLabelText(/^姓名/), '陈小明');
    await user.type(screen.getByLabelText(/^工号/), 'KF-0001');
    await user.type(screen.getByLabelText(/^电话/), '13800000000');
    await user.click(screen.getByRole('button', { name: '添加' }));
    await waitFor(() => expect(screen.getByLabelText(/^工号/)).toHaveAccessibleDescription('工号过长，最多 20 个字符。 7 / 20'));
    expect(screen.getByLabelText(/^电话/)).toHaveAccessibleDescription('电话过长，最多 30 个字符。 11 / 30');
    expect(screen.getByLabelText(/^姓名/)).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('counts the employee number against its limit and refuses one too long before sending', async () => {
    const log = answerOperations({
      Viewer: { data: { viewer: viewerFixture() } },
      OrgChart: { data: { orgChart: { __typename: 'OrgChart', units: [], positions: [] } } },
      StaffDirectory: emptyStaff,
    });
    const { user } = renderApp({ route: '/staff' });
    await user.click((await screen.findAllByRole('button', { name: '新增员工' }))[0]!);
    await user.type(await screen.findByLabelText(/^姓名/), '陈小明');
    const employeeNo = screen.getByLabelText(/^工号/);
    expect(employeeNo).toHaveAccessibleDescription('0 / 20');
    await user.type(employeeNo, 'KF-0000000000000000001');
    expect(employeeNo).toHaveValue('KF-0000000000000000001');
    expect(employeeNo).toHaveAccessibleDescription('最多 20 个字，当前 22 个字，请删减。 22 / 20');
    await user.click(screen.getByRole('button', { name: '添加' }));
    expect(log.some((call) => call.name === 'CreateStaff')).toBe(false);
  });

  it('shows a taken employee number on the employee-number input', async () => {
    answerOperations({
      Viewer: { data: { viewer: viewerFixture() } },
      OrgChart: { data: { orgChart: { __typename: 'OrgChart', units: [], positions: [] } } },
      StaffDirectory: emptyStaff,
      CreateStaff: gatewayError('CONFLICT', '工号 KF-001 已被使用。', { reason: 'ORG.DUPLICATE_EMPLOYEE_NO', details: { employeeNo: 'KF-001' } }),
    });
    const { user } = renderApp({ route: '/staff' });
    await user.click((await screen.findAllByRole('button', { name: '新增员工' }))[0]!);
    await user.type(await screen.findByLabelText(/^姓名/), '陈小明');
    await user.type(screen.getByLabelText(/^工号/), 'KF-001');
    await user.click(screen.getByRole('button', { name: '添加' }));
    await waitFor(() => expect(screen.getByLabelText(/^工号/)).toHaveAccessibleDescription('工号 KF-001 已被使用。 6 / 20'));
  });
});
