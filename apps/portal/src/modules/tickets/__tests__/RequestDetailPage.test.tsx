import { screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { graphql, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { RequestDetailPage } from '../../../pages/RequestDetailPage';
import { detail } from '../../../test/fixtures';
import { server } from '../../../test/msw-server';
import { renderWithI18n } from '../../../test/render-app';

const event = (patch: Partial<ReturnType<typeof detail>['timeline'][number]>) => ({
  at: '2026-11-24T03:00:00.000Z',
  type: 'CREATED' as const,
  toStatus: null,
  department: null,
  departmentName: null as { zh: string; en: string } | null,
  reply: null as string | null,
  stars: null,
  comment: null,
  reopened: false,
  supervisorNotified: false,
  ...patch,
});

/** The subscription's server-sent events: each payload once, then the stream stays open. */
const eventStream = (payloads: unknown[]) => {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(':\n\n'));
      for (const data of payloads) controller.enqueue(encoder.encode(`event: next\ndata: ${JSON.stringify({ data })}\n\n`));
    },
  });
  return new HttpResponse(body, { headers: { 'content-type': 'text/event-stream' } });
};

/** Quiet subscription: connected, nothing happens. */
const quietStream = () => http.post('*/graphql', ({ request }) => (request.headers.get('accept') === 'text/event-stream' ? eventStream([]) : undefined));

describe('request detail', () => {
  it('names the site’s department, then its acceptance and its reply, in plain words', async () => {
    const name = { zh: '工程维修部', en: 'Engineering & repairs' };
    server.use(
      quietStream(),
      graphql.query('MyRequest', () =>
        HttpResponse.json({
          data: {
            myRequest: detail({
              status: 'RELAYED',
              timeline: [
                event({ type: 'CREATED', at: '2026-11-24T02:00:00.000Z' }),
                event({ type: 'RELAYED', department: 'ENGINEERING', departmentName: name, at: '2026-11-24T03:00:00.000Z' }),
                event({ type: 'RELAY_ACCEPTED', departmentName: name, at: '2026-11-24T03:10:00.000Z' }),
                event({ type: 'RELAY_REPLIED', departmentName: name, reply: '已更换漏水管段，明早复查', at: '2026-11-24T05:00:00.000Z' }),
              ],
            }),
          },
        }),
      ),
    );
    renderWithI18n(<RequestDetailPage id="TXlSZXF1ZXN0OjE=" />);
    const items = await screen.findAllByText(/已转交工程维修部处理|工程维修部已受理|工程维修部回复/);
    expect(items.map((i) => i.textContent)).toEqual(['工程维修部回复：', '工程维修部已受理', '已转交工程维修部处理']);
    expect(screen.getByText('已更换漏水管段，明早复查')).toBeInTheDocument();
  });

  it('tells the story in requester-safe words: relayed to the repair team, then resolved', async () => {
    server.use(
      quietStream(),
      graphql.query('MyRequest', () =>
        HttpResponse.json({
          data: {
            myRequest: detail({
              status: 'RESOLVED',
              resolvedAt: '2026-11-25T08:00:00.000Z',
              timeline: [
                event({ type: 'CREATED', at: '2026-11-24T02:00:00.000Z' }),
                event({ type: 'RELAYED', department: 'ENGINEERING', at: '2026-11-24T03:00:00.000Z' }),
                event({ type: 'RESOLVED', at: '2026-11-25T08:00:00.000Z' }),
              ],
            }),
          },
        }),
      ),
    );
    renderWithI18n(<RequestDetailPage id="TXlSZXF1ZXN0OjE=" />);
    expect(await screen.findByRole('heading', { name: '处理进度' })).toBeInTheDocument();
    const items = await screen.findAllByText(/已收到您的请求|已转交工程维修部处理|已处理完毕/);
    expect(items.map((i) => i.textContent)).toEqual(['已处理完毕，我们会回访确认', '已转交工程维修部处理', '已收到您的请求']);
    expect(screen.getByText('A1-018')).toBeInTheDocument();
    expect(screen.getByText('工作日 14:00 以后')).toBeInTheDocument();
    expect(screen.getByText('编号 KF-000042')).toBeInTheDocument();
  });

  it('tells how it was resolved and what the follow-up concluded', async () => {
    server.use(
      quietStream(),
      graphql.query('MyRequest', () =>
        HttpResponse.json({
          data: {
            myRequest: detail({
              status: 'FOLLOWED_UP',
              resolution: '已更换卷帘门电机，现可正常升降。',
              followUp: { at: '2026-11-26T02:30:00.000Z', satisfaction: 4, channel: 'PHONE', reopened: false },
            }),
          },
        }),
      ),
    );
    renderWithI18n(<RequestDetailPage id="TXlSZXF1ZXN0OjE=" />);
    const outcome = await screen.findByRole('region', { name: '处理结果' });
    expect(within(outcome).getByText('已更换卷帘门电机，现可正常升降。')).toBeInTheDocument();
    expect(outcome).toHaveTextContent('电话回访，您的满意度 4/5');
    expect(outcome).toHaveTextContent('11月26日');
    expect(outcome).not.toHaveTextContent('已重新交给客服部');
  });

  it('says when the follow-up sent it back to work', async () => {
    server.use(
      quietStream(),
      graphql.query('MyRequest', () =>
        HttpResponse.json({
          data: { myRequest: detail({ status: 'ASSIGNED', resolution: '已调试', followUp: { at: '2026-11-26T02:30:00.000Z', satisfaction: 1, channel: 'ON_SITE', reopened: true } }) },
        }),
      ),
    );
    renderWithI18n(<RequestDetailPage id="TXlSZXF1ZXN0OjE=" />);
    const outcome = await screen.findByRole('region', { name: '处理结果' });
    expect(outcome).toHaveTextContent('上门回访，您的满意度 1/5');
    expect(outcome).toHaveTextContent('您不太满意，已重新交给客服部处理。');
  });

  it('shows no outcome while there is none', async () => {
    server.use(quietStream(), graphql.query('MyRequest', () => HttpResponse.json({ data: { myRequest: detail() } })));
    renderWithI18n(<RequestDetailPage id="TXlSZXF1ZXN0OjE=" />);
    expect(await screen.findByRole('heading', { name: '处理进度' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: '处理结果' })).toBeNull();
  });

  it('answers NOT_FOUND with a plain message and no data', async () => {
    server.use(
      http.post('*/graphql', ({ request }) =>
        request.headers.get('accept') === 'text/event-stream'
          ? eventStream([])
          : HttpResponse.json({ data: null, errors: [{ message: '未找到该记录，或您无权查看。', extensions: { code: 'NOT_FOUND' } }] }),
      ),
    );
    renderWithI18n(<RequestDetailPage id="someone-elses" />);
    expect(await screen.findByRole('heading', { name: '找不到这条请求' })).toBeInTheDocument();
    expect(screen.getByText(/^找不到这条请求。请核对链接/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '重试' })).toBeNull();
  });

  it('updates by itself when staff move the ticket', async () => {
    const relayed = detail({
      status: 'RELAYED',
      relayedTo: 'ENGINEERING',
      version: 2,
      timeline: [...detail().timeline, event({ type: 'RELAYED', department: 'ENGINEERING' })],
    });
    server.use(
      graphql.query('MyRequest', () => HttpResponse.json({ data: { myRequest: detail() } })),
      http.post('*/graphql', async ({ request }) => {
        if (request.headers.get('accept') !== 'text/event-stream') return undefined;
        const body = (await request.json()) as { variables: { id: string } };
        expect(body.variables.id).toBe('TXlSZXF1ZXN0OjE=');
        expect(request.headers.get('x-kefu-csrf')).toBe('1');
        return eventStream([{ ticketUpdated: { request: relayed } }]);
      }),
    );
    renderWithI18n(<RequestDetailPage id="TXlSZXF1ZXN0OjE=" />);
    expect(await screen.findByText('已转交工程维修部处理')).toBeInTheDocument();
    expect(screen.getByText('已转交处理')).toBeInTheDocument();
  });

  it('rates the outcome: one star sends it back and says the supervisor was told', async () => {
    const resolved = detail({ status: 'RESOLVED', resolvedAt: '2026-11-25T08:00:00.000Z', canRate: true, version: 4 });
    let sent: Record<string, unknown> | null = null;
    server.use(
      quietStream(),
      graphql.query('MyRequest', () => HttpResponse.json({ data: { myRequest: resolved } })),
      graphql.mutation('RateRequest', ({ variables }) => {
        sent = variables;
        return HttpResponse.json({
          data: {
            rateRequest: {
              ...resolved,
              status: 'ASSIGNED',
              canRate: false,
              version: 5,
              timeline: [...resolved.timeline, event({ type: 'RATED', stars: 1, comment: '还是卡', reopened: true, supervisorNotified: true })],
            },
          },
        });
      }),
    );
    const user = userEvent.setup();
    renderWithI18n(<RequestDetailPage id="TXlSZXF1ZXN0OjE=" />);
    const form = (await screen.findByRole('heading', { name: '评价处理结果' })).closest('form')!;
    await user.click(within(form).getByRole('button', { name: '提交评价' }));
    expect(within(form).getByText('此项必填。')).toBeInTheDocument();
    expect(sent).toBeNull();

    await user.click(within(form).getByRole('radio', { name: '1 星' }));
    await user.type(within(form).getByLabelText('意见（选填）'), '还是卡');
    await user.click(within(form).getByRole('button', { name: '提交评价' }));
    await waitFor(() => expect(sent).toEqual({ id: 'TXlSZXF1ZXN0OjE=', version: 4, stars: 1, comment: '还是卡' }));
    expect(await screen.findByText('已退回客服部重新处理，客服主管的工单队列中可见。')).toBeInTheDocument();
    expect(screen.getByText('已退回重新处理，客服主管的工单队列中可见')).toBeInTheDocument();
    expect(screen.getByText('处理中')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: '评价处理结果' })).toBeNull();
  });
});
