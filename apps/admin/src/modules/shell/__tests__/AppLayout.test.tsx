import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { clerkViewerFixture, viewerFixture } from '../../../test/fixtures';
import { answerOperations } from '../../../test/msw-server';
import { renderApp } from '../../../test/render';

const emptyDirectory = {
  OrgChart: { data: { orgChart: { __typename: 'OrgChart', units: [], positions: [] } } },
  StaffDirectory: { data: { staffMembers: { __typename: 'StaffConnection', edges: [], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } } } },
};

describe('the app shell', () => {
  it('sends a visitor who is not signed in to the sign-in page', async () => {
    answerOperations({ Viewer: { data: { viewer: null } } });
    const { router } = renderApp({ route: '/org' });
    expect(await screen.findByRole('heading', { name: '登录' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(router.state.location.search).toBe('?next=%2Forg');
  });

  it('shows the sections the viewer may use, with their name and position', async () => {
    answerOperations({ Viewer: { data: { viewer: clerkViewerFixture() } }, ...emptyDirectory });
    renderApp({ route: '/staff' });
    const nav = await screen.findByRole('navigation', { name: '主导航' });
    const links = within(nav).getAllByRole('link').map((link) => link.textContent);
    expect(links).toEqual(['工单', '组织架构', '员工名录', '权限矩阵', '时限标准', '账户与安全']);
    expect(screen.getAllByText('李导购').length).toBeGreaterThan(0);
    expect(screen.getAllByText('导购车辆导购').length).toBeGreaterThan(0);
  });

  it('switches the interface to English and remembers it', async () => {
    answerOperations({ Viewer: { data: { viewer: viewerFixture() } }, ...emptyDirectory });
    const { user } = renderApp({ route: '/staff' });
    await screen.findByRole('navigation', { name: '主导航' });
    await user.click(screen.getAllByRole('radio', { name: 'English' })[0]!);
    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).getByRole('link', { name: 'Staff directory' })).toBeInTheDocument();
    expect(window.localStorage.getItem('kefu.admin.language')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('sends the CSRF header and the viewer language with every request', async () => {
    const log = answerOperations({ Viewer: { data: { viewer: viewerFixture() } }, ...emptyDirectory });
    renderApp({ route: '/staff', locale: 'en' });
    await screen.findByRole('navigation', { name: 'Main navigation' });
    expect(log[0]?.headers.get('x-kefu-csrf')).toBe('1');
    expect(log[0]?.headers.get('accept-language')).toBe('en');
  });
});
