import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { viewerFixture } from '../../../test/fixtures';
import { answerOperations } from '../../../test/msw-server';
import { renderApp } from '../../../test/render';
import { CAPTAIN_ID, chartPositions, DEPUTY_ID, orgChartAnswer, positionDetailAnswer } from './org-fixtures';

const viewer = { data: { viewer: viewerFixture() } };
const noStaff = { data: { staffMembers: { __typename: 'StaffConnection', edges: [], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } } } };

/** The demo chart with the cart captain's team two seats short. */
const chartWithTwoVacancies = {
  data: {
    orgChart: {
      ...orgChartAnswer.data.orgChart,
      positions: chartPositions.map((p) => (p.id === CAPTAIN_ID ? { ...p, headcount: 3, vacancies: 2 } : p)),
    },
  },
};

const matrixAnswer = {
  data: {
    permissionMatrix: chartPositions.map((p) => ({
      __typename: 'PermissionRow',
      position: { __typename: 'Position', id: p.id, code: p.code, title: p.title },
      cells: [
        { __typename: 'PermissionCell', action: 'ORG_VIEW', allowed: true, reason: 'granted', scope: 'any', source: 'baseline', positionScope: null, choices: null },
        { __typename: 'PermissionCell', action: 'TICKET_ASSIGN', allowed: p.id !== CAPTAIN_ID, reason: 'in_scope', scope: 'subordinates', source: 'catalogue', positionScope: 'subordinates', choices: null },
      ],
    })),
  },
};

const codes = chartPositions.map((p) => p.code);

/** Every code of the fixture positions that the page shows as text or carries in an attribute. */
function shownCodes(): string[] {
  const text = document.body.textContent ?? '';
  const attributes = [...document.body.querySelectorAll('*')].flatMap((element) => [...element.attributes].map((a) => a.value));
  return codes.filter((code) => text.includes(code) || attributes.some((value) => value.includes(code)));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('counted words in English', () => {
  it('says “1 vacant seat” and “2 vacant seats”, “1 seat” and “3 seats”, in plain case', async () => {
    answerOperations({ Viewer: viewer, OrgChart: chartWithTwoVacancies });
    renderApp({ route: '/org', locale: 'en' });
    expect(await screen.findByText('1 vacant seat')).toBeInTheDocument();
    expect(screen.getByText('2 vacant seats')).toBeInTheDocument();
    expect(screen.getAllByText('1 seat').length).toBeGreaterThan(0);
    expect(screen.getByText('3 seats')).toBeInTheDocument();
    expect(screen.getByText(/^3 positions, 3 vacant seats\./)).toBeInTheDocument();
    // Mantine's Badge writes its label in capitals unless told otherwise.
    expect(screen.getByText('1 vacant seat').closest('.mantine-Badge-root')).toHaveStyle({ textTransform: 'none' });
  });

  it('counts one position and one vacant seat in the singular', async () => {
    const deputy = chartPositions.find((p) => p.id === DEPUTY_ID)!;
    answerOperations({ Viewer: viewer, OrgChart: { data: { orgChart: { ...orgChartAnswer.data.orgChart, positions: [{ ...deputy, reportsTo: [] }] } } } });
    renderApp({ route: '/org', locale: 'en' });
    expect(await screen.findByText(/^1 position, 1 vacant seat\./)).toBeInTheDocument();
  });

  it('writes a position title in full on the chart', async () => {
    answerOperations({ Viewer: viewer, OrgChart: orgChartAnswer });
    renderApp({ route: '/org', locale: 'en' });
    const title = await screen.findByText('Director of customer service', { selector: '[data-position-title]' });
    expect(title).not.toHaveAttribute('data-line-clamp');
    expect(title).not.toHaveAttribute('data-truncate');
  });
});

describe('internal position codes', () => {
  it('are not shown on the chart, in the position panel, the job description or the permission matrix', async () => {
    answerOperations({ Viewer: viewer, OrgChart: orgChartAnswer, PositionDetail: positionDetailAnswer(), PermissionMatrix: matrixAnswer, StaffOptions: noStaff });
    const { router } = renderApp({ route: `/org?position=${CAPTAIN_ID}` });
    expect(await screen.findByRole('heading', { name: '导购车辆队长', level: 2 })).toBeInTheDocument();
    expect(shownCodes()).toEqual([]);

    await router.navigate(`/org/positions/${CAPTAIN_ID}`);
    expect(await screen.findByRole('heading', { name: '导购车辆队长', level: 1 })).toBeInTheDocument();
    expect(screen.getByText('客户服务部', { selector: 'p' })).toBeInTheDocument();
    expect(shownCodes()).toEqual([]);

    await router.navigate('/permissions');
    expect(await screen.findByRole('rowheader', { name: '导购车辆队长' })).toBeInTheDocument();
    expect(shownCodes()).toEqual([]);
  });
});

describe('the permission matrix', () => {
  it('scrolls sideways in its own focusable box, keeping the header rows and the position column in place', async () => {
    answerOperations({ Viewer: viewer, OrgChart: orgChartAnswer, PermissionMatrix: matrixAnswer });
    renderApp({ route: '/permissions' });
    const table = await screen.findByRole('table', { name: '权限矩阵' });
    const box = screen.getByRole('region', { name: '权限矩阵（可左右滚动）' });
    expect(box).toContainElement(table);
    expect(box).toHaveStyle({ overflow: 'auto' });
    expect(box).toHaveAttribute('tabindex', '0');
    expect(table.querySelector('thead')).toHaveStyle({ position: 'sticky', top: '0px' });
    const firstColumn = [within(table).getByRole('columnheader', { name: '岗位' }), ...within(table).getAllByRole('rowheader')];
    expect(firstColumn).toHaveLength(chartPositions.length + 1);
    for (const cell of firstColumn) expect(cell).toHaveStyle({ position: 'sticky', left: '0px' });
  });

  it('says there is more to the right while columns are hidden, and more to the left once scrolled to the end', async () => {
    // jsdom lays nothing out: give the box a table twice its width.
    vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockImplementation(function (this: HTMLElement) {
      return this.hasAttribute('data-scroll-container') ? 2000 : 0;
    });
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(function (this: HTMLElement) {
      return this.hasAttribute('data-scroll-container') ? 1000 : 0;
    });
    answerOperations({ Viewer: viewer, OrgChart: orgChartAnswer, PermissionMatrix: matrixAnswer });
    renderApp({ route: '/permissions' });
    expect(await screen.findByText('左右滚动查看更多操作 →')).toBeInTheDocument();
    const box = screen.getByRole('region', { name: '权限矩阵（可左右滚动）' });
    box.scrollLeft = 1000;
    fireEvent.scroll(box);
    await waitFor(() => expect(screen.getByText('← 左右滚动查看更多操作')).toBeInTheDocument());
  });
});
