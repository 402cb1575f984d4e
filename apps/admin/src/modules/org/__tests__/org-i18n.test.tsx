import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { viewerFixture } from '../../../test/fixtures';
import { answerOperations } from '../../../test/msw-server';
import { renderApp } from '../../../test/render';
import { chartPositions, orgChartAnswer } from './org-fixtures';

const director = chartPositions[0]!;
const matrixAnswer = {
  data: {
    permissionMatrix: [
      {
        __typename: 'PermissionRow',
        position: { __typename: 'Position', id: director.id, code: director.code, title: director.title },
        cells: [
          { __typename: 'PermissionCell', action: 'TICKET_ASSIGN', allowed: true, reason: 'in_scope', scope: 'subordinates', source: 'catalogue', positionScope: 'subordinates', choices: null },
          { __typename: 'PermissionCell', action: 'TICKET_RATE', allowed: false, reason: 'not_granted', scope: null, source: null, positionScope: null, choices: null },
        ],
      },
    ],
  },
};

describe('the org screens in both languages', () => {
  it('switches labels, column headers and position titles from zh-CN to English', async () => {
    answerOperations({ Viewer: { data: { viewer: viewerFixture() } }, PermissionMatrix: matrixAnswer, OrgChart: orgChartAnswer });
    const { user } = renderApp({ route: '/permissions' });
    const table = await screen.findByRole('table', { name: '权限矩阵' });
    expect(within(table).getByRole('columnheader', { name: '派单' })).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: '客户服务部经理' })).toBeInTheDocument();

    await user.click(screen.getAllByRole('radio', { name: 'English' })[0]!);

    const english = await screen.findByRole('table', { name: 'Permission matrix' });
    expect(within(english).getByRole('columnheader', { name: 'Assign' })).toBeInTheDocument();
    expect(within(english).getByRole('rowheader', { name: 'Director of customer service' })).toBeInTheDocument();
  });

  it('explains why a position may or may not take an action', async () => {
    answerOperations({ Viewer: { data: { viewer: viewerFixture() } }, PermissionMatrix: matrixAnswer, OrgChart: orgChartAnswer });
    const { user } = renderApp({ route: '/permissions', locale: 'en' });
    await user.click(await screen.findByRole('button', { name: /^Director of customer service · Assign: Allowed/ }));
    expect(await screen.findByText(/limited to records within its scope\. Scope: own and subordinates' records\./)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Director of customer service · Rate: Not allowed/ }));
    expect(await screen.findByText(/The position is not granted this action\./)).toBeInTheDocument();
  });
});
