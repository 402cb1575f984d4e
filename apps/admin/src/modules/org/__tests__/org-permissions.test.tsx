import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { clerkViewerFixture, viewerFixture } from '../../../test/fixtures';
import { answerOperations } from '../../../test/msw-server';
import { renderApp } from '../../../test/render';
import { CAPTAIN_ID, orgChartAnswer, positionDetailAnswer } from './org-fixtures';

const staffAnswer = { data: { staffMembers: { __typename: 'StaffConnection', edges: [], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } } } };

describe('org controls follow what the viewer may do', () => {
  it('shows a viewer without org-edit actions the position but no controls to change it', async () => {
    answerOperations({ Viewer: { data: { viewer: clerkViewerFixture() } }, OrgChart: orgChartAnswer, PositionDetail: positionDetailAnswer() });
    renderApp({ route: `/org/positions/${CAPTAIN_ID}` });
    expect(await screen.findByRole('heading', { name: '导购车辆队长', level: 1 })).toBeInTheDocument();
    expect(screen.getByText('负责导购车辆队的日常管理。')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '编辑岗位' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '保存汇报关系' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '任命' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '结束任职' })).not.toBeInTheDocument();
  });

  it('gives a manager the edit, reporting-line, assign and end controls on the same page', async () => {
    answerOperations({ Viewer: { data: { viewer: viewerFixture() } }, OrgChart: orgChartAnswer, PositionDetail: positionDetailAnswer(), StaffOptions: staffAnswer });
    renderApp({ route: `/org/positions/${CAPTAIN_ID}` });
    expect(await screen.findByRole('button', { name: '编辑岗位' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: '保存汇报关系' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '任命' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '结束任职' })).toBeInTheDocument();
  });

  it('offers adding people in the directory only to those who may edit staff', async () => {
    answerOperations({ Viewer: { data: { viewer: clerkViewerFixture() } }, OrgChart: orgChartAnswer, StaffDirectory: staffAnswer });
    renderApp({ route: '/staff' });
    expect(await screen.findByRole('heading', { name: '名录里还没有员工' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '新增员工' })).not.toBeInTheDocument();
  });
});
