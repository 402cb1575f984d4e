import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../ui/errors/graphql-errors';
import { useNotify } from '../../ui/errors/useNotify';
import { useRetirePosition } from '../hooks/usePositionDesign';

/** Retires a position after a confirmation; the gateway says who still holds it or reports to it. */
export function RetirePositionButton({ id, version, title }: { id: string; version: number; title: string }) {
  const { t } = useTranslation('org');
  const notify = useNotify();
  const navigate = useNavigate();
  const [opened, dialog] = useDisclosure(false);
  const [failure, setFailure] = useState<string | null>(null);
  const { retirePosition, loading } = useRetirePosition();
  const retire = async () => {
    setFailure(null);
    try {
      await retirePosition(id, version);
      notify.success(t('positionRetire.done', { title }));
      dialog.close();
      void navigate('/org');
    } catch (error) {
      setFailure(errorMessage(error, t));
    }
  };
  return (
    <>
      <Button variant="subtle" color="red" onClick={dialog.open}>
        {t('positionRetire.button')}
      </Button>
      <Modal opened={opened} onClose={dialog.close} title={t('positionRetire.title', { title })} closeButtonProps={{ 'aria-label': t('common:actions.close') }}>
        <Stack>
          <Text size="sm">{t('positionRetire.explain')}</Text>
          {failure ? <Alert color="red">{failure}</Alert> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={dialog.close}>
              {t('common:actions.cancel')}
            </Button>
            <Button color="red" loading={loading} onClick={() => void retire()}>
              {t('positionRetire.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
