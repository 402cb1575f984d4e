import { ActionIcon, Alert, Button, Group, SegmentedControl, Select, SimpleGrid, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { REQUESTER_LIMITS } from '@kefu/domain/requesters';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MerchantStatus, RequesterFileFieldsFragment, RequesterInput, RequesterKind } from '../../../gql/graphql';
import { FormAlert } from '../../ui/components/FormAlert';
import { errorMessage, errorReason, graphQLErrorsOf, placeError } from '../../ui/errors/graphql-errors';
import { useNotify } from '../../ui/errors/useNotify';
import { useSaveRequester } from '../hooks/useSaveRequester';

type Values = {
  kind: RequesterKind;
  name: string;
  phone: string;
  shopName: string;
  units: string[];
  businessCategory: string;
  contractStartsOn: string;
  contractEndsOn: string;
  status: MerchantStatus;
  contacts: { name: string; role: string; phone: string }[];
};

const KINDS: RequesterKind[] = ['MERCHANT', 'OWNER', 'CUSTOMER'];
const STATUSES: MerchantStatus[] = ['OPEN', 'CLOSING', 'LEFT'];

const toValues = (file: RequesterFileFieldsFragment | null): Values => ({
  kind: file?.kind ?? 'MERCHANT',
  name: file?.name ?? '',
  phone: file?.phone ?? '',
  shopName: file?.shopName ?? '',
  units: file?.units ?? [],
  businessCategory: file?.businessCategory ?? '',
  contractStartsOn: (file?.contractStartsOn as string | null | undefined) ?? '',
  contractEndsOn: (file?.contractEndsOn as string | null | undefined) ?? '',
  status: file?.status ?? 'OPEN',
  contacts: file?.contacts.map((c) => ({ name: c.name, role: c.role, phone: c.phone ?? '' })) ?? [],
});

const blank = (value: string) => value.trim() || null;
const toInput = (v: Values): RequesterInput => ({
  kind: v.kind,
  name: blank(v.name),
  phone: blank(v.phone),
  shopName: blank(v.shopName),
  units: v.units,
  businessCategory: blank(v.businessCategory),
  contractStartsOn: blank(v.contractStartsOn),
  contractEndsOn: blank(v.contractEndsOn),
  status: v.kind === 'MERCHANT' ? v.status : null,
  contacts: v.contacts.map((c) => ({ name: c.name, role: blank(c.role), phone: blank(c.phone) })),
});

type Duplicate = { message: string; existingId: string };
type Props = { file: RequesterFileFieldsFragment | null; onDone: (saved: RequesterFileFieldsFragment | null) => void; onOpen: (file: RequesterFileFieldsFragment) => void };

/**
 * A requester's file, new or existing. Fields follow the kind; the gateway's field errors land
 * on their inputs, and a duplicate answer offers the existing file instead.
 */
export function RequesterForm({ file, onDone, onOpen }: Props) {
  const { t } = useTranslation('requesters');
  const notify = useNotify();
  const { save, load, saving } = useSaveRequester();
  const [failure, setFailure] = useState<string | null>(null);
  const [duplicate, setDuplicate] = useState<Duplicate | null>(null);
  const form = useForm<Values>({ initialValues: toValues(file) });
  const { kind } = form.getValues();
  const merchant = kind === 'MERCHANT';

  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    setDuplicate(null);
    try {
      const saved = await save(file?.id ?? null, toInput(values));
      notify.success(t('form.saved', { name: saved?.shopName || saved?.name || t('anonymous') }));
      onDone(saved);
    } catch (error) {
      if (errorReason(error) === 'REQUESTER.DUPLICATE') {
        const details = graphQLErrorsOf(error)[0]?.extensions?.details as { existingId?: string } | undefined;
        setDuplicate({ message: errorMessage(error, t), existingId: details?.existingId ?? '' });
        return;
      }
      setFailure(placeError(form, error, t));
    }
  });

  const openExisting = async () => {
    if (!duplicate) return;
    const existing = await load(duplicate.existingId);
    if (existing) onOpen(existing);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormAlert message={failure} />
        {duplicate ? (
          <Alert color="blue" title={t('form.duplicate')} role="alert" variant="light">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{duplicate.message}</Text>
              <Button size="compact-sm" variant="light" onClick={() => void openExisting()}>
                {t('form.useExisting')}
              </Button>
            </Stack>
          </Alert>
        ) : null}
        <SegmentedControl
          aria-label={t('fields.kind')}
          data={KINDS.map((value) => ({ value, label: t(`kind.${value}`) }))}
          {...form.getInputProps('kind')}
        />
        {merchant ? <TextInput label={t('fields.shopName')} required maxLength={REQUESTER_LIMITS.shopName} data-autofocus {...form.getInputProps('shopName')} /> : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('fields.name')} required={kind === 'OWNER'} maxLength={REQUESTER_LIMITS.name} {...form.getInputProps('name')} />
          <TextInput label={t('fields.phone')} type="tel" description={t('fields.phoneRule')} {...form.getInputProps('phone')} />
        </SimpleGrid>
        {kind !== 'CUSTOMER' ? (
          <TagsInput
            label={t('fields.units')}
            description={t('fields.unitsHint')}
            required
            maxTags={REQUESTER_LIMITS.units}
            splitChars={[',', ' ', '，']}
            {...form.getInputProps('units')}
          />
        ) : (
          <Text size="sm" c="gray.7">
            {t('form.walkInHint')}
          </Text>
        )}
        {merchant ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('fields.businessCategory')} maxLength={REQUESTER_LIMITS.businessCategory} {...form.getInputProps('businessCategory')} />
            <Select
              label={t('fields.status')}
              data={STATUSES.map((value) => ({ value, label: t(`status.${value}`) }))}
              allowDeselect={false}
              {...form.getInputProps('status')}
            />
            <TextInput label={t('fields.contractStartsOn')} type="date" {...form.getInputProps('contractStartsOn')} />
            <TextInput label={t('fields.contractEndsOn')} type="date" {...form.getInputProps('contractEndsOn')} />
          </SimpleGrid>
        ) : null}
        {kind !== 'CUSTOMER' ? (
          <Stack gap="xs">
            <Text fw={600} size="sm">
              {t('fields.contacts')}
            </Text>
            {form.getValues().contacts.map((_, i) => (
              <Group key={i} gap="xs" align="flex-end" wrap="nowrap">
                <TextInput label={t('fields.contactName')} required size="sm" style={{ flex: 2 }} {...form.getInputProps(`contacts.${i}.name`)} />
                <TextInput label={t('fields.contactRole')} size="sm" style={{ flex: 1 }} {...form.getInputProps(`contacts.${i}.role`)} />
                <TextInput label={t('fields.phone')} type="tel" size="sm" style={{ flex: 2 }} {...form.getInputProps(`contacts.${i}.phone`)} />
                <ActionIcon variant="subtle" color="red" size="lg" aria-label={t('form.removeContact', { n: i + 1 })} onClick={() => form.removeListItem('contacts', i)}>
                  ×
                </ActionIcon>
              </Group>
            ))}
            {form.getValues().contacts.length < REQUESTER_LIMITS.contacts ? (
              <Button variant="subtle" size="compact-sm" style={{ alignSelf: 'flex-start' }} onClick={() => form.insertListItem('contacts', { name: '', role: '', phone: '' })}>
                {t('form.addContact')}
              </Button>
            ) : null}
          </Stack>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onDone(null)}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t('common:actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
