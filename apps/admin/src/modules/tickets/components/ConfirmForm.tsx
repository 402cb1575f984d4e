import { Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useCommandSubmit } from '../hooks/useCommandSubmit';
import type { CommandFormProps } from '../utils/command-form';
import { CommandFormShell } from './CommandFormShell';

export function ConfirmForm({ command, run, running, onClose }: CommandFormProps & { command: 'TAKE' | 'START' | 'CLOSE' }) {
  const { t } = useTranslation('tickets');
  const form = useForm({ initialValues: {} });
  const { shell, submitWith } = useCommandSubmit(form, { running, onClose });
  return (
    <CommandFormShell
      {...shell}
      submitLabel={t(`action.${command}`)}
      onSubmit={submitWith(() => run(command, {}))}
    >
      <Text>{t(`action.confirmText.${command}`)}</Text>
    </CommandFormShell>
  );
}
