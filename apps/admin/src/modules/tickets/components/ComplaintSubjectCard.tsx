import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketDetailFragment } from '../../../gql/graphql';
import { useViewer } from '../../auth/hooks/useViewer';
import { useSetTicketSubject } from '../hooks/useSetTicketSubject';
import { toSubjectInput, type SubjectValue } from '../utils/complaint-subject';
import { ComplaintSubjectPicker } from './ComplaintSubjectPicker';

type Subject = NonNullable<TicketDetailFragment['subject']>;

const valueOf = (subject: Subject | null): SubjectValue | null => {
  if (!subject) return null;
  const ref = subject.staff?.id ?? subject.position?.id ?? subject.unit?.code ?? subject.department ?? null;
  return { kind: subject.kind, ref };
};

/** A complaint's subject on its page (被投诉人及被投诉部门), corrected in place by those who may work it. */
export function ComplaintSubjectCard({ ticket }: { ticket: TicketDetailFragment }) {
  const { t, i18n } = useTranslation('tickets');
  const { can } = useViewer();
  const [editing, setEditing] = useState<SubjectValue | null | undefined>(undefined);
  const { save, saving } = useSetTicketSubject(ticket);
  const text = (x: { zh: string; en: string }) => (i18n.language.startsWith('en') ? x.en : x.zh);
  const subject = ticket.subject;
  const shown = !subject
    ? t('subject.none')
    : subject.staff
      ? t('subject.staffValue', { name: subject.staff.name, no: subject.staff.employeeNo })
      : subject.position
        ? text(subject.position.title)
        : subject.unit
          ? text(subject.unit.name)
          : subject.department
            ? t(`department.${subject.department}`)
            : t('subject.none');
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="ticket-subject-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h5" id="ticket-subject-title">
          {t('subject.label')}
        </Title>
        {editing === undefined && can('TICKET_SET_SUBJECT') && (
          <Button variant="subtle" size="compact-sm" onClick={() => setEditing(valueOf(subject ?? null))}>
            {subject ? t('subject.edit') : t('subject.add')}
          </Button>
        )}
      </Group>
      {editing === undefined ? (
        <Stack gap={2}>
          {subject && (
            <Text size="xs" c="gray.7">
              {t(`subject.kind.${subject.kind}`)}
            </Text>
          )}
          <Text size="sm">{shown}</Text>
        </Stack>
      ) : (
        <Stack gap="sm">
          <ComplaintSubjectPicker value={editing} onChange={setEditing} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" size="compact-sm" onClick={() => setEditing(undefined)}>
              {t('subject.cancel')}
            </Button>
            <Button
              size="compact-sm"
              loading={saving}
              onClick={() => void save(toSubjectInput(editing)).then((ok) => ok && setEditing(undefined))}
            >
              {t('subject.save')}
            </Button>
          </Group>
        </Stack>
      )}
    </Paper>
  );
}
