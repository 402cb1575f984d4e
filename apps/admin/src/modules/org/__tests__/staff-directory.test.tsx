import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { viewerFixture } from '../../../test/fixtures';
import { answerOperations } from '../../../test/msw-server';
import { renderApp } from '../../../test/render';
import { assignmentFixture, CAPTAIN_ID, orgChartAnswer } from './org-fixtures';

const person = (n: number) => ({
  __typename: 'Staff',
  id: `U3RhZmY6${n}`,
  name: `员工${n}`,
  employeeNo: `KF-${n}`,
  phone: null,
  active: true,
  assignments: n === 1 ? [assignmentFixture({ id: 'QXNzaWdubWVudDoxMDE=', staff: { __typename: 'Staff', id: 'U3RhZmY6MQ', name: '员工1', employeeNo: 'KF-1' } })] : [],
});

const page = (people: number[], endCursor: string | null) => ({
  data: {
    staffMembers: {
      __typename: 'StaffConnection',
      edges: people.map((n) => ({ __typename: 'StaffEdge', cursor: `c${n}`, node: person(n) })),
      pageInfo: { __typename: 'PageInfo', hasNextPage: endCursor !== null, endCursor },
    },
  },
});

describe('the staff directory', () => {
  it('pages on with the cursor and appends the next page', async () => {
    const log = answerOperations({
      Viewer: { data: { viewer: viewerFixture() } },
      OrgChart: orgChartAnswer,
      StaffDirectory: (variables) => (variables.after === 'c2' ? page([3], null) : page([1, 2], 'c2')),
    });
    const { user } = renderApp({ route: '/staff' });
    const table = await screen.findByRole('table', { name: '员工名录' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    await user.click(screen.getByRole('button', { name: '加载更多' }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(4));
    expect(within(table).getByText('员工3')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '加载更多' })).not.toBeInTheDocument();
    expect(log.filter((c) => c.name === 'StaffDirectory').map((c) => c.variables.after ?? null)).toEqual([null, 'c2']);
  });

  it('sends the position filter from the URL and shows a person’s assignments over time', async () => {
    const log = answerOperations({
      Viewer: { data: { viewer: viewerFixture() } },
      OrgChart: orgChartAnswer,
      StaffDirectory: page([1], null),
      StaffOptions: page([], null),
      StaffChanges: { data: { node: { __typename: 'Staff', id: 'U3RhZmY6MQ', history: { __typename: 'StaffChangeConnection', edges: [], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } } } } },
    });
    const { user } = renderApp({ route: `/staff?position=${CAPTAIN_ID}` });
    const table = await screen.findByRole('table', { name: '员工名录' });
    expect(log.find((c) => c.name === 'StaffDirectory')?.variables).toMatchObject({ positionId: CAPTAIN_ID });
    await user.click(within(table).getByRole('button', { name: '任职记录' }));
    const history = await screen.findByRole('table', { name: '员工1 的任职记录' });
    expect(within(history).getByText('客户服务部经理')).toBeInTheDocument();
    expect(within(history).getByText('在任')).toBeInTheDocument();
  });
});
