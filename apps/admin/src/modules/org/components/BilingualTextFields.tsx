import { ActionIcon, Button, Group, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { textLimitProps } from '../../ui/forms/text-limit';
import { emptyText, type JobDescriptionValues } from '../utils/job-description-values';

type Form = UseFormReturnType<JobDescriptionValues>;
type Limit = { zh: number; en: number };

/** The value at a dotted form path (`duties.0.function`). */
const at = (values: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((cursor, key) => (cursor as Record<string, unknown> | undefined)?.[key], values);

/** One text in both languages, side by side (stacked on a phone), each with its length counter. */
export function BilingualTextFields({ form, path, label, limit, multiline = false }: { form: Form; path: string; label: string; limit: Limit; multiline?: boolean }) {
  const { t } = useTranslation('org');
  const value = (at(form.values, path) as { zh: string; en: string } | undefined) ?? emptyText();
  const Input = multiline ? Textarea : TextInput;
  const extra = multiline ? { autosize: true, minRows: 2 } : {};
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" style={{ flex: 1 }}>
      <Input label={t('jd.inZh', { label })} required {...extra} {...form.getInputProps(`${path}.zh`)} {...textLimitProps(value.zh, limit.zh, t)} />
      <Input label={t('jd.inEn', { label })} required {...extra} {...form.getInputProps(`${path}.en`)} {...textLimitProps(value.en, limit.en, t)} />
    </SimpleGrid>
  );
}

/** A list of bilingual lines (KPIs, duties under a heading, knowledge, skills): add, edit, remove. */
export function BilingualTextList({ form, path, label, limit, max }: { form: Form; path: string; label: string; limit: Limit; max: number }) {
  const { t } = useTranslation('org');
  const items = (at(form.values, path) as unknown[] | undefined) ?? [];
  return (
    <Stack gap="xs">
      {items.length === 0 ? (
        <Text size="sm" c="gray.7">
          {t('jd.emptyList', { label })}
        </Text>
      ) : null}
      {items.map((_, i) => (
        <Group key={i} align="flex-start" wrap="nowrap" gap="xs">
          <BilingualTextFields form={form} path={`${path}.${i}`} label={`${label} ${i + 1}`} limit={limit} />
          <ActionIcon variant="subtle" color="red" mt={28} aria-label={t('jd.remove', { label: `${label} ${i + 1}` })} onClick={() => form.removeListItem(path, i)}>
            ×
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button size="xs" variant="light" disabled={items.length >= max} onClick={() => form.insertListItem(path, emptyText())}>
          {t('jd.add', { label })}
        </Button>
      </Group>
    </Stack>
  );
}
