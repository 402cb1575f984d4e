import { Alert, Button, FileInput, Group, Modal, Progress, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSheetImport, type SheetImportResult, type SheetImportSpec } from './useSheetImport';

type Props = {
  opened: boolean;
  onClose(): void;
  spec: SheetImportSpec;
  /** The namespace holding this import's `import.*` words (its title, its rules, what it writes). */
  ns: string;
};

/**
 * 从 Excel 导入, for any import: download the template, upload a sheet for a preview that checks
 * every row and writes nothing, then confirm to write every row or none.
 */
export function SheetImportDialog({ opened, onClose, spec, ns }: Props) {
  const { t } = useTranslation(ns);
  const { send, progress, downloadTemplate } = useSheetImport(spec);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<SheetImportResult | null>(null);
  const [written, setWritten] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const busy = progress.phase !== 'idle';

  const choose = (next: File | null) => {
    setFile(next);
    setPreview(null);
    setWritten(null);
    setError(null);
  };
  const run = async (confirm: boolean) => {
    if (!file) return;
    setError(null);
    const { result, error: refused } = await send(file, confirm);
    if (!result) {
      setError(refused ?? t('import.failed'));
      return;
    }
    setPreview(result);
    if (confirm) setWritten(result.written);
  };
  const close = () => {
    choose(null);
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={t('import.title')} size="xl" closeButtonProps={{ 'aria-label': t('common:actions.close') }}>
      <Stack gap="md">
        <Text size="sm">{t('import.intro')}</Text>
        <Group>
          <Button variant="light" onClick={() => void downloadTemplate()}>
            {t('import.template')}
          </Button>
        </Group>
        <FileInput
          label={t('import.file')}
          placeholder={t('import.filePlaceholder')}
          accept=".xlsx"
          value={file}
          onChange={choose}
          // The placeholder is text on the page, not an input's hint: it reads at full contrast.
          styles={{ placeholder: { color: 'var(--mantine-color-gray-7)' } }}
        />
        {busy ? (
          <Stack gap={4} aria-live="polite">
            <Text size="sm">{progress.phase === 'uploading' ? t('import.uploading', { percent: progress.percent }) : t('import.checking')}</Text>
            <Progress value={progress.phase === 'uploading' ? progress.percent : 100} animated={progress.phase === 'checking'} aria-label={t('import.progress')} />
          </Stack>
        ) : null}
        {error ? (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        ) : null}
        {written !== null ? (
          <Alert color="teal" role="status">
            {t('import.written', { count: written })}
          </Alert>
        ) : preview ? (
          preview.issueCount === 0 ? (
            <Alert color="teal" role="status">
              {t('import.clean', { count: preview.rowCount })}
            </Alert>
          ) : (
            <Stack gap="xs">
              <Alert color="red" role="alert">
                {t('import.faulty', { rows: preview.rowCount, count: preview.issueCount })}
              </Alert>
              <Table.ScrollContainer minWidth={360}>
                <Table withTableBorder aria-label={t('import.issues')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('import.row')}</Table.Th>
                      <Table.Th scope="col">{t('import.column')}</Table.Th>
                      <Table.Th scope="col">{t('import.problem')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {preview.issues.map((issue) => (
                      <Table.Tr key={`${issue.row}-${issue.column ?? ''}-${issue.rule}`}>
                        <Table.Td>{issue.row}</Table.Td>
                        <Table.Td>{issue.column ?? '—'}</Table.Td>
                        <Table.Td>{t(`import.rule.${issue.rule}`, { defaultValue: issue.rule })}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Stack>
          )
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {written !== null ? t('import.done') : t('import.cancel')}
          </Button>
          {written === null ? (
            preview && preview.issueCount === 0 ? (
              <Button onClick={() => void run(true)} loading={busy}>
                {t('import.confirm', { count: preview.rowCount })}
              </Button>
            ) : (
              <Button onClick={() => void run(false)} loading={busy} disabled={!file}>
                {t('import.preview')}
              </Button>
            )
          ) : null}
        </Group>
      </Stack>
    </Modal>
  );
}
