import { useApolloClient } from '@apollo/client';
import { useCallback, useState } from 'react';
import { CSRF_HEADER } from '../../../app/apollo-client';

export type SheetImportIssue = { row: number; column: string | null; rule: string };
export type SheetImportResult = { rowCount: number; issueCount: number; written: number; issues: SheetImportIssue[] };
type Answer = { data?: Record<string, SheetImportResult> | null; errors?: { message: string; extensions?: { fields?: { message: string }[] } }[] };

/** Where a long sheet is: sending it (with the share sent) or waiting while the gateway checks it. */
export type ImportProgress = { phase: 'idle' } | { phase: 'uploading'; percent: number } | { phase: 'checking' };

/** What one import is: its multipart mutation (taking `$file` and `$confirm`), the lists it changes, its template. */
export type SheetImportSpec = {
  /** The mutation's text; sent as a GraphQL multipart request, the sheet as its file part. */
  mutation: string;
  /** The mutation's root field, whose answer is a SheetImportResult. */
  field: string;
  /** Queries to read again once rows are written. */
  refetch: string[];
  /** The template as base64, from the gateway. */
  loadTemplate: () => Promise<string>;
  templateFileName: string;
};

/** Posts the sheet with XMLHttpRequest, whose upload events give the progress fetch does not. */
function post(form: FormData, onProgress: (p: ImportProgress) => void): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/graphql');
    xhr.withCredentials = true;
    xhr.setRequestHeader(CSRF_HEADER, '1');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded < e.total ? { phase: 'uploading', percent: Math.round((e.loaded / e.total) * 100) } : { phase: 'checking' });
    };
    xhr.upload.onload = () => onProgress({ phase: 'checking' });
    xhr.onload = () => {
      try {
        resolve(JSON.parse(xhr.responseText) as Answer);
      } catch {
        reject(new Error(xhr.statusText));
      }
    };
    xhr.onerror = () => reject(new Error('network'));
    xhr.send(form);
  });
}

/** Preview (confirm false) and import (confirm true) of a sheet, with progress, and its template's download. */
export function useSheetImport(spec: SheetImportSpec) {
  const client = useApolloClient();
  const [progress, setProgress] = useState<ImportProgress>({ phase: 'idle' });
  const { mutation, field, refetch, loadTemplate, templateFileName } = spec;
  const send = useCallback(
    async (file: File, confirm: boolean): Promise<{ result: SheetImportResult | null; error: string | null }> => {
      setProgress({ phase: 'uploading', percent: 0 });
      try {
        const form = new FormData();
        form.set('operations', JSON.stringify({ query: mutation, variables: { file: null, confirm } }));
        form.set('map', JSON.stringify({ 0: ['variables.file'] }));
        form.set('0', file, file.name);
        const answer = await post(form, setProgress);
        const first = answer.errors?.[0];
        if (first) return { result: null, error: first.extensions?.fields?.[0]?.message ?? first.message };
        const result = answer.data![field]!;
        if (confirm && result.written > 0) await client.refetchQueries({ include: refetch });
        return { result, error: null };
      } catch {
        return { result: null, error: null };
      } finally {
        setProgress({ phase: 'idle' });
      }
    },
    [client, mutation, field, refetch],
  );
  const downloadTemplate = useCallback(async () => {
    const base64 = await loadTemplate();
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const url = URL.createObjectURL(new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = templateFileName;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }, [loadTemplate, templateFileName]);
  return { send, progress, downloadTemplate };
}
