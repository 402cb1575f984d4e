import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../../test/msw-server';
import { TicketExportButton } from '../components/TicketExportButton';
import { renderTicketScreen } from './render-ticket-screen';

type Sent = { body: unknown; csrf: string | null; language: string | null; signal: AbortSignal };

/** The gateway's export as a stream the test feeds: the row count first, then the bytes it pushes. */
function streamedExport(total: number) {
  const sent: Sent[] = [];
  let push!: (bytes: Uint8Array) => void;
  let end!: () => void;
  server.use(
    http.post('*/exports/tickets.xlsx', async ({ request }) => {
      sent.push({ body: await request.json(), csrf: request.headers.get('x-kefu-csrf'), language: request.headers.get('accept-language'), signal: request.signal });
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          push = (bytes) => controller.enqueue(bytes);
          end = () => controller.close();
        },
      });
      return new HttpResponse(body, {
        headers: {
          'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'content-disposition': 'attachment; filename="kefu-tickets-2026-12-01.xlsx"',
          'x-total-rows': String(total),
        },
      });
    }),
  );
  return { sent, push: (bytes: Uint8Array) => push(bytes), end: () => end() };
}

describe('TicketExportButton', { timeout: 30_000 }, () => {
  const saved: Blob[] = [];
  beforeEach(() => {
    saved.length = 0;
    Object.assign(URL, {
      createObjectURL: vi.fn((blob: Blob) => (saved.push(blob), 'blob:export')),
      revokeObjectURL: vi.fn(),
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  });
  afterEach(() => vi.restoreAllMocks());

  it('sends the desk’s filter, shows the bytes received against the row count, then saves the file', async () => {
    const gateway = streamedExport(100_000);
    const { user } = renderTicketScreen(<TicketExportButton filter={{ statuses: ['RECEIVED'], overdue: true }} order="NEWEST" />);
    await user.click(screen.getByRole('button', { name: '导出 Excel' }));

    await waitFor(() => expect(gateway.sent).toHaveLength(1));
    expect(gateway.sent[0]).toMatchObject({ body: { filter: { statuses: ['RECEIVED'], overdue: true }, order: 'NEWEST' }, csrf: '1', language: 'zh-CN' });
    expect(await screen.findByText('已接收 0.0 MB，共 100,000 张工单')).toBeInTheDocument();
    gateway.push(new Uint8Array(1024 * 1024 * 3 / 2));
    expect(await screen.findByText('已接收 1.5 MB，共 100,000 张工单')).toBeInTheDocument();
    gateway.push(new Uint8Array(1024 * 1024));
    expect(await screen.findByText('已接收 2.5 MB，共 100,000 张工单')).toBeInTheDocument();
    gateway.end();

    expect(await screen.findByText('已导出 100,000 张工单')).toBeInTheDocument();
    expect(saved).toHaveLength(1);
    expect(saved[0]!.size).toBe(2.5 * 1024 * 1024);
    expect(HTMLAnchorElement.prototype.click).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: '导出 Excel' })).toBeInTheDocument();
  });

  it('cancels a running export: the request is aborted and nothing is saved', async () => {
    const gateway = streamedExport(5_000);
    const { user } = renderTicketScreen(<TicketExportButton filter={{}} order="DUE" />, { locale: 'en' });
    await user.click(screen.getByRole('button', { name: 'Export to Excel' }));
    gateway.push(new Uint8Array(2048));
    await screen.findByText('0.0 MB received of 5,000 tickets');

    await user.click(screen.getByRole('button', { name: 'Cancel export' }));
    expect(await screen.findByRole('button', { name: 'Export to Excel' })).toBeInTheDocument();
    expect(gateway.sent[0]!.signal.aborted).toBe(true);
    expect(saved).toHaveLength(0);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the gateway’s refusal in its own words', async () => {
    server.use(
      http.post('*/exports/tickets.xlsx', () =>
        HttpResponse.json({ errors: [{ message: '您没有执行此操作的权限。', extensions: { code: 'FORBIDDEN' } }] }, { status: 403 }),
      ),
    );
    const { user } = renderTicketScreen(<TicketExportButton filter={{}} order="DUE" />);
    await user.click(screen.getByRole('button', { name: '导出 Excel' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('导出失败：您没有执行此操作的权限。');
    expect(saved).toHaveLength(0);
  });
});
