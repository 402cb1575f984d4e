import { Anchor, Badge, Button, Group, Modal, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RequesterFileFieldsFragment } from '../../../gql/graphql';
import { EmptyState } from '../../ui/components/EmptyState';
import { PageHeader } from '../../ui/components/PageHeader';
import { PageSkeleton } from '../../ui/components/PageSkeleton';
import { QueryErrorState } from '../../ui/components/QueryErrorState';
import { useRequesterFiles } from '../hooks/useRequesterFiles';
import { useRequesterPermissions } from '../hooks/useRequesterPermissions';
import { ExpiringList } from './ExpiringList';
import { RequesterForm } from './RequesterForm';
import { RequesterImportDialog } from './RequesterImportDialog';

/** What the form is doing: nothing, registering someone new, or editing a file. */
type Editing = { file: RequesterFileFieldsFragment | null } | null;

const STATUS_COLOR = { OPEN: 'green', CLOSING: 'orange', LEFT: 'gray' } as const;

/** 来访人档案: merchants, owners and customers, searched by shop, unit, name or phone. */
export function RequesterFilesView() {
  const { t } = useTranslation('requesters');
  const { canCreate, canEdit, canKeepDocuments, canImport } = useRequesterPermissions();
  const [importing, setImporting] = useState(false);
  const [text, setText] = useState('');
  const [search] = useDebouncedValue(text.trim(), 300);
  const archive = useRequesterFiles(search);
  const [editing, setEditing] = useState<Editing>(null);
  const close = () => setEditing(null);
  const createButton = canCreate ? <Button onClick={() => setEditing({ file: null })}>{t('create')}</Button> : null;
  const importButton = canImport ? (
    <Button variant="light" onClick={() => setImporting(true)}>
      {t('import.open')}
    </Button>
  ) : null;

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Group gap="xs">
            {importButton}
            {createButton}
          </Group>
        }
      />
      {canImport ? <RequesterImportDialog opened={importing} onClose={() => setImporting(false)} /> : null}
      {canKeepDocuments ? <ExpiringList /> : null}
      <Group mb="md" role="search" aria-label={t('searchLabel')}>
        <TextInput
          label={t('searchLabel')}
          placeholder={t('searchPlaceholder')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          type="search"
          w={{ base: '100%', sm: 320 }}
        />
      </Group>
      {archive.loading ? (
        <PageSkeleton rows={8} />
      ) : archive.error ? (
        <QueryErrorState error={archive.error} onRetry={() => void archive.refetch()} />
      ) : archive.files.length === 0 ? (
        <EmptyState title={search ? t('noMatch') : t('empty')} description={search ? t('noMatchHint') : undefined} action={search ? null : createButton} />
      ) : (
        <Stack gap="sm">
          <Table.ScrollContainer minWidth={720}>
            <Table highlightOnHover withTableBorder verticalSpacing="sm" aria-label={t('title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('columns.who')}</Table.Th>
                  <Table.Th scope="col">{t('fields.kind')}</Table.Th>
                  <Table.Th scope="col">{t('fields.units')}</Table.Th>
                  <Table.Th scope="col">{t('fields.phone')}</Table.Th>
                  <Table.Th scope="col">{t('columns.contract')}</Table.Th>
                  <Table.Th scope="col">
                    <span className="kefu-visually-hidden">{t('columns.actions')}</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {archive.files.map((file) => (
                  <Table.Tr key={file.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/requesters/${file.id}`} fw={600} size="sm">
                        {file.shopName || file.name || t('anonymous')}
                      </Anchor>
                      {file.shopName && file.name ? (
                        <Text size="xs" c="gray.7">
                          {file.name}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        <Badge variant="light" size="sm" tt="none">
                          {t(`kind.${file.kind}`)}
                        </Badge>
                        {file.status ? (
                          <Badge variant="dot" color={STATUS_COLOR[file.status]} size="sm" tt="none">
                            {t(`status.${file.status}`)}
                          </Badge>
                        ) : null}
                      </Group>
                    </Table.Td>
                    <Table.Td>{file.units.join('、') || '—'}</Table.Td>
                    <Table.Td>{file.phone ?? '—'}</Table.Td>
                    <Table.Td>{file.contractEndsOn ? t('contractUntil', { date: file.contractEndsOn }) : '—'}</Table.Td>
                    <Table.Td>
                      {canEdit ? (
                        <Button size="compact-sm" variant="subtle" onClick={() => setEditing({ file })} aria-label={t('editOf', { name: file.shopName || file.name || t('anonymous') })}>
                          {t('common:actions.edit')}
                        </Button>
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {archive.hasMore ? (
            <Button variant="default" onClick={() => void archive.loadMore()} loading={archive.loadingMore} style={{ alignSelf: 'center' }}>
              {t('common:actions.loadMore')}
            </Button>
          ) : null}
        </Stack>
      )}
      <Modal
        opened={editing !== null}
        onClose={close}
        size="lg"
        title={editing?.file ? t('form.editTitle') : t('form.createTitle')}
        closeButtonProps={{ 'aria-label': t('common:actions.close') }}
      >
        {editing ? <RequesterForm key={editing.file?.id ?? 'new'} file={editing.file} onDone={close} onOpen={(file) => setEditing({ file: canEdit ? file : null })} /> : null}
      </Modal>
    </>
  );
}
