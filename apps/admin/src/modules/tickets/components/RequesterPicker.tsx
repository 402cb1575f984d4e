import { Group, Select, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequesterLookupQuery } from '../../../gql/graphql';
import { useRequesterSearch } from '../hooks/useRequesterSearch';
import { requesterLabel } from '../utils/requester-label';

export type PickedRequester = RequesterLookupQuery['requesters'][number];

type Props = {
  value: PickedRequester | null;
  onChange: (requester: PickedRequester | null) => void;
  error?: ReactNode;
  autoFocus?: boolean;
  /** Leaving it empty is allowed (an anonymous caller in the reception log). */
  optional?: boolean;
};

/** Merchant, owner or customer lookup, asked of the gateway as the clerk types. */
export function RequesterPicker({ value, onChange, error, autoFocus, optional = false }: Props) {
  const { t } = useTranslation('tickets');
  const [search, setSearch] = useState('');
  const { requesters, searching } = useRequesterSearch(value && search === requesterLabel(value) ? '' : search);
  const found = value && !requesters.some((r) => r.id === value.id) ? [value, ...requesters] : requesters;
  const byId = new Map(found.map((r) => [r.id, r]));

  return (
    <Select
      autoFocus={autoFocus}
      label={t('intake.requester')}
      placeholder={t('intake.requesterPlaceholder')}
      required={!optional}
      withAsterisk={!optional}
      searchable
      clearable
      data={found.map((r) => ({ value: r.id, label: requesterLabel(r) }))}
      value={value?.id ?? null}
      searchValue={search}
      onSearchChange={setSearch}
      // The gateway already matched name, shop, unit and phone; matching the label again would hide phone hits.
      filter={({ options }) => options}
      nothingFoundMessage={search.trim() ? (searching ? t('intake.requesterSearching') : t('intake.requesterNothing')) : undefined}
      onChange={(id) => onChange(id ? (byId.get(id) ?? null) : null)}
      renderOption={({ option }) => {
        const r = byId.get(option.value);
        return (
          <Group gap="xs" wrap="nowrap">
            <div>
              <Text size="sm">{option.label}</Text>
              {r && (
                <Text size="xs" c="gray.7">
                  {t(`requesterKind.${r.kind}`)}
                  {r.phone ? ` · ${r.phone}` : ''}
                </Text>
              )}
            </div>
          </Group>
        );
      }}
      error={error}
    />
  );
}
