import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { clerkViewerFixture, viewerFixture } from '../../../test/fixtures';
import { answerOperations, gatewayError } from '../../../test/msw-server';
import { renderApp, renderWithProviders } from '../../../test/render';
import { ReportingLineForm } from '../components/ReportingLineForm';
import { CAPTAIN_ID, chartPositions, DEPUTY_ID, DIRECTOR_ID, orgChartAnswer, positionDetailAnswer } from './org-fixtures';

const staffAnswer = { data: { staffMembers: { __typename: 'StaffConnection', edges: [], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } } } };
const LATER = '2099-12-08';
const scheduled = [
  {
    __typename: 'ScheduledOrgChange' as const,
    kind: 'REPORTING_LINE' as const,
    effectiveOn: LATER,
    action: null,
    scope: null,
    reportsTo: [{ __typename: 'Position' as const, id: DIRECTOR_ID, title: { __typename: 'LocalizedText' as const, zh: '客户服务部经理', en: 'Director of customer service' } }],
  },
  { __typename: 'ScheduledOrgChange' as const, kind: 'GRANT' as const, effectiveOn: LATER, action: 'TICKET_CLOSE' as const, scope: null, reportsTo: [] },
];

describe('changes scheduled for a later day', () => {
  it('shows them on the position page and lets a manager withdraw one', async () => {
    let withdrawn = false;
    const log = answerOperations({
      Viewer: { data: { viewer: viewerFixture() } },
      OrgChart: orgChartAnswer,
      StaffOptions: staffAnswer,
      PositionDetail: () => positionDetailAnswer(chartPositions[2]!, withdrawn ? scheduled.slice(1) : scheduled),
      CancelScheduledOrgChange: () => {
        withdrawn = true;
        return { data: { cancelScheduledOrgChange: LATER } };
      },
    });
    const { user } = renderApp({ route: `/org/positions/${CAPTAIN_ID}` });
    const region = await screen.findByRole('region', { name: '待生效的调整' });
    expect(region).toHaveTextContent(/2099.*12.*8.*起生效：.*直接上级改为 客户服务部经理/);
    expect(region).toHaveTextContent('「关闭」授权改为 无');
    await user.click(screen.getByRole('button', { name: /撤销 .* 起生效的调整：直接上级改为 客户服务部经理/ }));
    await waitFor(() => expect(screen.queryByText(/直接上级改为 客户服务部经理/)).not.toBeInTheDocument());
    expect(log.find((op) => op.name === 'CancelScheduledOrgChange')?.variables).toEqual({ positionId: CAPTAIN_ID });
    expect(screen.getByText('「关闭」授权改为 无')).toBeInTheDocument();
  });

  it('shows them to a viewer who may not change them, without the withdraw buttons', async () => {
    answerOperations({ Viewer: { data: { viewer: clerkViewerFixture() } }, OrgChart: orgChartAnswer, PositionDetail: positionDetailAnswer(chartPositions[2]!, scheduled) });
    renderApp({ route: `/org/positions/${CAPTAIN_ID}` });
    expect(await screen.findByRole('region', { name: '待生效的调整' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /撤销/ })).not.toBeInTheDocument();
  });

  it('lets the manager pick a day after today for a reporting line, and shows a pending one as a field error', async () => {
    const log = answerOperations({
      ChangeReportingLine: gatewayError('BAD_USER_INPUT', '输入有误。', {
        reason: 'VALIDATION.INVALID_INPUT',
        fields: [{ field: 'effectiveOn', rule: 'scheduled_change_pending', message: '已有一项尚未生效的计划调整，请先撤销它再做新的调整。' }],
      }),
    });
    const director = chartPositions[0]!;
    const { user } = renderWithProviders(<ReportingLineForm position={director} candidates={chartPositions} />);
    const day = screen.getByLabelText('生效日期');
    expect(day).not.toHaveAttribute('max');
    fireEvent.change(day, { target: { value: LATER } });
    await user.click(screen.getByRole('textbox', { name: '直接上级' }));
    await user.click(await screen.findByRole('option', { name: '客户服务部副经理' }));
    await user.click(screen.getByRole('button', { name: '保存汇报关系' }));
    await waitFor(() => expect(day).toHaveAttribute('aria-invalid', 'true'));
    expect(day).toHaveAccessibleDescription(expect.stringContaining('请先撤销它'));
    expect(log.find((op) => op.name === 'ChangeReportingLine')?.variables).toEqual({ positionId: DIRECTOR_ID, reportsTo: [DEPUTY_ID], effectiveOn: LATER });
  });

  it('schedules a cell of the permission matrix for a later day', async () => {
    const position = chartPositions[1]!;
    const cell = { __typename: 'PermissionCell', action: 'TICKET_CLOSE', allowed: true, reason: 'in_scope', scope: 'own_queue', source: 'catalogue', positionScope: 'own_queue', choices: ['subordinates', 'own_queue'] };
    const row = { __typename: 'PermissionRow', position: { __typename: 'Position', id: position.id, code: position.code, title: position.title }, cells: [cell] };
    const log = answerOperations({
      Viewer: { data: { viewer: viewerFixture() } },
      OrgChart: orgChartAnswer,
      PermissionMatrix: { data: { permissionMatrix: [row] } },
      SetPositionGrant: { data: { setPositionGrant: row } },
    });
    const { user } = renderApp({ route: '/permissions' });
    await user.click(await screen.findByRole('button', { name: /关闭: 允许/ }));
    const day = screen.getByLabelText('生效日期');
    expect(day).not.toHaveAttribute('max');
    await user.click(screen.getByRole('radio', { name: '无' }));
    fireEvent.change(day, { target: { value: LATER } });
    await user.click(screen.getByRole('button', { name: '保存授权' }));
    expect(await screen.findByText(/已预约：.*2099.*起生效。/)).toBeInTheDocument();
    expect(log.find((op) => op.name === 'SetPositionGrant')?.variables).toEqual({ positionId: position.id, action: 'TICKET_CLOSE', scope: null, effectiveOn: LATER });
  });
});
