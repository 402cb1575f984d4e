import { screen } from '@testing-library/preact';
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { server } from '../../../test/msw-server';
import { renderWithI18n } from '../../../test/render-app';
import { NoticeList } from '../components/NoticeList';

const notice = {
  id: 'n-1',
  kind: 'OUTAGE',
  title: 'B2 层明早检修停电',
  body: '8:00–10:00 停电，请提前备好照明。',
  from: { zh: '工程维修部', en: 'Engineering & repairs' },
  publishedAt: '2026-11-24T03:05:00.000Z',
};

describe('notices from the mall', () => {
  it('shows the notices the gateway gives, with the department they come from', async () => {
    server.use(graphql.query('MyNotices', () => HttpResponse.json({ data: { myNotices: { edges: [{ node: notice }] } } })));
    renderWithI18n(<NoticeList />);
    const card = await screen.findByRole('listitem');
    expect(screen.getByRole('heading', { name: '商场通知' })).toBeInTheDocument();
    expect(card).toHaveTextContent('B2 层明早检修停电');
    expect(card).toHaveTextContent('停电检修');
    expect(card).toHaveTextContent('8:00–10:00 停电，请提前备好照明。');
    expect(card).toHaveTextContent('工程维修部');
  });

  it('shows nothing when there is no notice', async () => {
    let asked = false;
    server.use(
      graphql.query('MyNotices', () => {
        asked = true;
        return HttpResponse.json({ data: { myNotices: { edges: [] } } });
      }),
    );
    const { container } = renderWithI18n(<NoticeList />);
    await vi.waitFor(() => expect(asked).toBe(true));
    expect(container.querySelector('section')).toBeNull();
  });
});
