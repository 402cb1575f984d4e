import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { viewerFixture } from '../../../test/fixtures';
import { answerOperations } from '../../../test/msw-server';
import { TicketDesk } from '../components/TicketDesk';
import { emptyCountsAnswer, listItemFixture, noStaffAnswer, ticketPage, unitsAnswer, viewerScopeAnswer } from './ticket-fixtures';
import { renderTicketScreen } from './render-ticket-screen';

const deskAnswers = {
  TicketViewerScope: viewerScopeAnswer,
  TicketCounts: {
    data: {
      ticketCounts: [
        { __typename: 'TicketCount', status: 'RECEIVED', severity: 'MAJOR', count: 2 },
        { __typename: 'TicketCount', status: 'IN_PROGRESS', severity: 'MINOR', count: 5 },
        { __typename: 'TicketCount', status: 'RESOLVED', severity: 'MINOR', count: 3 },
        { __typename: 'TicketCount', status: 'CLOSED', severity: 'IMPORTANT', count: 40 },
      ],
    },
  },
  TicketUnits: unitsAnswer,
  TicketStaffLookup: noStaffAnswer,
  // Without kpi.view: the desk shows no KPI tiles and asks for none.
  Viewer: { data: { viewer: viewerFixture() } },
};

// Rows of Mantine components take a while to render under jsdom.
describe('TicketDesk', { timeout: 30_000 }, () => {
  it('reads its filter from the URL and sends it as the TicketFilter', async () => {
    const log = answerOperations({ ...deskAnswers, TicketQueue: ticketPage([listItemFixture(1)]) });
    renderTicketScreen(<TicketDesk />, { route: '/tickets?status=RECEIVED,ASSIGNED&severity=MAJOR&overdue=1&q=漏水&bogus=1' });

    await screen.findByRole('link', { name: '工单标题 1' });
    const query = log.find((call) => call.name === 'TicketQueue');
    expect(query?.variables).toEqual({
      filter: { statuses: ['RECEIVED', 'ASSIGNED'], severities: ['MAJOR'], overdue: true, text: '漏水' },
      order: 'DUE',
      first: 50,
    });
  });

  it('writes long titles and tile headings in full, wrapped rather than cut', async () => {
    const title = 'Cracked floor tiles at the entrance of A1-018, two of them loose; customers trip over them every day';
    answerOperations({ ...deskAnswers, TicketQueue: ticketPage([listItemFixture(1, { title })]) });
    renderTicketScreen(<TicketDesk />, { route: '/tickets', locale: 'en' });
    const link = await screen.findByRole('link', { name: title });
    expect(link).not.toHaveAttribute('data-line-clamp');
    for (const heading of screen.getAllByRole('heading', { level: 2 })) expect(heading).not.toHaveAttribute('data-line-clamp');
  });

  it('marks portal requests nobody has opened as 新, and filters on them', async () => {
    const log = answerOperations({
      ...deskAnswers,
      TicketQueue: ticketPage([listItemFixture(1, { newToStaff: true }), listItemFixture(2)]),
    });
    const { user, router } = renderTicketScreen(<TicketDesk />, { route: '/tickets' });
    const table = await screen.findByRole('table', { name: '工单列表' });
    const [, first, second] = within(table).getAllByRole('row');
    expect(within(first!).getByText('新')).toBeInTheDocument();
    expect(within(first!).getByText('KF-000001')).toBeInTheDocument();
    expect(within(second!).queryByText('新')).toBeNull();

    await user.click(screen.getByRole('button', { name: '新提交' }));
    await waitFor(() => expect(router.state.location.search).toBe('?new=1'));
    await waitFor(() => expect(log.filter((c) => c.name === 'TicketQueue').at(-1)?.variables.filter).toEqual({ newToStaff: true }));
  });

  it('sorts by the columns the queue can serve, keeping the filter', async () => {
    const log = answerOperations({ ...deskAnswers, TicketQueue: ticketPage([listItemFixture(1)]) });
    const { user, router } = renderTicketScreen(<TicketDesk />, { route: '/tickets?overdue=1' });
    await screen.findByRole('link', { name: '工单标题 1' });
    const due = screen.getByRole('columnheader', { name: /时限/ });
    expect(due).toHaveAttribute('aria-sort', 'ascending');

    await user.click(screen.getByRole('button', { name: '按受理时间排序' }));
    await waitFor(() => expect(router.state.location.search).toBe('?overdue=1&sort=newest'));
    await waitFor(() => expect(log.filter((c) => c.name === 'TicketQueue').at(-1)?.variables).toMatchObject({ filter: { overdue: true }, order: 'NEWEST' }));
    expect(screen.getByRole('columnheader', { name: /受理时间/ })).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByRole('columnheader', { name: /时限/ })).toHaveAttribute('aria-sort', 'none');
    // Only orders with an index behind them are offered.
    expect(screen.queryByRole('button', { name: '按标题排序' })).toBeNull();
  });

  it('puts a saved view in the URL so it can be shared', async () => {
    const log = answerOperations({ ...deskAnswers, TicketQueue: ticketPage([listItemFixture(1)]) });
    const { user, router } = renderTicketScreen(<TicketDesk />, { route: '/tickets' });
    await screen.findByRole('link', { name: '工单标题 1' });

    await user.click(screen.getByRole('button', { name: '我的待办' }));

    await waitFor(() =>
      expect(router.state.location.search).toBe(`?status=RECEIVED%2CASSIGNED%2CRELAYED%2CIN_PROGRESS&assignee=${encodeURIComponent(btoa('Staff:hall'))}`),
    );
    expect(screen.getByRole('button', { name: '我的待办' })).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() =>
      expect(log.filter((c) => c.name === 'TicketQueue').at(-1)?.variables.filter).toEqual({
        statuses: ['RECEIVED', 'ASSIGNED', 'RELAYED', 'IN_PROGRESS'],
        assigneeId: btoa('Staff:hall'),
      }),
    );

    await user.click(screen.getByRole('button', { name: '已逾期' }));
    await waitFor(() => expect(router.state.location.search).toBe('?overdue=1'));
  });

  it('pages on with the cursor and appends the next page', async () => {
    const first = Array.from({ length: 50 }, (_, i) => listItemFixture(i + 1));
    const log = answerOperations({
      ...deskAnswers,
      TicketQueue: ({ after }) => (after === 'c-50' ? ticketPage([listItemFixture(51)], false, 'c-51') : ticketPage(first, true, 'c-50')),
    });
    const { user } = renderTicketScreen(<TicketDesk />, { route: '/tickets' });

    await screen.findByRole('link', { name: '工单标题 50' });
    await user.click(screen.getByRole('button', { name: '加载更多' }));

    await screen.findByRole('link', { name: '工单标题 51' });
    expect(screen.getByRole('link', { name: '工单标题 1' })).toBeInTheDocument();
    expect(screen.getByText(/已显示 51 张/)).toHaveTextContent('已经到底了');
    expect(screen.queryByRole('button', { name: '加载更多' })).not.toBeInTheDocument();
    expect(log.filter((c) => c.name === 'TicketQueue').map((c) => c.variables.after ?? null)).toEqual([null, 'c-50']);
  });

  it('shows the dashboard counts over everything the viewer may see', async () => {
    answerOperations({ ...deskAnswers, TicketQueue: ticketPage([]) });
    renderTicketScreen(<TicketDesk />, { route: '/tickets' });

    expect(await screen.findByTestId('count-open')).toHaveTextContent('7');
    expect(screen.getByTestId('count-majorOpen')).toHaveTextContent('2');
    expect(screen.getByTestId('count-followUp')).toHaveTextContent('3');
    expect(screen.getByTestId('count-closed')).toHaveTextContent('40');
  });

  it('makes each count a link to the queue behind it', async () => {
    const log = answerOperations({ ...deskAnswers, TicketQueue: ticketPage([]) });
    const { user, router } = renderTicketScreen(<TicketDesk />, { route: '/tickets' });
    await screen.findByTestId('count-majorOpen');
    expect(screen.getByTestId('tile-open')).toHaveAttribute('href', '/tickets?status=RECEIVED%2CASSIGNED%2CRELAYED%2CIN_PROGRESS');
    expect(screen.getByTestId('tile-closed')).toHaveAttribute('href', '/tickets?status=CLOSED');

    await user.click(screen.getByTestId('tile-majorOpen'));
    await waitFor(() => expect(router.state.location.search).toBe('?status=RECEIVED%2CASSIGNED%2CRELAYED%2CIN_PROGRESS&severity=MAJOR'));
    await waitFor(() =>
      expect(log.filter((c) => c.name === 'TicketQueue').at(-1)?.variables.filter).toEqual({
        statuses: ['RECEIVED', 'ASSIGNED', 'RELAYED', 'IN_PROGRESS'],
        severities: ['MAJOR'],
      }),
    );
  });

  it('tells the user what to do when a filter matches nothing', async () => {
    answerOperations({ ...deskAnswers, TicketCounts: emptyCountsAnswer, TicketQueue: ticketPage([]) });
    const { user, router } = renderTicketScreen(<TicketDesk />, { route: '/tickets?kind=SUGGESTION' });

    const heading = await screen.findByRole('heading', { name: '没有符合条件的工单' });
    expect(screen.getByText('换一个视图或清除筛选条件再看看。')).toBeInTheDocument();
    await user.click(within(heading.parentElement as HTMLElement).getByRole('button', { name: '清除筛选' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });

  it('switches its words to English with the language, without a reload', async () => {
    const log = answerOperations({ ...deskAnswers, TicketQueue: ticketPage([listItemFixture(1, { status: 'RELAYED', severity: 'MAJOR' })]) });
    const { i18n } = renderTicketScreen(<TicketDesk />, { route: '/tickets' });
    const table = await screen.findByRole('table', { name: '工单列表' });
    expect(within(table).getByText('已传达')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '工单台' })).toBeInTheDocument();

    await act(async () => {
      await i18n.changeLanguage('en');
    });

    const englishTable = await screen.findByRole('table', { name: 'Tickets' });
    expect(within(englishTable).getByText('Relayed')).toBeInTheDocument();
    expect(within(englishTable).getByText('Major')).toBeInTheDocument();
    expect(within(englishTable).getByText(/^due /)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Ticket desk' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'My queue' })).toBeInTheDocument();
    expect(log.every((call) => call.headers.get('x-kefu-csrf') === '1')).toBe(true);
  });
  it('shows this month’s KPIs from the catalogue, against their targets, to a viewer who reads KPIs', async () => {
    const figure = (code: string, zh: string, unit: string, value: number | null, status: string) => ({
      __typename: 'KpiFigure',
      kpi: { __typename: 'KpiDefinition', code, name: { __typename: 'LocalizedText', zh, en: code }, unit },
      value,
      status,
    });
    const log = answerOperations({
      ...deskAnswers,
      TicketQueue: ticketPage([listItemFixture(1)]),
      Viewer: { data: { viewer: viewerFixture({ siteActions: ['TICKET_VIEW', 'KPI_VIEW'] }) } },
      DeskKpiStart: { data: { kpiStartingPoints: { __typename: 'KpiStartingPoints', site: true, staffId: null } } },
      DeskKpiTiles: {
        data: {
          kpiScorecard: {
            __typename: 'KpiScorecard',
            figures: [
              figure('VALID_COMPLAINTS', '有效投诉次数', 'COUNT', 3, 'RED'),
              figure('PERSONAL_VALID_COMPLAINTS', '个人有效投诉次数', 'COUNT', 0, 'NO_TARGET'),
              figure('SUBORDINATE_COMPLAINT_RATE', '所属下级有效投诉率', 'PERCENT', 12.5, 'GREEN'),
              figure('DEPARTMENT_COMPLAINT_RATE', '部门投诉率', 'PER_MILLE', null, 'NO_DATA'),
              figure('SERVICE_PROBLEM_RATE', '服务问题率', 'PERCENT', 4, 'GREEN'),
            ],
          },
        },
      },
    });
    renderTicketScreen(<TicketDesk />, { route: '/tickets' });
    const tiles = await screen.findByRole('region', { name: '本月关键绩效' });
    await within(tiles).findByText('有效投诉次数');
    expect(within(tiles).getAllByRole('link')).toHaveLength(4);
    // The director's own KPIs (seed 002) first, then the catalogue's order: the deputy's last of the four.
    expect(within(tiles).getAllByRole('heading').map((h) => h.textContent)).toEqual(['有效投诉次数', '部门投诉率', '服务问题率', '个人有效投诉次数']);
    // No data in words, never 0: the figure and its badge.
    expect(within(screen.getByTestId('kpi-tile-DEPARTMENT_COMPLAINT_RATE')).getAllByText('无数据')).toHaveLength(2);
    expect(within(screen.getByTestId('kpi-tile-VALID_COMPLAINTS')).getByText('3')).toBeInTheDocument();
    expect(within(tiles).queryByText('所属下级有效投诉率')).toBeNull();
    expect(log.find((c) => c.name === 'DeskKpiTiles')?.variables).toEqual({ subject: { kind: 'SITE' } });
  });

  it('shows no KPI tiles to a viewer who does not read KPIs', async () => {
    const log = answerOperations({ ...deskAnswers, TicketQueue: ticketPage([listItemFixture(1)]) });
    renderTicketScreen(<TicketDesk />, { route: '/tickets' });
    await screen.findByRole('link', { name: '工单标题 1' });
    expect(screen.queryByRole('region', { name: '本月关键绩效' })).toBeNull();
    expect(log.some((c) => c.name === 'DeskKpiStart' || c.name === 'DeskKpiTiles')).toBe(false);
  });
});
