import { Alert, Button, Group, Radio, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { TEXT_LIMITS } from '@kefu/domain/tickets';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpChannel, PeerDepartment, RepairCategory, Severity, TicketDetailFragment } from '../../../gql/graphql';
import type { CommandArgs, StaffCommand, TransitionOutcome } from '../hooks/useTransitionTicket';
import { useStaffLookup } from '../hooks/useStaffLookup';
import { applyFieldErrors } from '../../ui/errors/graphql-errors';
import { SEVERITY_VALUES } from '../utils/ticket-filter-params';
import { LabelledSegments } from './LabelledSegments';

export type RunCommand = <C extends StaffCommand>(command: C, args: CommandArgs[C]) => Promise<TransitionOutcome>;

type Props = {
  command: StaffCommand;
  ticket: TicketDetailFragment;
  run: RunCommand;
  running: boolean;
  onClose: () => void;
};

const PEER_DEPARTMENTS = [
  'ENGINEERING',
  'PROPERTY',
  'LOGISTICS',
  'TECHNICAL',
  'LEASING',
  'MARKETING',
  'ADVERTISING',
  'FLOOR_MANAGER',
] as const satisfies readonly PeerDepartment[];
const REPAIR_CATEGORIES = ['SAFETY', 'LEAK', 'OTHER'] as const satisfies readonly RepairCategory[];
const FOLLOW_UP_CHANNELS = ['PHONE', 'ON_SITE'] as const satisfies readonly FollowUpChannel[];
const SATISFACTION = ['1', '2', '3', '4', '5'] as const;

const optional = (text: string): string | null => text.trim() || null;

/** The small form each command needs; every one sends the version the user is looking at. */
export function TicketCommandForm(props: Props) {
  switch (props.command) {
    case 'ASSIGN':
      return <AssignForm {...props} />;
    case 'RELAY':
      return <RelayForm {...props} />;
    case 'RESOLVE':
      return <ResolveForm {...props} />;
    case 'FOLLOW_UP':
      return <FollowUpForm {...props} />;
    case 'ESCALATE':
    case 'MARK_INVALID':
    case 'REOPEN':
      return <ReasonForm {...props} command={props.command} />;
    case 'START':
    case 'CLOSE':
      return <ConfirmForm {...props} command={props.command} />;
  }
}

/** Submits, then closes on success or a conflict (the page shows the reload), or maps field errors. */
function useCommandSubmit<V extends object>(form: UseFormReturnType<V>, onClose: () => void) {
  const [failure, setFailure] = useState<string | null>(null);
  const submitWith = (send: (values: V) => Promise<TransitionOutcome>) =>
    form.onSubmit(async (values) => {
      setFailure(null);
      const outcome = await send(values);
      if (outcome.ok || outcome.conflict) {
        onClose();
        return;
      }
      const unplaced = outcome.invalidInput ? applyFieldErrors(form, outcome.error) : [];
      if (!outcome.invalidInput || unplaced.length) setFailure(unplaced.map((issue) => issue.message).join(' ') || outcome.message);
    });
  return { failure, submitWith };
}

function FormShell({ children, failure, running, submitLabel, onClose, onSubmit }: {
  children: ReactNode;
  failure: string | null;
  running: boolean;
  submitLabel: string;
  onClose: () => void;
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
}) {
  const { t } = useTranslation('tickets');
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        {failure && <Alert color="red" role="alert" title={failure} />}
        {children}
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onClose}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" loading={running}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function AssignForm({ ticket, run, running, onClose }: Props) {
  const { t } = useTranslation('tickets');
  const [search, setSearch] = useState('');
  const { staff } = useStaffLookup(search);
  const form = useForm<{ assigneeId: string | null; severity: Severity | null }>({
    initialValues: { assigneeId: null, severity: null },
    validate: { assigneeId: (v) => (v ? null : t('intake.required')) },
  });
  const { failure, submitWith } = useCommandSubmit(form, onClose);
  const options = staff.filter((s) => s.id !== ticket.assignee?.id).map((s) => ({ value: s.id, label: `${s.name} (${s.employeeNo})` }));
  return (
    <FormShell
      failure={failure}
      running={running}
      submitLabel={t('action.ASSIGN')}
      onClose={onClose}
      onSubmit={submitWith((v) => run('ASSIGN', { assigneeId: v.assigneeId ?? '', severity: v.severity }))}
    >
      <Select
        data-autofocus
        label={t('action.fields.assignee')}
        placeholder={t('action.fields.assigneePlaceholder')}
        required
        searchable
        filter={({ options: all }) => all}
        searchValue={search}
        onSearchChange={setSearch}
        data={options}
        {...form.getInputProps('assigneeId')}
      />
      <Select
        label={t('action.fields.severity')}
        placeholder={t('action.fields.keepSeverity')}
        clearable
        data={SEVERITY_VALUES.map((value) => ({ value, label: t(`severity.${value}`) }))}
        {...form.getInputProps('severity')}
      />
    </FormShell>
  );
}

function RelayForm({ run, running, onClose }: Props) {
  const { t } = useTranslation('tickets');
  const form = useForm<{ department: PeerDepartment | null; note: string }>({
    initialValues: { department: null, note: '' },
    validate: { department: (v) => (v ? null : t('intake.required')) },
  });
  const { failure, submitWith } = useCommandSubmit(form, onClose);
  return (
    <FormShell
      failure={failure}
      running={running}
      submitLabel={t('action.RELAY')}
      onClose={onClose}
      onSubmit={submitWith((v) => run('RELAY', { department: v.department as PeerDepartment, note: optional(v.note) }))}
    >
      <Select
        data-autofocus
        label={t('action.fields.department')}
        required
        allowDeselect={false}
        data={PEER_DEPARTMENTS.map((value) => ({ value, label: t(`department.${value}`) }))}
        {...form.getInputProps('department')}
      />
      <Textarea label={t('action.fields.note')} autosize minRows={2} maxLength={TEXT_LIMITS.note} {...form.getInputProps('note')} />
    </FormShell>
  );
}

function ResolveForm({ ticket, run, running, onClose }: Props) {
  const { t } = useTranslation('tickets');
  const isRepair = ticket.kind === 'REPAIR';
  const form = useForm<{ resolution: string; repairCategory: RepairCategory | null; waterTestAt: string }>({
    initialValues: { resolution: '', repairCategory: ticket.repairCategory, waterTestAt: '' },
    validate: { resolution: (v) => (v.trim() ? null : t('intake.required')) },
  });
  const { failure, submitWith } = useCommandSubmit(form, onClose);
  return (
    <FormShell
      failure={failure}
      running={running}
      submitLabel={t('action.RESOLVE')}
      onClose={onClose}
      onSubmit={submitWith((v) =>
        run('RESOLVE', {
          resolution: v.resolution.trim(),
          repairCategory: isRepair ? v.repairCategory : null,
          waterTestAt: isRepair && v.repairCategory === 'LEAK' && v.waterTestAt ? new Date(v.waterTestAt).toISOString() : null,
        }),
      )}
    >
      <Textarea
        data-autofocus
        label={t('action.fields.resolution')}
        required
        autosize
        minRows={3}
        maxLength={TEXT_LIMITS.resolution}
        {...form.getInputProps('resolution')}
      />
      {isRepair && (
        <Select
          label={t('action.fields.repairCategory')}
          clearable
          data={REPAIR_CATEGORIES.map((value) => ({ value, label: t(`repairCategory.${value}`) }))}
          {...form.getInputProps('repairCategory')}
        />
      )}
      {isRepair && form.values.repairCategory === 'LEAK' && (
        <TextInput type="datetime-local" label={t('action.fields.waterTestAt')} {...form.getInputProps('waterTestAt')} />
      )}
    </FormShell>
  );
}

function FollowUpForm({ run, running, onClose }: Props) {
  const { t } = useTranslation('tickets');
  const form = useForm<{ channel: FollowUpChannel; satisfaction: string; note: string }>({
    initialValues: { channel: 'PHONE', satisfaction: '', note: '' },
    validate: { satisfaction: (v) => (v ? null : t('intake.required')) },
  });
  const { failure, submitWith } = useCommandSubmit(form, onClose);
  return (
    <FormShell
      failure={failure}
      running={running}
      submitLabel={t('action.FOLLOW_UP')}
      onClose={onClose}
      onSubmit={submitWith((v) => run('FOLLOW_UP', { channel: v.channel, satisfaction: Number(v.satisfaction), note: optional(v.note) }))}
    >
      <LabelledSegments
        label={t('action.fields.channel')}
        value={form.values.channel}
        data={FOLLOW_UP_CHANNELS.map((value) => ({ value, label: t(`followUpChannel.${value}`) }))}
        onChange={(channel) => form.setFieldValue('channel', channel)}
      />
      <Radio.Group label={t('action.fields.satisfaction')} description={t('action.fields.satisfactionHint')} required {...form.getInputProps('satisfaction')}>
        <Group gap="lg" mt={6}>
          {SATISFACTION.map((value) => (
            <Radio key={value} value={value} label={value} />
          ))}
        </Group>
      </Radio.Group>
      <Textarea label={t('action.fields.note')} autosize minRows={2} maxLength={TEXT_LIMITS.note} {...form.getInputProps('note')} />
    </FormShell>
  );
}

function ReasonForm({ command, run, running, onClose }: Props & { command: 'ESCALATE' | 'MARK_INVALID' | 'REOPEN' }) {
  const { t } = useTranslation('tickets');
  const form = useForm<{ reason: string }>({
    initialValues: { reason: '' },
    validate: { reason: (v) => (v.trim() ? null : t('intake.required')) },
  });
  const { failure, submitWith } = useCommandSubmit(form, onClose);
  return (
    <FormShell
      failure={failure}
      running={running}
      submitLabel={t(`action.${command}`)}
      onClose={onClose}
      onSubmit={submitWith((v) => run(command, { reason: v.reason.trim() }))}
    >
      <Textarea
        data-autofocus
        label={t('action.fields.reason')}
        required
        autosize
        minRows={2}
        maxLength={TEXT_LIMITS.reason}
        {...form.getInputProps('reason')}
      />
    </FormShell>
  );
}

function ConfirmForm({ command, run, running, onClose }: Props & { command: 'START' | 'CLOSE' }) {
  const { t } = useTranslation('tickets');
  const form = useForm({ initialValues: {} });
  const { failure, submitWith } = useCommandSubmit(form, onClose);
  return (
    <FormShell
      failure={failure}
      running={running}
      submitLabel={t(`action.${command}`)}
      onClose={onClose}
      onSubmit={submitWith(() => run(command, {}))}
    >
      <Text>{t(`action.confirmText.${command}`)}</Text>
    </FormShell>
  );
}
