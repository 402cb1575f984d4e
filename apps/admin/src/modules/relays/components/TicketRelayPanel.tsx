import { Button, Group, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@apollo/client';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../ui/components/FormAlert';
import { placeError } from '../../ui/errors/graphql-errors';
import { useLocalized } from '../../ui/format/localized-text';
import { TicketRelaysQuery } from '../graphql/queries/ticket-relays.query';
import { useRelayPermissions } from '../hooks/useRelayPermissions';
import { useRelayTicket } from '../hooks/useRelayTicket';
import { RelayCard } from './RelayCard';

/**
 * The relay panel of a ticket's detail: its relays to other departments with their answers, and
 * a form to relay it. After a return as not ours, the next relay corrects it (counted for
 * 信息传递准确率).
 */
export function TicketRelayPanel({ ticketId, open }: { ticketId: string; open: boolean }) {
  const { t } = useTranslation('relays');
  const localized = useLocalized();
  const { canRelay } = useRelayPermissions();
  const { data } = useQuery(TicketRelaysQuery, { variables: { id: ticketId } });
  const { departments, relay, relaying } = useRelayTicket();
  const [alert, setAlert] = useState<string | null>(null);
  const form = useForm<{ departmentId: string | null; ask: string }>({ initialValues: { departmentId: null, ask: '' } });
  const ticket = data?.ticket;
  if (!ticket) return null;
  const misrouted = [...ticket.relays].reverse().find((r) => r.status === 'RETURNED' && r.returnReason === 'NOT_OURS');
  const corrected = misrouted && ticket.relays.some((r) => r.correctsRelayId === misrouted.id);
  const correcting = misrouted && !corrected ? misrouted : null;
  const chosen = departments.find((d) => d.id === form.values.departmentId);

  const submit = form.onSubmit(async (v) => {
    setAlert(null);
    try {
      await relay({ ticketId, version: ticket.version, departmentId: v.departmentId ?? '', ask: v.ask, correctsRelayId: correcting?.id ?? null });
      form.reset();
    } catch (error) {
      setAlert(placeError(form, error, t));
    }
  });

  return (
    <Stack gap="sm" component="section" aria-label={t('panelTitle')}>
      <Title order={3} size="h5">
        {t('panelTitle')}
      </Title>
      {ticket.relays.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('none')}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} style={{ listStyle: 'none' }}>
          {ticket.relays.map((r) => (
            <RelayCard key={r.id} relay={r} showTicket={false} />
          ))}
        </Stack>
      )}
      {canRelay && open && (
        <form onSubmit={submit}>
          <Stack gap="xs">
            {correcting && (
              <Text size="sm" c="orange">
                {t('correcting', { department: localized(correcting.department.name) })}
              </Text>
            )}
            <Select
              label={t('department')}
              required
              allowDeselect={false}
              data={departments.map((d) => ({ value: d.id, label: localized(d.name) }))}
              {...form.getInputProps('departmentId')}
            />
            {chosen && chosen.contacts.length > 0 && (
              <Text size="xs" c="dimmed">
                {t('contacts', { contacts: chosen.contacts.map((c) => [c.name, c.role, c.phone].filter(Boolean).join(' ')).join('；') })}
              </Text>
            )}
            <Textarea label={t('ask')} description={t('askHint')} required autosize minRows={2} {...form.getInputProps('ask')} />
            <Group>
              <Button type="submit" loading={relaying}>
                {t('relay')}
              </Button>
            </Group>
            <FormAlert message={alert} />
          </Stack>
        </form>
      )}
    </Stack>
  );
}
