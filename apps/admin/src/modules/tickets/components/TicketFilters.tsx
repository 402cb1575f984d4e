import { Button, Checkbox, Collapse, Group, MultiSelect, Paper, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useDebouncedCallback, useMediaQuery } from '@mantine/hooks';
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Severity, TicketKind, TicketStatus } from '../../../gql/graphql';
import { useRequesterSearch } from '../hooks/useRequesterSearch';
import { useStaffLookup } from '../hooks/useStaffLookup';
import { useTicketUnits } from '../hooks/useTicketUnits';
import { requesterLabel } from '../utils/requester-label';
import {
  EMPTY_DESK_FILTER,
  SEVERITY_VALUES,
  sameDeskFilter,
  TICKET_KIND_VALUES,
  TICKET_STATUS_VALUES,
  type DeskFilter,
} from '../utils/ticket-filter-params';

type Props = {
  filter: DeskFilter;
  onChange: (patch: Partial<DeskFilter>) => void;
  onClear: () => void;
};

type Option = { value: string; label: string };

/** Keeps the chosen option listed while the lookup shows other matches, so its label stays visible. */
const withSelected = (options: Option[], selected: Option | null): Option[] =>
  selected && !options.some((o) => o.value === selected.value) ? [selected, ...options] : options;

export function TicketFilters({ filter, onChange, onClear }: Props) {
  const { t, i18n } = useTranslation('tickets');
  const [text, setText] = useState(filter.text);
  const commitText = useDebouncedCallback((value: string) => onChange({ text: value }), 350);
  // A view or "clear" replaces the URL: the box follows it.
  useEffect(() => setText(filter.text), [filter.text]);

  const [assigneeSearch, setAssigneeSearch] = useState('');
  const [assignee, setAssignee] = useState<Option | null>(null);
  const { staff } = useStaffLookup(assigneeSearch);
  const assigneeOptions = withSelected(
    staff.map((s) => ({ value: s.id, label: `${s.name} (${s.employeeNo})` })),
    assignee && assignee.value === filter.assigneeId ? assignee : null,
  );

  const [requesterSearch, setRequesterSearch] = useState('');
  const [requester, setRequester] = useState<Option | null>(null);
  const { requesters } = useRequesterSearch(requesterSearch);
  const requesterOptions = withSelected(
    requesters.map((r) => ({ value: r.id, label: requesterLabel(r) })),
    requester && requester.value === filter.requesterId ? requester : null,
  );

  const units = useTicketUnits();
  const english = i18n.language.startsWith('en');
  const unitOptions = useMemo(() => units.map((u) => ({ value: u.id, label: english ? u.name.en : u.name.zh })), [units, english]);

  const statusOptions = TICKET_STATUS_VALUES.map((value) => ({ value, label: t(`status.${value}`) }));
  const kindOptions = TICKET_KIND_VALUES.map((value) => ({ value, label: t(`kind.${value}`) }));
  const severityOptions = SEVERITY_VALUES.map((value) => ({ value, label: t(`severity.${value}`) }));
  const isEmpty = sameDeskFilter(filter, EMPTY_DESK_FILTER);
  // On a phone the queue comes first: the filters beyond the search box fold away.
  const narrow = useMediaQuery('(max-width: 48em)');
  const [moreOpen, setMoreOpen] = useState(false);
  const moreId = useId();
  const { statuses, kinds, severities, overdue, unassigned, assigneeId, unitId, requesterId, newToStaff, reopened } = filter;
  const setCount = [statuses.length, kinds.length, severities.length, overdue, unassigned, assigneeId, unitId, requesterId, newToStaff, reopened].filter(Boolean).length;

  const search = (
    <TextInput
      type="search"
      label={t('filters.text')}
      placeholder={t('filters.textPlaceholder')}
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        commitText(event.currentTarget.value);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') onChange({ text });
      }}
    />
  );
  const fields = (
    <>
      <MultiSelect
        label={t('filters.status')}
        placeholder={filter.statuses.length ? undefined : t('filters.any')}
        data={statusOptions}
        value={filter.statuses}
        onChange={(value) => onChange({ statuses: value as TicketStatus[] })}
        clearable
      />
      <MultiSelect
        label={t('filters.kind')}
        placeholder={filter.kinds.length ? undefined : t('filters.any')}
        data={kindOptions}
        value={filter.kinds}
        onChange={(value) => onChange({ kinds: value as TicketKind[] })}
        clearable
      />
      <MultiSelect
        label={t('filters.severity')}
        placeholder={filter.severities.length ? undefined : t('filters.any')}
        data={severityOptions}
        value={filter.severities}
        onChange={(value) => onChange({ severities: value as Severity[] })}
        clearable
      />
      <Select
        label={t('filters.assignee')}
        placeholder={t('filters.assigneePlaceholder')}
        data={assigneeOptions}
        value={filter.assigneeId}
        searchable
        clearable
        filter={({ options }) => options}
        searchValue={assigneeSearch}
        onSearchChange={setAssigneeSearch}
        onChange={(value, option) => {
          setAssignee(value ? option : null);
          onChange({ assigneeId: value, unassigned: value ? false : filter.unassigned });
        }}
      />
      <Select
        label={t('filters.unit')}
        placeholder={t('filters.unitPlaceholder')}
        data={unitOptions}
        value={filter.unitId}
        clearable
        onChange={(value) => onChange({ unitId: value })}
      />
      <Select
        label={t('filters.requester')}
        placeholder={t('filters.requesterPlaceholder')}
        data={requesterOptions}
        value={filter.requesterId}
        searchable
        clearable
        filter={({ options }) => options}
        searchValue={requesterSearch}
        onSearchChange={setRequesterSearch}
        onChange={(value, option) => {
          setRequester(value ? option : null);
          onChange({ requesterId: value });
        }}
      />
      <Group gap="md" align="flex-end" pb={6}>
        <Checkbox label={t('filters.overdue')} checked={filter.overdue} onChange={(e) => onChange({ overdue: e.currentTarget.checked })} />
        <Checkbox label={t('filters.newToStaff')} checked={filter.newToStaff} onChange={(e) => onChange({ newToStaff: e.currentTarget.checked })} />
        <Checkbox label={t('filters.reopened')} checked={filter.reopened} onChange={(e) => onChange({ reopened: e.currentTarget.checked })} />
        <Checkbox
          label={t('filters.unassigned')}
          checked={filter.unassigned}
          onChange={(e) => onChange({ unassigned: e.currentTarget.checked, assigneeId: e.currentTarget.checked ? null : filter.assigneeId })}
        />
        <Button variant="subtle" size="compact-sm" onClick={onClear} disabled={isEmpty}>
          {t('filters.clear')}
        </Button>
      </Group>
    </>
  );

  return (
    <Paper withBorder p="sm" radius="md" component="section" aria-label={t('filters.label')}>
      {narrow ? (
        <Stack gap="xs">
          {search}
          <Button variant="default" size="compact-md" onClick={() => setMoreOpen((open) => !open)} aria-expanded={moreOpen} aria-controls={moreId}>
            {setCount ? t('filters.moreActive', { count: setCount }) : t('filters.more')}
          </Button>
          <Collapse in={moreOpen} id={moreId}>
            <Stack gap="xs">{fields}</Stack>
          </Collapse>
        </Stack>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm" verticalSpacing="xs">
          {search}
          {fields}
        </SimpleGrid>
      )}
    </Paper>
  );
}
