import { screen } from '@testing-library/preact';
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { summary } from '../../../test/fixtures';
import { server } from '../../../test/msw-server';
import { renderWithI18n } from '../../../test/render-app';
import { RequestList } from '../components/RequestList';

const page = (nodes: ReturnType<typeof summary>[]) =>
  HttpResponse.json<{ data: { myRequests: { edges: { node: Record<string, unknown> }[]; pageInfo: { hasNextPage: boolean; endCursor: null } } } }>({ data: { myRequests: { edges: nodes.map((node) => ({ node })), pageInfo: { hasNextPage: false, endCursor: null } } } });

describe('my requests', () => {
  it('lists each request with its kind, plain-words status, severity and promised date, in the order given (newest first)', async () => {
    server.use(
      graphql.query('MyRequests', () =>
        page([
          summary({ id: 'a', number: 12, kind: 'REPAIR', description: '卷帘门卡住', status: 'RELAYED', severity: 'IMPORTANT', promisedBy: '2026-11-26T09:00:00.000Z' }),
          summary({ id: 'b', number: 11, kind: 'COMPLAINT', description: '空调不制冷', status: 'RESOLVED', resolvedAt: '2026-11-20T06:00:00.000Z' }),
        ]),
      ),
    );
    renderWithI18n(<RequestList />);
    const cards = await screen.findAllByRole('listitem');
    expect(cards).toHaveLength(2);
    expect(cards[0]).toHaveTextContent('报修');
    expect(cards[0]).toHaveTextContent('已转交处理');
    expect(cards[0]).toHaveTextContent('预计 11月26日 前答复');
    expect(cards[0]).toHaveTextContent('紧急程度：重要');
    // The number the desk quotes on the phone.
    expect(cards[0]).toHaveTextContent('编号 KF-000012');
    expect(cards[1]).toHaveTextContent('投诉');
    expect(cards[1]).toHaveTextContent('已处理，待回访');
    expect(cards[1]).toHaveTextContent('11月20日 已处理');
  });

  it('says plainly when a promise was missed', async () => {
    server.use(graphql.query('MyRequests', () => page([summary({ overdue: true, promisedBy: '2026-11-22T09:00:00.000Z' })])));
    renderWithI18n(<RequestList />);
    expect(await screen.findByText('已超时：原定 11月22日 前答复，我们正在加紧处理')).toBeInTheDocument();
  });

  it('links each request to its page', async () => {
    server.use(graphql.query('MyRequests', () => page([summary({ id: 'TXlSZXF1ZXN0Ong=' })])));
    renderWithI18n(<RequestList />);
    expect(await screen.findByRole('link')).toHaveAttribute('href', '/portal/requests/TXlSZXF1ZXN0Ong%3D');
  });

  it('speaks English when asked', async () => {
    server.use(graphql.query('MyRequests', () => page([summary({ status: 'RESOLVED', resolvedAt: '2026-11-20T06:00:00.000Z' })])));
    renderWithI18n(<RequestList />, 'en');
    expect(await screen.findByText('Resolved, follow-up pending')).toBeInTheDocument();
  });

  it('says so when there are none', async () => {
    server.use(graphql.query('MyRequests', () => page([])));
    renderWithI18n(<RequestList />);
    expect(await screen.findByText('您还没有提交过请求。')).toBeInTheDocument();
  });
});
