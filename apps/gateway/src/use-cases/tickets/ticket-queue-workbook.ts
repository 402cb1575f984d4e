import { once } from 'node:events';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { TicketWithParties } from '@kefu/db/tickets';
import type { Locale } from '@kefu/domain/shared';
import { toSiteLocalDateTime } from '@kefu/domain/sites';
import { formatTicketNumber, nextDeadline, type Severity, type TicketKind, type TicketStatus } from '@kefu/domain/tickets';

type Words = Record<Locale, string>;

/** The desk's column headings, in the desk's words (admin `tickets.json`, `desk.columns`). */
const COLUMNS = [
  { key: 'number', head: { 'zh-CN': '工单号', en: 'No.' }, width: 12 },
  { key: 'title', head: { 'zh-CN': '标题', en: 'Title' }, width: 30 },
  { key: 'kind', head: { 'zh-CN': '类别', en: 'Kind' }, width: 12 },
  { key: 'severity', head: { 'zh-CN': '级别', en: 'Severity' }, width: 8 },
  { key: 'status', head: { 'zh-CN': '状态', en: 'Status' }, width: 10 },
  { key: 'requester', head: { 'zh-CN': '来访人', en: 'Requester' }, width: 24 },
  { key: 'location', head: { 'zh-CN': '位置', en: 'Location' }, width: 12 },
  { key: 'assignee', head: { 'zh-CN': '处理人', en: 'Assignee' }, width: 12 },
  { key: 'received', head: { 'zh-CN': '受理时间', en: 'Received' }, width: 17 },
  { key: 'due', head: { 'zh-CN': '时限', en: 'Due' }, width: 17 },
  { key: 'resolved', head: { 'zh-CN': '反馈时间', en: 'Resolved' }, width: 17 },
] as const satisfies readonly { key: string; head: Words; width: number }[];

/** The desk's words for kinds, severities and statuses (admin `tickets.json`). */
const KIND: Record<TicketKind, Words> = {
  complaint: { 'zh-CN': '投诉', en: 'Complaint' },
  repair: { 'zh-CN': '报修', en: 'Repair' },
  consultation: { 'zh-CN': '咨询', en: 'Consultation' },
  service_request: { 'zh-CN': '服务申请', en: 'Service request' },
  return_exchange: { 'zh-CN': '退换货', en: 'Return / exchange' },
  logistics: { 'zh-CN': '物流配送需求', en: 'Logistics request' },
  technical: { 'zh-CN': '技术服务需求', en: 'Technical service' },
  suggestion: { 'zh-CN': '建议', en: 'Suggestion' },
};
const SEVERITY: Record<Severity, Words> = {
  major: { 'zh-CN': '重大', en: 'Major' },
  important: { 'zh-CN': '重要', en: 'Important' },
  minor: { 'zh-CN': '轻微', en: 'Minor' },
};
const STATUS: Record<TicketStatus, Words> = {
  received: { 'zh-CN': '已受理', en: 'Received' },
  assigned: { 'zh-CN': '已派单', en: 'Assigned' },
  relayed: { 'zh-CN': '已传达', en: 'Relayed' },
  in_progress: { 'zh-CN': '处理中', en: 'In progress' },
  resolved: { 'zh-CN': '已反馈', en: 'Resolved' },
  followed_up: { 'zh-CN': '已回访', en: 'Followed up' },
  closed: { 'zh-CN': '已关闭', en: 'Closed' },
  invalid: { 'zh-CN': '无效投诉', en: 'Not valid' },
};

export const TICKET_QUEUE_SHEET: Words = { 'zh-CN': '工单', en: 'Tickets' };

export type QueueWorkbookOptions = { locale: Locale; timeZone: string; signal?: AbortSignal };

/** Times as the site's clock reads them (`YYYY-MM-DD HH:mm`), the way the desk shows them. */
const siteTime = (at: Date | null, timeZone: string): string => (at ? toSiteLocalDateTime(at, timeZone).replace('T', ' ') : '');

/** One ticket's cells, in the order of COLUMNS. */
export function ticketQueueCells({ ticket, requester, assignee }: TicketWithParties, { locale, timeZone }: QueueWorkbookOptions): string[] {
  const shop = requester ? [requester.shopName, requester.shopUnit].filter(Boolean).join(' ') : '';
  return [
    formatTicketNumber(ticket.number),
    ticket.title,
    KIND[ticket.kind][locale],
    SEVERITY[ticket.severity][locale],
    STATUS[ticket.status][locale],
    requester ? (shop ? `${shop} · ${requester.name}` : requester.name) : '',
    ticket.location ?? '',
    assignee?.name ?? '',
    siteTime(ticket.receivedAt, timeZone),
    siteTime(nextDeadline(ticket), timeZone),
    siteTime(ticket.resolvedAt, timeZone),
  ];
}

/** Resolves once `out` has taken what it holds, or has closed (the reader went away). */
async function drained(out: Writable): Promise<void> {
  const stop = new AbortController();
  const either = [once(out, 'drain', { signal: stop.signal }), once(out, 'close', { signal: stop.signal })];
  // The one that loses is rejected by the abort below: nothing to report.
  for (const waiting of either) waiting.catch(() => undefined);
  await Promise.race(either).finally(() => stop.abort());
}

/**
 * Writes the queue as .xlsx into `out` as the batches arrive, never holding the workbook: exceljs's
 * streaming writer commits each row into the zip stream, and the next batch is read only once `out`
 * has taken what was written (backpressure). Stops, without finishing the file, when `signal`
 * aborts (the browser cancelled). Returns how many rows it wrote.
 */
export async function writeTicketQueueWorkbook(batches: AsyncIterable<TicketWithParties[]>, out: Writable, options: QueueWorkbookOptions): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet(TICKET_QUEUE_SHEET[options.locale]);
  sheet.columns = COLUMNS.map((c) => ({ key: c.key, width: c.width }));
  sheet.addRow(COLUMNS.map((c) => c.head[options.locale])).commit();
  let written = 0;
  for await (const batch of batches) {
    if (options.signal?.aborted) return written;
    for (const row of batch) sheet.addRow(ticketQueueCells(row, options)).commit();
    written += batch.length;
    if (out.writableNeedDrain) await drained(out);
  }
  if (options.signal?.aborted) return written;
  sheet.commit();
  await workbook.commit();
  return written;
}
