import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { clerkViewerFixture, viewerFixture } from '../../../test/fixtures';
import { answerOperations, gatewayError } from '../../../test/msw-server';
import { renderApp } from '../../../test/render';
import { CAPTAIN_ID, chartPositions, DEPUTY_ID, orgChartAnswer, positionDetailAnswer } from './org-fixtures';

const viewer = { data: { viewer: viewerFixture() } };

describe('creating a position', () => {
  it('sends the title, unit, superiors, purpose and headcount, and puts a used title on its field', { timeout: 90_000 }, async () => {
    const log = answerOperations({
      Viewer: viewer,
      OrgChart: orgChartAnswer,
      CreatePosition: gatewayError('BAD_USER_INPUT', '输入有误，请检查标出的字段。', {
        reason: 'VALIDATION.INVALID_INPUT',
        fields: [{ field: 'input.title.zh', rule: 'already_used', message: '已被使用，请换一个。' }],
      }),
    });
    const { user } = renderApp({ route: '/org' });
    await user.click(await screen.findByRole('button', { name: '新建岗位' }));
    const dialog = await screen.findByRole('dialog', { name: '新建岗位' });
    await user.click(within(dialog).getByRole('textbox', { name: /岗位名称（中文）/ }));
    await user.paste('夜班客服');
    await user.click(within(dialog).getByRole('textbox', { name: /岗位名称（英文）/ }));
    await user.paste('Night-shift clerk');
    await user.click(within(dialog).getByRole('textbox', { name: /所属部门/ }));
    await user.click(await screen.findByRole('option', { name: '客户服务部' }));
    await user.click(within(dialog).getByRole('textbox', { name: /直接上级/ }));
    await user.click(await screen.findByRole('option', { name: '客户服务部副经理' }));
    await user.click(within(dialog).getByRole('textbox', { name: /职位概要（中文）/ }));
    await user.paste('夜间接待');
    await user.click(within(dialog).getByRole('textbox', { name: /职位概要（英文）/ }));
    await user.paste('Night desk');
    await user.click(within(dialog).getByRole('button', { name: '创建岗位' }));
    expect(log.find((op) => op.name === 'CreatePosition')?.variables).toEqual({
      input: {
        title: { zh: '夜班客服', en: 'Night-shift clerk' },
        unitId: 'VW5pdDox',
        reportsTo: [DEPUTY_ID],
        purpose: { zh: '夜间接待', en: 'Night desk' },
        headcount: 1,
      },
    });
    expect(await within(dialog).findByText('已被使用，请换一个。')).toBeInTheDocument();
  });

  it('is not offered without org.position.edit', async () => {
    answerOperations({ Viewer: { data: { viewer: clerkViewerFixture() } }, OrgChart: orgChartAnswer });
    renderApp({ route: '/org' });
    expect(await screen.findByRole('figure')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '新建岗位' })).toBeNull();
  });
});

describe('retiring a position', () => {
  it('sends the version read and shows who still holds it', async () => {
    const log = answerOperations({
      Viewer: viewer,
      OrgChart: orgChartAnswer,
      PositionDetail: positionDetailAnswer(),
      StaffOptions: { data: { staffMembers: { __typename: 'StaffConnection', edges: [], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } } } },
      RetirePosition: gatewayError('INVALID_OPERATION', '岗位仍在使用中，不能撤销。在岗人员：赵队长；下级岗位：—。', { reason: 'ORG.POSITION_IN_USE' }),
    });
    const { user } = renderApp({ route: `/org/positions/${encodeURIComponent(CAPTAIN_ID)}` });
    await user.click(await screen.findByRole('button', { name: '撤销岗位' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: '确认撤销' }));
    expect(await within(dialog).findByText(/在岗人员：赵队长/)).toBeInTheDocument();
    expect(log.find((op) => op.name === 'RetirePosition')?.variables).toEqual({ id: CAPTAIN_ID, expectedVersion: 3 });
    expect(chartPositions).toHaveLength(3);
  });
});
