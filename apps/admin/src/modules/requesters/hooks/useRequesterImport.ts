import { useApolloClient } from '@apollo/client';
import { useCallback, useState } from 'react';
import { CSRF_HEADER } from '../../../app/apollo-client';
import { IMPORT_REQUESTERS, RequesterImportTemplateQuery } from '../graphql/mutations/import-requesters.mutation';

export type ImportIssue = { row: number; column: string | null; rule: string };
export type ImportResult = { rowCount: number; issueCount: number; written: number; issues: ImportIssue[] };
type Answer = { data?: { importRequesters: ImportResult } | null; errors?: { message: string; extensions?: { fields?: { message: string }[] } }[] };

/** Where a long sheet is: sending it (with the share sent) or waiting while the gateway checks it. */
export type ImportProgress = { phase: 'idle' } | { phase: 'uploading'; percent: number } | { phase: 'checking' };

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

/** Preview (confirm false) and import (confirm true) of a sheet of merchants and owners, and the template. */
export function useRequesterImport() {
  const client = useApolloClient();
  const [progress, setProgress] = useState<ImportProgress>({ phase: 'idle' });
  const send = useCallback(
    async (file: File, confirm: boolean): Promise<{ result: ImportResult | null; error: string | null }> => {
      setProgress({ phase: 'uploading', percent: 0 });
      try {
        const form = new FormData();
        form.set('operations', JSON.stringify({ query: IMPORT_REQUESTERS, variables: { file: null, confirm } }));
        form.set('map', JSON.stringify({ 0: ['variables.file'] }));
        form.set('0', file, file.name);
        const answer = await post(form, setProgress);
        const first = answer.errors?.[0];
        if (first) return { result: null, error: first.extensions?.fields?.[0]?.message ?? first.message };
        const result = answer.data!.importRequesters;
        if (confirm && result.written > 0) await client.refetchQueries({ include: ['RequesterFiles', 'ExpiringRequesterFiles'] });
        return { result, error: null };
      } catch {
        return { result: null, error: null };
      } finally {
        setProgress({ phase: 'idle' });
      }
    },
    [client],
  );
  const downloadTemplate = useCallback(async () => {
    const { data } = await client.query({ query: RequesterImportTemplateQuery, fetchPolicy: 'network-only' });
    const bytes = Uint8Array.from(atob(data.requesterImportTemplate), (c) => c.charCodeAt(0));
    const url = URL.createObjectURL(new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'requesters-template.xlsx';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }, [client]);
  return { send, progress, downloadTemplate };
}
