import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { viewerFixture } from '../../../test/fixtures';
import { answerOperations, gatewayError } from '../../../test/msw-server';
import { renderApp } from '../../../test/render';
import { streamTicketUpdates as streamEvents } from '../../tickets/__tests__/ticket-stream';
import { chartPositions, orgChartAnswer } from './org-fixtures';

const position = chartPositions[1]!;

const cell = (over: Record<string, unknown>) => ({
  __typename: 'PermissionCell',
  action: 'TICKET_CLOSE',
  allowed: true,
  reason: 'in_scope',
  scope: 'own_queue',
  source: 'catalogue',
  positionScope: 'own_queue',
  choices: ['subordinates', 'own_queue'],
  ...over,
});
const row = (cells: Record<string, unknown>[]) => ({
  __typename: 'PermissionRow',
  position: { __typename: 'Position', id: position.id, code: position.code, title: position.title },
  cells,
});
const matrix = (cells: Record<string, unknown>[]) => ({ data: { permissionMatrix: [row(cells)] } });

describe('editing the permission matrix', () => {
  it('sets a cell to none for a manager who may edit it, and reads the matrix again', async () => {
    let saved = false;
    const log = answerOperations({
      Viewer: { data: { viewer: viewerFixture() } },
      OrgChart: orgChartAnswer,
      PermissionMatrix: () => (saved ? matrix([cell({ allowed: false, reason: 'not_granted', scope: null, source: null, positionScope: null })]) : matrix([cell({})])),
      SetPositionGrant: () => {
        saved = true;
        return { data: { setPositionGrant: { __typename: 'PermissionRow', position: { __typename: 'Position', id: position.id }, cells: [cell({ allowed: false, scope: null, positionScope: null })] } } };
      },
    });
    const { user } = renderApp({ route: '/permissions' });
    await user.click(await screen.findByRole('button', { name: /关闭: 允许/ }));
    expect(screen.getByText(/来自默认岗位授权/)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '本人及下级' })).toBeEnabled();
    expect(screen.queryByRole('radio', { name: '整个商场' })).toBeNull();
    await user.click(screen.getByRole('radio', { name: '无' }));
    await user.click(screen.getByRole('button', { name: '保存授权' }));
    expect(await screen.findByRole('button', { name: /关闭: 不允许/ })).toBeInTheDocument();
    expect(log.find((op) => op.name === 'SetPositionGrant')?.variables).toEqual({ positionId: position.id, action: 'TICKET_CLOSE', scope: null });
  });

  it('shows the refusal of a grant beyond the editor’s own', async () => {
    answerOperations({
      Viewer: { data: { viewer: viewerFixture() } },
      OrgChart: orgChartAnswer,
      PermissionMatrix: matrix([cell({})]),
      SetPositionGrant: gatewayError('FORBIDDEN', '不能授予超出您自己权限范围的权限。', { reason: 'ORG.GRANT_ESCALATION' }),
    });
    const { user } = renderApp({ route: '/permissions' });
    await user.click(await screen.findByRole('button', { name: /关闭: 允许/ }));
    await user.click(screen.getByRole('radio', { name: '本人及下级' }));
    await user.click(screen.getByRole('button', { name: '保存授权' }));
    expect(await screen.findByText('不能授予超出您自己权限范围的权限。')).toBeInTheDocument();
  });

  it('offers no editing where the viewer may not edit, and explains a narrowed grant', async () => {
    answerOperations({
      Viewer: { data: { viewer: viewerFixture() } },
      OrgChart: orgChartAnswer,
      PermissionMatrix: matrix([cell({ choices: null, reason: 'narrowed_by_reporting_line', scope: 'subordinates', positionScope: 'site', source: 'site' })]),
    });
    const { user } = renderApp({ route: '/permissions' });
    await user.click(await screen.findByRole('button', { name: /关闭: 允许/ }));
    expect(screen.getByText(/因其有上级，实际仅限本人及下级.*本商场已调整此授权/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '保存授权' })).toBeNull();
  });

  it('reads the matrix again when the org changes elsewhere', async () => {
    const stream = streamEvents();
    const log = answerOperations({ Viewer: { data: { viewer: viewerFixture() } }, OrgChart: orgChartAnswer, PermissionMatrix: matrix([cell({})]) });
    renderApp({ route: '/permissions' });
    await screen.findByRole('button', { name: /关闭: 允许/ });
    await waitFor(() => expect(stream.requests.length).toBeGreaterThan(0));
    const reads = log.filter((op) => op.name === 'PermissionMatrix').length;
    stream.push({ orgChanged: true });
    await waitFor(() => expect(log.filter((op) => op.name === 'PermissionMatrix').length).toBeGreaterThan(reads));
    expect(log.filter((op) => op.name === 'Viewer').length).toBeGreaterThan(1);
  });
});
