import { Alert, Button, Grid, Group, Paper, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useApolloClient } from '@apollo/client';
import { useForm } from '@mantine/form';
import { formatTicketNumber, INTAKE_LIMITS } from '@kefu/domain/tickets';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Channel, RepairCategory, Severity, TicketKind } from '../../../gql/graphql';
import { useViewer } from '../../auth/hooks/useViewer';
import { applyFieldErrors, errorReason, graphQLErrorsOf } from '../../ui/errors/graphql-errors';
import { notifySuccess } from '../../ui/errors/notify';
import { useFormatters } from '../../ui/format/useFormatters';
import { textLimitProps, withinLimit } from '../../ui/forms/text-limit';
import { UnsavedChangesDialog } from '../../ui/forms/UnsavedChangesDialog';
import { useUnsavedChangesGuard } from '../../ui/forms/useUnsavedChangesGuard';
import { REQUESTERS_QUERY } from '../graphql/queries/requesters.query';
import { useCreateTicket } from '../hooks/useCreateTicket';
import { SEVERITY_VALUES, TICKET_KIND_VALUES } from '../utils/ticket-filter-params';
import { SUBJECT_FIELDS, toSubjectInput, type SubjectValue } from '../utils/complaint-subject';
import { ComplaintSubjectPicker } from './ComplaintSubjectPicker';
import { DeadlinePreview } from './DeadlinePreview';
import { LabelledSegments } from './LabelledSegments';
import { NewCallerFields, type NewCaller, type OfferedRequester } from './NewCallerFields';
import { RequesterPicker, type PickedRequester } from './RequesterPicker';
import { ticketPath } from './TicketQueue';

/** Staff register calls, visits and letters; the portal channel is the requester's own. */
const INTAKE_CHANNELS = ['PHONE', 'WALK_IN', 'LETTER'] as const satisfies readonly Channel[];
const REPAIR_CATEGORIES = ['SAFETY', 'LEAK', 'OTHER'] as const satisfies readonly RepairCategory[];
/** Least severe first: most calls are minor, and the control reads left to right. */
const SEVERITY_ORDER = [...SEVERITY_VALUES].reverse() as Severity[];

type IntakeValues = {
  requester: PickedRequester | null;
  /** Set while the clerk registers a caller not on file, instead of picking one. */
  newCaller: NewCaller | null;
  channel: Channel;
  kind: TicketKind;
  severity: Severity;
  title: string;
  description: string;
  location: string;
  repairCategory: RepairCategory | null;
  requestedBy: string;
  /** Complaints: who it is about. */
  subject: SubjectValue | null;
};

/** The gateway names the requester by id; the form holds the picked record. */
const FORM_FIELD: Record<string, string> = {
  requesterId: 'requester',
  requesterKind: 'requester',
  'newRequester.name': 'newCaller.name',
  'newRequester.phone': 'newCaller.phone',
  ...SUBJECT_FIELDS,
};

export function TicketIntakeForm() {
  const { t } = useTranslation('tickets');
  const navigate = useNavigate();
  const { createTicket, saving } = useCreateTicket();
  const [failure, setFailure] = useState<string | null>(null);
  const [offered, setOffered] = useState<OfferedRequester | null>(null);
  const apollo = useApolloClient();
  const { can } = useViewer();
  // The requester's deadline is typed on the mall's clock, whatever the device's.
  const { fromInput: toInstant, zoneNote } = useFormatters();

  const form = useForm<IntakeValues>({
    mode: 'controlled',
    // Over the limit says so while typing, not only on save.
    validateInputOnChange: ['title', 'description', 'location'],
    initialValues: {
      requester: null,
      newCaller: null,
      channel: 'PHONE',
      kind: 'COMPLAINT',
      severity: 'MINOR',
      title: '',
      description: '',
      location: '',
      repairCategory: null,
      requestedBy: '',
      subject: null,
    },
    validate: {
      requester: (value, all) => (value || all.newCaller ? null : t('intake.chooseRequester')),
      title: (value) => (value.trim() ? withinLimit(INTAKE_LIMITS.title, t)(value) : t('intake.required')),
      description: (value) => (value.trim() ? withinLimit(INTAKE_LIMITS.description, t)(value) : t('intake.required')),
      location: withinLimit(INTAKE_LIMITS.location, t),
    },
  });
  const { values } = form;
  const { blocker, allowLeaving } = useUnsavedChangesGuard(form.isDirty());

  const submit = form.onSubmit(async (v) => {
    if (saving || !(v.requester || v.newCaller)) return;
    setFailure(null);
    setOffered(null);
    const outcome = await createTicket({
      ...(v.newCaller
        ? { newRequester: { kind: 'CUSTOMER', name: v.newCaller.name.trim() || null, phone: v.newCaller.phone.trim() || null } }
        : { requesterId: v.requester!.id }),
      channel: v.channel,
      kind: v.kind,
      severity: v.severity,
      title: v.title.trim(),
      description: v.description.trim(),
      location: v.location.trim() || null,
      repairCategory: v.kind === 'REPAIR' ? v.repairCategory : null,
      requestedBy: toInstant(v.requestedBy),
      subject: v.kind === 'COMPLAINT' ? toSubjectInput(v.subject) : null,
    });
    if (outcome.ok) {
      allowLeaving();
      notifySuccess(t('intake.saved', { number: formatTicketNumber(outcome.ticket.number) }), t);
      void navigate(ticketPath(outcome.ticket.id));
      return;
    }
    if (v.newCaller && errorReason(outcome.error) === 'REQUESTER.DUPLICATE') {
      const details = graphQLErrorsOf(outcome.error)[0]?.extensions?.details as { existingId?: string; value?: string } | undefined;
      setOffered({ existingId: details?.existingId ?? '', message: outcome.message, searchFor: details?.value ?? '' });
      return;
    }
    const unplaced = outcome.invalidInput ? applyFieldErrors(form, outcome.error, FORM_FIELD) : [];
    setFailure(outcome.invalidInput && unplaced.length === 0 ? t('intake.fixErrors') : [outcome.message, ...unplaced.map((i) => i.message)].join(' '));
  });

  /** "Use this one": the file on record replaces the new caller, and the same submit goes on. */
  const takeOffered = async () => {
    if (!offered) return;
    const { data } = await apollo.query({ query: REQUESTERS_QUERY, variables: { search: offered.searchFor, first: 10 } });
    const existing = data.requesters.find((r) => r.id === offered.existingId);
    if (!existing) return;
    form.setFieldValue('newCaller', null);
    form.setFieldValue('requester', existing);
    setOffered(null);
  };

  // Ctrl/⌘+Enter saves from the multi-line field, where Enter itself starts a new line.
  const submitOnModEnter = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="intake-title">
      <UnsavedChangesDialog blocker={blocker} />
      <Stack gap="md">
        <div>
          <Title order={1} size="h2" id="intake-title">
            {t('intake.title')}
          </Title>
          <Text c="gray.7" size="sm">
            {t('intake.subtitle')}
          </Text>
        </div>
        {failure && <Alert color="red" role="alert" title={failure} />}
        <Grid gutter="lg">
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Paper withBorder p="md" radius="md">
              <Stack gap="sm">
                {values.newCaller ? (
                  <NewCallerFields
                    value={values.newCaller}
                    errors={{ name: form.errors['newCaller.name'], phone: form.errors['newCaller.phone'] }}
                    onChange={(caller) => {
                      form.setFieldValue('newCaller', caller);
                      setOffered(null);
                    }}
                    onSearchInstead={() => {
                      form.setFieldValue('newCaller', null);
                      setOffered(null);
                    }}
                    offered={offered}
                    onUseOffered={() => void takeOffered()}
                  />
                ) : (
                  <Stack gap={4}>
                    <RequesterPicker
                      autoFocus
                      value={values.requester}
                      error={form.errors.requester}
                      onChange={(requester) => {
                        form.setFieldValue('requester', requester);
                        if (requester?.shopUnit && !values.location.trim()) form.setFieldValue('location', requester.shopUnit);
                      }}
                    />
                    {can('REQUESTER_CREATE') && (
                      <Group justify="flex-end">
                        <Button
                          variant="subtle"
                          size="compact-sm"
                          onClick={() => {
                            form.setFieldValue('requester', null);
                            form.clearFieldError('requester');
                            form.setFieldValue('newCaller', { name: '', phone: '' });
                          }}
                        >
                          {t('intake.newCaller.open')}
                        </Button>
                      </Group>
                    )}
                  </Stack>
                )}
                <Grid gutter="sm">
                  <Grid.Col span={{ base: 12, sm: 6 }}>
                    <LabelledSegments
                      label={t('intake.channel')}
                      value={values.channel}
                      data={INTAKE_CHANNELS.map((value) => ({ value, label: t(`channel.${value}`) }))}
                      onChange={(channel) => form.setFieldValue('channel', channel)}
                      error={form.errors.channel as string | undefined}
                    />
                  </Grid.Col>
                  <Grid.Col span={{ base: 12, sm: 6 }}>
                    <LabelledSegments
                      label={t('intake.severity')}
                      value={values.severity}
                      data={SEVERITY_ORDER.map((value) => ({ value, label: t(`severity.${value}`) }))}
                      onChange={(severity) => form.setFieldValue('severity', severity)}
                      error={form.errors.severity as string | undefined}
                    />
                  </Grid.Col>
                </Grid>
                <Select
                  label={t('intake.kind')}
                  data={TICKET_KIND_VALUES.map((value) => ({ value, label: t(`kind.${value}`) }))}
                  allowDeselect={false}
                  {...form.getInputProps('kind')}
                  onChange={(kind) => kind && form.setFieldValue('kind', kind as TicketKind)}
                />
                {values.kind === 'REPAIR' && (
                  <Select
                    label={t('intake.repairCategory')}
                    data={REPAIR_CATEGORIES.map((value) => ({ value, label: t(`repairCategory.${value}`) }))}
                    clearable
                    {...form.getInputProps('repairCategory')}
                  />
                )}
                {values.kind === 'COMPLAINT' && (
                  <ComplaintSubjectPicker
                    value={values.subject}
                    onChange={(subject) => form.setFieldValue('subject', subject)}
                    error={form.errors.subject as string | undefined}
                  />
                )}
                <TextInput
                  label={t('intake.titleLabel')}
                  placeholder={t('intake.titlePlaceholder')}
                  required
                  {...form.getInputProps('title')}
                  {...textLimitProps(values.title, INTAKE_LIMITS.title, t)}
                />
                <Textarea
                  label={t('intake.description')}
                  placeholder={t('intake.descriptionPlaceholder')}
                  required
                  autosize
                  minRows={3}
                  maxRows={8}
                  onKeyDown={submitOnModEnter}
                  {...form.getInputProps('description')}
                  {...textLimitProps(values.description, INTAKE_LIMITS.description, t)}
                />
                <Grid gutter="sm">
                  <Grid.Col span={{ base: 12, sm: 6 }}>
                    <TextInput
                      label={t('intake.location')}
                      placeholder={t('intake.locationPlaceholder')}
                      {...form.getInputProps('location')}
                      {...textLimitProps(values.location, INTAKE_LIMITS.location, t)}
                    />
                  </Grid.Col>
                  <Grid.Col span={{ base: 12, sm: 6 }}>
                    <TextInput
                      type="datetime-local"
                      label={t('intake.requestedBy')}
                      description={zoneNote ? `${t('intake.requestedByHint')} · ${t('intake.siteClock', { zone: zoneNote })}` : t('intake.requestedByHint')}
                      {...form.getInputProps('requestedBy')}
                    />
                  </Grid.Col>
                </Grid>
                <Group justify="flex-end" mt="xs">
                  <Button component={Link} to="/tickets" variant="default">
                    {t('intake.cancel')}
                  </Button>
                  <Button type="submit" loading={saving}>
                    {t('intake.submit')}
                  </Button>
                </Group>
              </Stack>
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <DeadlinePreview severity={values.severity} requestedBy={toInstant(values.requestedBy)} />
          </Grid.Col>
        </Grid>
      </Stack>
    </form>
  );
}
