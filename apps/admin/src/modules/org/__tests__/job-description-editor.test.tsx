import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { viewerFixture } from '../../../test/fixtures';
import { answerOperations, gatewayError } from '../../../test/msw-server';
import { renderApp } from '../../../test/render';
import { CAPTAIN_ID, orgChartAnswer, positionDetailAnswer } from './org-fixtures';

const viewer = { data: { viewer: viewerFixture() } };
const noStaff = { data: { staffMembers: { __typename: 'StaffConnection', edges: [], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } } } };

async function openEditor() {
  const rendered = renderApp({ route: `/org/positions/${encodeURIComponent(CAPTAIN_ID)}` });
  await rendered.user.click(await screen.findByRole('button', { name: '编辑岗位' }));
  return { ...rendered, dialog: await screen.findByRole('dialog') };
}

describe('the job-description editor', () => {
  it('edits every part — duties by heading, KPIs, an authority with its verb, qualifications, work shares — and sends them with the version read', { timeout: 90_000 }, async () => {
    const log = answerOperations({ Viewer: viewer, OrgChart: orgChartAnswer, PositionDetail: positionDetailAnswer(), StaffOptions: noStaff, UpdatePosition: { data: { updatePosition: null } } });
    const { user, dialog } = await openEditor();
    const type = async (name: RegExp, text: string) => {
      await user.click(within(dialog).getByRole('textbox', { name }));
      await user.paste(text);
    };

    await user.click(within(dialog).getByRole('tab', { name: '职责' }));
    await user.click(within(dialog).getByRole('button', { name: '添加职责' }));
    await type(/^职责 2（中文）/, '检查车辆');
    await type(/^职责 2（英文）/, 'Check the carts');

    await user.click(within(dialog).getByRole('tab', { name: '关键绩效指标' }));
    await user.click(within(dialog).getByRole('button', { name: '删除绩效指标 1' }));

    await user.click(within(dialog).getByRole('tab', { name: '工作职权' }));
    await user.click(within(dialog).getByRole('button', { name: '添加工作职权' }));
    await user.click(within(dialog).getByRole('textbox', { name: '职权' }));
    await user.click(await screen.findByRole('option', { name: '审批权' }));
    await type(/^事项（中文）/, '车辆维修费用');
    await type(/^事项（英文）/, 'Cart repair costs');

    await user.click(within(dialog).getByRole('tab', { name: '任职资格' }));
    await user.click(within(dialog).getByRole('button', { name: '添加技能' }));
    await type(/^技能 1（中文）/, '驾驶');
    await type(/^技能 1（英文）/, 'Driving');

    // Shares that do not add up to 100 are refused before sending, on their tab.
    await user.click(within(dialog).getByRole('tab', { name: '工作环境' }));
    await user.click(within(dialog).getByRole('button', { name: '添加工作环境' }));
    await type(/^工作地点 2（中文）/, '办公室');
    await type(/^工作地点 2（英文）/, 'Office');
    const [floor, office] = within(dialog).getAllByRole('textbox', { name: '占比' });
    await user.clear(office!);
    await user.type(office!, '30');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('各工作地点的占比合计须为 100%。')).toBeInTheDocument();
    expect(within(dialog).getByRole('tab', { name: /工作环境/ })).toHaveTextContent('⚠');
    expect(log.some((op) => op.name === 'UpdatePosition')).toBe(false);
    await user.clear(floor!);
    await user.type(floor!, '70');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));

    await screen.findByText('岗位已更新');
    const sent = log.find((op) => op.name === 'UpdatePosition')!.variables as { id: string; expectedVersion: number; input: Record<string, unknown> };
    expect(sent.id).toBe(CAPTAIN_ID);
    expect(sent.expectedVersion).toBe(3);
    // Only the parts changed are sent: the title, purpose and headcount keep their values.
    expect(Object.keys(sent.input).sort()).toEqual(['authorities', 'duties', 'kpis', 'qualifications', 'workEnvironment']);
    expect(sent.input).toMatchObject({
      duties: [{ function: { zh: '安全驾驶', en: 'Safe driving' }, duties: [{ zh: '按时出车', en: 'Depart on time' }, { zh: '检查车辆', en: 'Check the carts' }] }],
      kpis: [],
      authorities: [{ verb: 'APPROVE', domain: 'BUSINESS', subject: { zh: '车辆维修费用', en: 'Cart repair costs' } }],
      qualifications: { education: { zh: '高中', en: 'High school' }, skills: [{ zh: '驾驶', en: 'Driving' }] },
      workEnvironment: [
        { place: { zh: '卖场', en: 'Market floor' }, share: 70 },
        { place: { zh: '办公室', en: 'Office' }, share: 30 },
      ],
    });
  });

  it('says plainly when another manager saved first (CONFLICT), and reopens on their version', { timeout: 60_000 }, async () => {
    let reads = 0;
    const theirs = positionDetailAnswer();
    const answers = answerOperations({
      Viewer: viewer,
      OrgChart: orgChartAnswer,
      StaffOptions: noStaff,
      PositionDetail: () => {
        reads += 1;
        return reads === 1 ? positionDetailAnswer() : { data: { node: { ...theirs.data.node, version: 4, purpose: { __typename: 'LocalizedText', zh: '另一位经理写的概要', en: 'Written by the other manager' } } } };
      },
      UpdatePosition: gatewayError('CONFLICT', '记录已被他人修改，请刷新后重试。', { reason: 'CONFLICT.STALE_VERSION' }),
    });
    const { user, dialog } = await openEditor();
    await user.click(within(dialog).getByRole('textbox', { name: /^职位概要（中文）/ }));
    await user.paste('我的修改');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('此岗位已被他人修改');
    expect(alert).toHaveTextContent('你的修改尚未保存');
    expect(within(dialog).getByRole('button', { name: '保存' })).toBeDisabled();
    expect(answers.find((op) => op.name === 'UpdatePosition')?.variables).toMatchObject({ expectedVersion: 3 });

    await user.click(within(alert).getByRole('button', { name: '载入最新版本' }));
    const reopened = await screen.findByRole('dialog');
    expect(await within(reopened).findByDisplayValue('另一位经理写的概要')).toBeInTheDocument();
    expect(within(reopened).queryByRole('alert')).toBeNull();
  });
});
