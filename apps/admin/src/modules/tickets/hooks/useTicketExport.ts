import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CSRF_HEADER } from '../../../app/apollo-client';
import type { TicketFilter, TicketOrder } from '../../../gql/graphql';

/** The gateway's streamed export of the desk's queue (`apps/gateway/src/exports/ticket-queue-export.ts`). */
export const TICKET_EXPORT_URL = '/exports/tickets.xlsx';

export type TicketExportState =
  | { phase: 'idle' }
  /** `total` is the row count the gateway sends before the file; `bytes` what has arrived so far. */
  | { phase: 'running'; total: number | null; bytes: number }
  | { phase: 'done'; total: number | null; bytes: number }
  | { phase: 'failed'; message: string | null };

type ErrorAnswer = { errors?: { message: string }[] };

/** Saves bytes the browser holds as a file, as a download link would. */
function saveFile(parts: BlobPart[], name: string) {
  const url = URL.createObjectURL(new Blob(parts, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Exports the queue as filtered to .xlsx. The answer is read as a stream, so the progress shows the
 * bytes as they arrive against the row count sent first; `cancel` aborts the request, and the
 * gateway stops reading the moment the connection closes.
 */
export function useTicketExport(filter: TicketFilter, order: TicketOrder) {
  const { i18n } = useTranslation();
  const [state, setState] = useState<TicketExportState>({ phase: 'idle' });
  const running = useRef<AbortController | null>(null);
  // Leaving the desk mid-export cancels it.
  useEffect(() => () => running.current?.abort(), []);

  const start = useCallback(async () => {
    if (running.current) return;
    const controller = new AbortController();
    running.current = controller;
    setState({ phase: 'running', total: null, bytes: 0 });
    try {
      const response = await fetch(TICKET_EXPORT_URL, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', [CSRF_HEADER]: '1', 'accept-language': i18n.language },
        body: JSON.stringify({ filter, order }),
        signal: controller.signal,
      });
      if (!response.ok || !response.body) {
        const answer = (await response.json().catch(() => ({}))) as ErrorAnswer;
        setState({ phase: 'failed', message: answer.errors?.[0]?.message ?? null });
        return;
      }
      const totalHeader = response.headers.get('x-total-rows');
      const total = totalHeader === null ? null : Number(totalHeader);
      const reader = response.body.getReader();
      // Cancelling stops the read at once, whether or not the fetch itself still listens to the signal.
      controller.signal.addEventListener('abort', () => void reader.cancel().catch(() => undefined));
      const parts: Uint8Array[] = [];
      let bytes = 0;
      setState({ phase: 'running', total, bytes });
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parts.push(value);
        bytes += value.byteLength;
        setState({ phase: 'running', total, bytes });
      }
      if (controller.signal.aborted) {
        setState({ phase: 'idle' });
        return;
      }
      const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'kefu-tickets.xlsx';
      saveFile(parts as BlobPart[], name);
      setState({ phase: 'done', total, bytes });
    } catch (error) {
      // Cancelled by the user: back to the button, no error shown.
      if (controller.signal.aborted) setState({ phase: 'idle' });
      else setState({ phase: 'failed', message: error instanceof Error ? error.message : null });
    } finally {
      running.current = null;
    }
  }, [filter, order, i18n.language]);

  const cancel = useCallback(() => running.current?.abort(), []);
  return { state, start, cancel };
}
