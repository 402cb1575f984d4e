import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { viewerFixture } from '../../../test/fixtures';
import { answerOperations, gatewayError } from '../../../test/msw-server';
import { renderApp } from '../../../test/render';

const text = (zh: string, en = zh) => ({ __typename: 'LocalizedText', zh, en });
const kpi = (code: string, zh: string, unit: string) => ({
  __typename: 'KpiDefinition',
  code,
  name: text(zh, code),
  unit,
  direction: 'HIGHER',
  formulaByProduct: true,
  formula: text('公式'),
});
const figure = (code: string, zh: string, unit: string, value: number | null, status: string, target: number | null = null) => ({
  __typename: 'KpiFigure',
  kpi: kpi(code, zh, unit),
  value,
  numerator: value,
  denominator: null,
  noDataReason: value === null ? 'SOURCE_PENDING' : null,
  target,
  status,
});
const card = (kind: string, id: string | null, name: string, figures: unknown[]) => ({
  __typename: 'KpiScorecard',
  subjectKind: kind,
  subjectId: id,
  name: text(name),
  periodStart: '2026-11-01',
  periodEnd: '2026-12-01',
  figures,
});
const siteFigures = [
  figure('VALID_COMPLAINTS', '有效投诉次数', 'COUNT', 4, 'RED', 2),
  figure('RELAY_ACCURACY', '信息传递准确率', 'PERCENT', 92.5, 'AMBER', 95),
  figure('FOLLOWUP_ON_TIME_RATE', '客户意见定时回访率', 'PERCENT', null, 'NO_DATA'),
];
const director = viewerFixture({ username: 'director', siteActions: ['TICKET_VIEW', 'KPI_VIEW', 'KPI_TARGET_SET', 'KPI_REPORT_VIEW'] });
const clerk = viewerFixture({ username: 'floor_clerk', siteActions: ['TICKET_VIEW', 'KPI_VIEW'] });

const directorOperations = (extra: Record<string, unknown> = {}) => ({
  Viewer: { data: { viewer: director } },
  ReadsKpiGroups: { data: { viewer: { __typename: 'Viewer', readsKpiGroups: false } } },
  KpiStartingPoints: { data: { kpiStartingPoints: { __typename: 'KpiStartingPoints', site: true, teamPositionIds: ['p-director'], staffId: 's-1' } } },
  KpiScorecard: (v: Record<string, unknown>) => {
    const subject = v.subject as { kind: string; id?: string };
    return { data: { kpiScorecard: subject.kind === 'SITE' ? card('SITE', null, '全场', siteFigures) : card(subject.kind, subject.id ?? null, '卖场客服主管', siteFigures.slice(0, 1)) } };
  },
  KpiTrend: { data: { kpiTrend: [card('SITE', null, '全场', siteFigures)] } },
  KpiTeam: (v: Record<string, unknown>) => ({
    data: {
      kpiTeam: {
        __typename: 'KpiTeam',
        team: card('POSITION', v.positionId as string, '团队', siteFigures),
        units: v.positionId === 'p-director' ? [card('POSITION', 'p-floor', '卖场客服主管', siteFigures.slice(0, 1))] : [],
        people: [card('STAFF', 's-clerk', '胡斌', siteFigures.slice(0, 1))],
      },
    },
  }),
  KpiTickets: { data: { kpiTickets: [{ __typename: 'KpiTicket', id: 't-1', number: 42, kind: 'complaint', status: 'RESOLVED', severity: 'minor', title: '服务态度差', satisfaction: null, decidedAt: '2026-11-10T02:00:00.000Z' }] } },
  ...extra,
});

describe('关键绩效 (KPIs)', () => {
  it('shows the site’s figures against targets, with no data said in words, never 0', async () => {
    answerOperations(directorOperations());
    renderApp({ route: '/kpi' });
    const table = await screen.findByRole('table', { name: '指标与目标' });
    const complaints = within(table).getByRole('row', { name: /有效投诉次数/ });
    expect(within(complaints).getByText('未达标')).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /信息传递准确率/ })).toHaveTextContent('92.50%');
    expect(within(table).getByRole('row', { name: /客户意见定时回访率/ })).toHaveTextContent('暂无数据（尚未记录）');
  });

  it('drills from the site into a team, a clerk and the tickets behind the clerk’s complaints', async () => {
    const log = answerOperations(directorOperations());
    const { user } = renderApp({ route: '/kpi' });
    await user.click(await screen.findByRole('button', { name: '卖场客服主管' }));
    await waitFor(() => expect(log.some((c) => c.name === 'KpiTeam' && (c.variables as { positionId: string }).positionId === 'p-floor')).toBe(true));
    await user.click(await screen.findByRole('button', { name: '胡斌' }));
    expect(await screen.findByRole('link', { name: 'KF-000042' })).toHaveAttribute('href', expect.stringMatching(/\/tickets\/t-1$/));
    expect(log.filter((c) => c.name === 'KpiTickets').at(-1)?.variables).toMatchObject({ subject: { kind: 'STAFF', id: 's-clerk' }, fact: 'VALID_COMPLAINTS' });
  });

  it('puts a refused target on its field', async () => {
    const log = answerOperations(
      directorOperations({
        SetKpiTarget: gatewayError('BAD_USER_INPUT', '输入有误', { reason: 'VALIDATION.INVALID_INPUT', fields: [{ field: 'input.target', rule: 'out_of_range', message: '超出允许范围' }] }),
      }),
    );
    const { user } = renderApp({ route: '/kpi' });
    await user.click(await screen.findByRole('textbox', { name: /指标/ }));
    await user.click(await screen.findByRole('option', { name: '信息传递准确率' }));
    await user.type(screen.getByRole('textbox', { name: /目标值/ }), '120');
    await user.click(screen.getByRole('button', { name: '保存目标' }));
    expect(await screen.findByText('超出允许范围')).toBeInTheDocument();
    expect(log.find((c) => c.name === 'SetKpiTarget')?.variables).toMatchObject({ input: { kpi: 'RELAY_ACCURACY', target: 120 } });
  });

  it('starts a clerk at their own figures, without targets to set or a report, in English', async () => {
    const log = answerOperations({
      Viewer: { data: { viewer: clerk } },
      ReadsKpiGroups: { data: { viewer: { __typename: 'Viewer', readsKpiGroups: false } } },
      KpiStartingPoints: { data: { kpiStartingPoints: { __typename: 'KpiStartingPoints', site: false, teamPositionIds: [], staffId: 's-clerk' } } },
      KpiScorecard: { data: { kpiScorecard: card('STAFF', 's-clerk', '胡斌', siteFigures.slice(0, 1)) } },
      KpiTrend: { data: { kpiTrend: [] } },
      KpiTickets: { data: { kpiTickets: [] } },
    });
    renderApp({ route: '/kpi', locale: 'en' });
    expect(await screen.findByRole('table', { name: 'KPIs and targets' })).toBeInTheDocument();
    expect(log.find((c) => c.name === 'KpiScorecard')?.variables).toMatchObject({ subject: { kind: 'STAFF', id: 's-clerk' } });
    expect(screen.queryByRole('button', { name: 'Save target' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Monthly report' })).not.toBeInTheDocument();
  });
});

describe('月度报告 (the monthly report)', () => {
  const report = {
    __typename: 'KpiMonthlyReport',
    month: '2026-11',
    intake: [
      { __typename: 'KpiIntakeCount', kind: 'complaint', channel: 'phone', severity: 'minor', requesterKind: 'customer', count: 3, invalid: 1 },
      { __typename: 'KpiIntakeCount', kind: 'repair', channel: 'walk_in', severity: 'minor', requesterKind: 'merchant', count: 5, invalid: 0 },
    ],
    sla: [{ __typename: 'KpiSlaCompliance', deadline: 'resolve', met: 6, due: 8, rate: 75 }],
    relays: { __typename: 'KpiRelayTotals', relayed: 10, misrouted: 1, corrected: 1, repliedOnTime: 8, accuracy: 90 },
    followUps: { __typename: 'KpiFollowUpTotals', due: 4, onTime: 3, handled: 4, notFixed: 1, unreached: 1, onTimeRate: 75, handlingRate: 100 },
    recurring: [{ __typename: 'KpiRecurring', by: 'unit', key: 'B2-031', count: 4 }],
    site: card('SITE', null, '全场', siteFigures),
    teams: [card('POSITION', 'p-floor', '卖场客服主管', siteFigures)],
    people: [card('STAFF', 's-clerk', '胡斌', siteFigures)],
    analysis: null,
  };

  it('lists the month’s tables and saves the director’s analysis', async () => {
    const log = answerOperations({
      Viewer: { data: { viewer: viewerFixture({ username: 'director', siteActions: ['KPI_VIEW', 'KPI_REPORT_VIEW', 'KPI_REPORT_EDIT'] }) } },
      KpiMonthlyReport: { data: { kpiMonthlyReport: report } },
      SaveKpiReportAnalysis: { data: { saveKpiReportAnalysis: { __typename: 'KpiReportAnalysis', month: '2026-11', analysis: '投诉集中在 B 区', writtenAt: '2026-12-01T02:00:00.000Z' } } },
    });
    const { user } = renderApp({ route: '/kpi/report?month=2026-11' });
    expect(await screen.findByRole('heading', { name: '2026-11 月度报告', level: 1 })).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: '时限达成' })).getByRole('row', { name: /按时解决/ })).toHaveTextContent('6 / 875%');
    expect(within(screen.getByRole('table', { name: '高频问题' })).getByRole('row', { name: /B2-031/ })).toHaveTextContent('4');
    const followUps = screen.getByRole('table', { name: '回访达成' });
    expect(within(followUps).getByRole('row', { name: /定时回访率/ })).toHaveTextContent('3 / 475%');
    expect(within(followUps).getByRole('row', { name: /回访处理率/ })).toHaveTextContent('4 / 4100%');
    expect(screen.getByText('本月应回访 4 次（不含已撤回的）；已处理的回访中未解决 1 次，未联系上 1 次。')).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: '人员对比' })).getByRole('row', { name: /胡斌/ })).toHaveTextContent('92.50%');
    await user.type(screen.getByRole('textbox', { name: '部门经理分析' }), '投诉集中在 B 区');
    await user.click(screen.getByRole('button', { name: '保存分析' }));
    await waitFor(() => expect(log.find((c) => c.name === 'SaveKpiReportAnalysis')?.variables).toEqual({ month: '2026-11', analysis: '投诉集中在 B 区' }));
  });
});

describe('集团 (the group view)', () => {
  const groupFigure = (code: string, zh: string, unit: string, value: number | null, status: string, target: number | null = null) => {
    const { kpi: k, ...rest } = figure(code, zh, unit, value, status, target);
    return { ...rest, kpi: { __typename: 'KpiDefinition', code: k.code, name: k.name, unit: k.unit } };
  };
  const site = (id: string, zh: string, en: string, complaints: number, status: string, target: number | null, accuracy: number | null) => ({
    __typename: 'KpiGroupSite',
    siteId: id,
    code: id,
    name: text(zh, en),
    figures: [groupFigure('VALID_COMPLAINTS', '有效投诉次数', 'COUNT', complaints, status, target), groupFigure('RELAY_ACCURACY', '信息传递准确率', 'PERCENT', accuracy, accuracy === null ? 'NO_DATA' : 'NO_TARGET')],
  });
  const group = {
    __typename: 'KpiGroupView',
    groupId: 'g-1',
    code: 'demo-group',
    name: text('演示商业集团', 'Demo Retail Group'),
    periodStart: '2026-11-01',
    periodEnd: '2026-12-01',
    totals: [groupFigure('VALID_COMPLAINTS', '有效投诉次数', 'COUNT', 7, 'NO_TARGET'), groupFigure('RELAY_ACCURACY', '信息传递准确率', 'PERCENT', 90, 'NO_TARGET')],
    sites: [site('s-a', '建材商场', 'Building-Materials Mall', 3, 'RED', 1, 92), site('s-b', '家居广场', 'Home Plaza', 4, 'NO_TARGET', null, null)],
  };
  const readerOperations = () =>
    directorOperations({
      ReadsKpiGroups: { data: { viewer: { __typename: 'Viewer', readsKpiGroups: true } } },
      KpiGroups: { data: { kpiGroups: [group] } },
    });

  it('shows a reader the member sites side by side with each site’s status and the group’s total', async () => {
    const log = answerOperations(readerOperations());
    const { user } = renderApp({ route: '/kpi' });
    await user.click(await screen.findByRole('tab', { name: '集团' }));
    const table = await screen.findByRole('table', { name: '演示商业集团 各商场指标对比' });
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['指标', '建材商场', '家居广场', '集团合计']);
    const complaints = within(table).getByRole('row', { name: /有效投诉次数/ });
    expect(within(complaints).getAllByRole('cell').map((c) => c.textContent)).toEqual(['有效投诉次数', '3未达标', '4', '7']);
    // A site with nothing to divide by says so, never 0.
    expect(within(table).getByRole('row', { name: /信息传递准确率/ })).toHaveTextContent('无数据');
    expect(screen.getByRole('heading', { name: '演示商业集团 · 2026-11' })).toBeInTheDocument();
    const asked = log.find((c) => c.name === 'KpiGroups')?.variables as { period: string; day: string };
    expect(asked.period).toBe('MONTH');
    expect(asked.day).toMatch(/^\d{4}-\d{2}-01$/);
  });

  it('offers no group view to a viewer who reads no group, and never asks for one', async () => {
    const log = answerOperations(directorOperations());
    renderApp({ route: '/kpi' });
    expect(await screen.findByRole('table', { name: '指标与目标' })).toBeInTheDocument();
    await waitFor(() => expect(log.some((c) => c.name === 'ReadsKpiGroups')).toBe(true));
    expect(screen.queryByRole('tab', { name: '集团' })).not.toBeInTheDocument();
    expect(log.some((c) => c.name === 'KpiGroups')).toBe(false);
  });

  it('speaks English', async () => {
    answerOperations(readerOperations());
    const { user } = renderApp({ route: '/kpi', locale: 'en' });
    await user.click(await screen.findByRole('tab', { name: 'Group' }));
    const table = await screen.findByRole('table', { name: 'Demo Retail Group: sites side by side' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['KPI', 'Building-Materials Mall', 'Home Plaza', 'Group total']);
  });
});
