import { Select, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintSubjectKind } from '../../../gql/graphql';
import { useComplaintSubjectOptions } from '../hooks/useComplaintSubjectOptions';
import { PEER_DEPARTMENT_VALUES, SUBJECT_KINDS, type SubjectValue } from '../utils/complaint-subject';
import { LabelledSegments } from './LabelledSegments';

type Props = { value: SubjectValue | null; onChange: (value: SubjectValue | null) => void; error?: string | undefined };

/** Who a complaint is about (被投诉人及被投诉部门): a person, a position, a unit or another department. */
export function ComplaintSubjectPicker({ value, onChange, error }: Props) {
  const { t, i18n } = useTranslation('tickets');
  const { people, positions, units, loading, load } = useComplaintSubjectOptions();
  // A subject already picked needs its label at once.
  const picked = Boolean(value?.ref);
  useEffect(() => {
    if (picked) void load();
  }, [picked, load]);
  const text = (x: { zh: string; en: string }) => (i18n.language.startsWith('en') ? x.en : x.zh);
  const kind = value?.kind ?? 'STAFF';
  const options: { value: string; label: string }[] =
    kind === 'STAFF'
      ? people.map((p) => ({ value: p.id, label: `${p.name} · ${text(p.positionTitle)}${p.acting ? t('subject.acting') : ''}` }))
      : kind === 'POSITION'
        ? positions.map((p) => ({ value: p.id, label: text(p.title) }))
        : kind === 'UNIT'
          ? units.map((u) => ({ value: u.code, label: text(u.name) }))
          : PEER_DEPARTMENT_VALUES.map((d) => ({ value: d, label: t(`department.${d}`) }));
  return (
    <Stack gap={6}>
      <LabelledSegments
        label={t('subject.label')}
        value={kind}
        data={SUBJECT_KINDS.map((k) => ({ value: k, label: t(`subject.kind.${k}`) }))}
        onChange={(next: ComplaintSubjectKind) => onChange({ kind: next, ref: null })}
      />
      <Select
        aria-label={t(`subject.pick.${kind}`)}
        placeholder={loading ? t('subject.loading') : t(`subject.pick.${kind}`)}
        data={options}
        searchable
        clearable
        onDropdownOpen={() => void load()}
        nothingFoundMessage={t('subject.nothing')}
        value={value?.ref ?? null}
        onChange={(ref) => onChange({ kind, ref })}
        error={error}
      />
      <Text size="xs" c="gray.7">
        {t('subject.hint')}
      </Text>
    </Stack>
  );
}
