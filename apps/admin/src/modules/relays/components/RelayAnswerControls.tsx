import { Button, Group, Select, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RelayFieldsFragment, ReturnReason } from '../../../gql/graphql';
import { FormAlert } from '../../ui/components/FormAlert';
import { placeError } from '../../ui/errors/graphql-errors';
import { useAnswerRelay } from '../hooks/useAnswerRelay';

type Mode = 'reply' | 'return' | null;

/**
 * The receiving side's controls: accept, return with a reason, reply with the result. Shown to
 * the department's own accounts, and to whoever records the department's answer taken by phone.
 */
export function RelayAnswerControls({ relay }: { relay: RelayFieldsFragment }) {
  const { t } = useTranslation('relays');
  const { answer, answering } = useAnswerRelay();
  const [mode, setMode] = useState<Mode>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const form = useForm<{ reply: string; reason: ReturnReason; note: string }>({ initialValues: { reply: '', reason: 'NOT_OURS', note: '' } });
  if (!relay.viewerMayRespond || relay.status === 'RETURNED' || relay.status === 'REPLIED') return null;

  const run = async (a: Parameters<typeof answer>[1]) => {
    setAlert(null);
    try {
      await answer(relay, a);
      setMode(null);
      form.reset();
    } catch (error) {
      setAlert(placeError(form, error, t));
    }
  };

  return (
    <Stack gap="xs">
      <Group gap="xs">
        {relay.status === 'PENDING' && (
          <Button size="xs" variant="light" loading={answering} onClick={() => void run({ type: 'accept' })}>
            {t('accept')}
          </Button>
        )}
        <Button size="xs" variant={mode === 'reply' ? 'filled' : 'light'} onClick={() => setMode(mode === 'reply' ? null : 'reply')}>
          {t('reply')}
        </Button>
        <Button size="xs" color="gray" variant={mode === 'return' ? 'filled' : 'light'} onClick={() => setMode(mode === 'return' ? null : 'return')}>
          {t('return')}
        </Button>
      </Group>
      {mode === 'reply' && (
        <form onSubmit={form.onSubmit((v) => void run({ type: 'reply', reply: v.reply }))}>
          <Stack gap="xs">
            <Textarea label={t('replyLabel')} description={t('replyHint')} required autosize minRows={2} {...form.getInputProps('reply')} />
            <Group>
              <Button type="submit" size="xs" loading={answering}>
                {t('sendReply')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      {mode === 'return' && (
        <form onSubmit={form.onSubmit((v) => void run({ type: 'return', reason: v.reason, note: v.note.trim() || null }))}>
          <Stack gap="xs">
            <Select
              label={t('returnReasonLabel')}
              allowDeselect={false}
              data={(['NOT_OURS', 'CANNOT_HANDLE'] as const).map((value) => ({ value, label: t(`returnReason.${value}`) }))}
              {...form.getInputProps('reason')}
            />
            <Textarea label={t('returnNote')} autosize minRows={2} required={form.values.reason === 'CANNOT_HANDLE'} {...form.getInputProps('note')} />
            <Group>
              <Button type="submit" size="xs" color="gray" loading={answering}>
                {t('sendReturn')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      <FormAlert message={alert} />
    </Stack>
  );
}
