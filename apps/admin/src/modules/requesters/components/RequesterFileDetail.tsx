import { Alert, Anchor, Button, FileInput, Grid, Group, Paper, Select, Stack, Table, Tabs, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DocumentKind } from '../../../gql/graphql';
import { useViewer } from '../../auth/hooks/useViewer';
import { errorMessage } from '../../ui/errors/graphql-errors';
import { EmptyState } from '../../ui/components/EmptyState';
import { NotFoundState } from '../../ui/components/NotFoundState';
import { PageHeader } from '../../ui/components/PageHeader';
import { PageSkeleton } from '../../ui/components/PageSkeleton';
import { QueryErrorState } from '../../ui/components/QueryErrorState';
import { useFormatters } from '../../ui/format/useFormatters';
import { useAddDocument, useAddNote, useRequesterArchive } from '../hooks/useRequesterArchive';
import { PortalAccessPanel } from './PortalAccessPanel';

const DOCUMENT_KINDS = ['CONTRACT', 'LICENCE', 'INSURANCE_CARD'] as const satisfies readonly DocumentKind[];

/** 档案: one requester's file — fields, tickets with their ratings, notes, documents and history. */
export function RequesterFileDetail({ id }: { id: string }) {
  const { t } = useTranslation('requesters');
  const time = useFormatters();
  const { can } = useViewer();
  const { file, tickets, loading, error, refetch } = useRequesterArchive(id);
  if (loading) return <PageSkeleton rows={8} />;
  if (error && error.graphQLErrors.some((e) => e.extensions?.code === 'NOT_FOUND')) return <NotFoundState />;
  if (error || !file) return <QueryErrorState error={error} onRetry={() => void refetch()} />;
  const title = file.shopName || file.name || t('anonymous');
  // Shoppers are not invited to the portal (domain: INVITABLE_KINDS).
  const invitable = can('REQUESTER_INVITE') && file.kind !== 'CUSTOMER';

  return (
    <>
      <Anchor component={Link} to="/requesters" size="sm">
        {t('file.back')}
      </Anchor>
      <PageHeader title={title} description={[t(`kind.${file.kind}`), file.units.join('、'), file.phone].filter(Boolean).join(' · ')} />
      <Paper withBorder p="md" radius="md" mb="md">
        <Grid gutter="sm">
          <Field label={t('fields.name')} value={file.name || '—'} />
          <Field label={t('fields.businessCategory')} value={file.businessCategory ?? '—'} />
          <Field label={t('fields.contractStartsOn')} value={file.contractStartsOn ?? '—'} />
          <Field label={t('fields.contractEndsOn')} value={file.contractEndsOn ?? '—'} />
          <Field label={t('fields.status')} value={file.status ? t(`status.${file.status}`) : '—'} />
          <Field label={t('fields.contacts')} value={file.contacts.map((c) => [c.name, c.role, c.phone].filter(Boolean).join(' ')).join('；') || '—'} />
        </Grid>
      </Paper>
      <Tabs defaultValue="tickets" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="tickets">{t('file.tickets')}</Tabs.Tab>
          <Tabs.Tab value="notes">{t('file.notes')}</Tabs.Tab>
          <Tabs.Tab value="documents">{t('file.documents')}</Tabs.Tab>
          <Tabs.Tab value="history">{t('file.history')}</Tabs.Tab>
          {invitable ? <Tabs.Tab value="portal">{t('portal.tab')}</Tabs.Tab> : null}
        </Tabs.List>
        {invitable ? (
          <Tabs.Panel value="portal" pt="md">
            <PortalAccessPanel requesterId={file.id} />
          </Tabs.Panel>
        ) : null}
        <Tabs.Panel value="tickets" pt="md">
          {tickets.length === 0 ? (
            <EmptyState title={t('file.noTickets')} />
          ) : (
            <Table.ScrollContainer minWidth={560}>
              <Table withTableBorder aria-label={t('file.tickets')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('file.ticket')}</Table.Th>
                    <Table.Th scope="col">{t('file.receivedAt')}</Table.Th>
                    <Table.Th scope="col">{t('file.ticketStatus')}</Table.Th>
                    <Table.Th scope="col">{t('file.satisfaction')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {tickets.map((ticket) => (
                    <Table.Tr key={ticket.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/tickets/${encodeURIComponent(ticket.id)}`}>
                          #{ticket.number} {ticket.title}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{time.dateTime(ticket.receivedAt)}</Table.Td>
                      <Table.Td>{t(`tickets:status.${ticket.status}`)}</Table.Td>
                      <Table.Td>{ticket.satisfaction ? t('file.stars', { n: ticket.satisfaction }) : '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="notes" pt="md">
          <Stack gap="sm">
            <NoteForm requesterId={file.id} />
            {file.notes.map((note) => (
              <Paper key={note.id} withBorder p="sm" radius="md">
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {note.body}
                </Text>
                <Text size="xs" c="gray.7">
                  {[note.author?.name, time.dateTime(note.createdAt)].filter(Boolean).join(' · ')}
                </Text>
              </Paper>
            ))}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="documents" pt="md">
          <Stack gap="sm">
            {can('REQUESTER_DOCUMENTS') ? <DocumentForm requesterId={file.id} /> : null}
            {file.documents.length === 0 ? (
              <EmptyState title={t('file.noDocuments')} />
            ) : (
              <Table withTableBorder aria-label={t('file.documents')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('file.documentKind')}</Table.Th>
                    <Table.Th scope="col">{t('file.fileName')}</Table.Th>
                    <Table.Th scope="col">{t('file.expiresOn')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {file.documents.map((doc) => (
                    <Table.Tr key={doc.id}>
                      <Table.Td>{t(`documentKind.${doc.kind}`)}</Table.Td>
                      <Table.Td>
                        <Anchor href={doc.url} target="_blank" rel="noopener">
                          {doc.fileName}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{doc.expiresOn ?? t('file.noExpiry')}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0 }}>
            {file.history.map((entry) => (
              <li key={entry.id}>
                <Text size="sm" fw={600}>
                  {t(`file.action.${entry.action}`)} · {entry.actor?.name ?? '—'} · {time.dateTime(entry.at)}
                </Text>
                {entry.fields.map((f) => (
                  <Text size="xs" c="gray.7" key={f.field}>
                    {t(`history.${f.field}`, { defaultValue: f.field })}：{f.from ?? '—'} → {f.to ?? '—'}
                  </Text>
                ))}
              </li>
            ))}
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

function Field({ label, value }: { label: string; value: string }) {
  return (
    <Grid.Col span={{ base: 12, sm: 6, md: 4 }}>
      <Text size="xs" c="gray.7">
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </Grid.Col>
  );
}

function NoteForm({ requesterId }: { requesterId: string }) {
  const { t } = useTranslation('requesters');
  const { add, saving } = useAddNote(requesterId);
  const [body, setBody] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    try {
      await add(body);
      setBody('');
    } catch (error) {
      setFailure(errorMessage(error, t));
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} aria-label={t('file.addNote')}>
      <Stack gap="xs">
        <Textarea label={t('file.note')} value={body} onChange={(e) => setBody(e.currentTarget.value)} autosize minRows={2} error={failure} />
        <Group justify="flex-end">
          <Button type="submit" loading={saving} disabled={!body.trim()}>
            {t('file.addNote')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function DocumentForm({ requesterId }: { requesterId: string }) {
  const { t } = useTranslation('requesters');
  const { add, saving } = useAddDocument(requesterId);
  const [kind, setKind] = useState<DocumentKind>('CONTRACT');
  const [expiresOn, setExpiresOn] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setFailure(null);
    const answer = await add({ kind, expiresOn: expiresOn || null, file });
    if (answer.errors) {
      const fields = answer.errors[0]?.extensions?.fields as { message: string }[] | undefined;
      setFailure(fields?.map((f) => f.message).join(' ') || answer.errors[0]!.message);
      return;
    }
    setFile(null);
    setExpiresOn('');
  };
  return (
    <Paper withBorder p="sm" radius="md" component="form" onSubmit={(e: FormEvent) => void submit(e)} aria-label={t('file.addDocument')}>
      <Title order={2} size="h5" mb="xs">
        {t('file.addDocument')}
      </Title>
      {failure ? <Alert color="red" role="alert" mb="xs" title={failure} /> : null}
      <Grid gutter="sm" align="flex-end">
        <Grid.Col span={{ base: 12, sm: 3 }}>
          <Select
            label={t('file.documentKind')}
            data={DOCUMENT_KINDS.map((value) => ({ value, label: t(`documentKind.${value}`) }))}
            value={kind}
            allowDeselect={false}
            onChange={(value) => value && setKind(value as DocumentKind)}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 3 }}>
          <TextInput type="date" label={t('file.expiresOn')} value={expiresOn} onChange={(e) => setExpiresOn(e.currentTarget.value)} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <FileInput
            label={t('file.chooseFile')}
            accept="application/pdf,image/jpeg,image/png,image/webp" value={file}
            onChange={setFile}
            clearable
            clearButtonProps={{ 'aria-label': t('file.clearFile') }}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 2 }}>
          <Button type="submit" loading={saving} disabled={!file} fullWidth>
            {t('file.upload')}
          </Button>
        </Grid.Col>
      </Grid>
    </Paper>
  );
}
