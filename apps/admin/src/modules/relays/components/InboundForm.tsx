import { Button, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { INBOUND_LIMITS } from '@kefu/domain/relays';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client';
import type { InboundAudience, InboundKind } from '../../../gql/graphql';
import { LabelledSegments } from '../../tickets/components/LabelledSegments';
import { RequesterPicker, type PickedRequester } from '../../tickets/components/RequesterPicker';
import { FormAlert } from '../../ui/components/FormAlert';
import { placeError } from '../../ui/errors/graphql-errors';
import { useNotify } from '../../ui/errors/useNotify';
import { withinLimit } from '../../ui/forms/text-limit';
import { DepartmentsQuery } from '../graphql/queries/departments.query';
import { useInboundActions } from '../hooks/useInbound';

export const INBOUND_KINDS: InboundKind[] = ['CLOSURE', 'OUTAGE', 'PROMOTION', 'OTHER'];
export const AUDIENCES: InboundAudience[] = ['INTERNAL', 'SITE', 'UNITS', 'REQUESTER'];

type Values = { departmentId: string | null; kind: InboundKind; title: string; body: string; audience: InboundAudience; unitPrefix: string; requester: PickedRequester | null };

const FORM_FIELD: Record<string, string> = { requesterId: 'requester' };

/** 登记部门来讯: what another department passes on, and who among the requesters it is for. */
export function InboundForm({ onDone }: { onDone: () => void }) {
  const { t, i18n } = useTranslation('relays');
  const notify = useNotify();
  const { register, saving } = useInboundActions();
  const departments = useQuery(DepartmentsQuery, { variables: { first: 50 } });
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { departmentId: null, kind: 'OUTAGE', title: '', body: '', audience: 'INTERNAL', unitPrefix: '', requester: null },
    validate: {
      departmentId: (value) => (value ? null : t('inbound.form.departmentRequired')),
      title: (value) => (value.trim() ? withinLimit(INBOUND_LIMITS.title, t)(value) : t('inbound.form.titleRequired')),
      body: (value) => (value.trim() ? withinLimit(INBOUND_LIMITS.body, t)(value) : t('inbound.form.bodyRequired')),
      unitPrefix: (value, v) => (v.audience === 'UNITS' && !value.trim() ? t('inbound.form.unitPrefixRequired') : null),
      requester: (value, v) => (v.audience === 'REQUESTER' && !value ? t('inbound.form.requesterRequired') : null),
    },
  });
  const values = form.getValues();
  const zh = i18n.language.startsWith('zh');

  const submit = form.onSubmit(async (v) => {
    setFailure(null);
    try {
      await register({
        departmentId: v.departmentId ?? '',
        kind: v.kind,
        title: v.title,
        body: v.body,
        audience: v.audience,
        unitPrefix: v.audience === 'UNITS' ? v.unitPrefix : null,
        requesterId: v.audience === 'REQUESTER' ? (v.requester?.id ?? null) : null,
      });
      notify.success(t('inbound.form.saved'));
      onDone();
    } catch (error) {
      setFailure(placeError(form, error, t, { fields: FORM_FIELD }));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormAlert message={failure} />
        <Select
          label={t('inbound.fields.department')}
          required
          data={(departments.data?.departments.edges ?? []).map(({ node }) => ({ value: node.id, label: zh ? node.name.zh : node.name.en }))}
          {...form.getInputProps('departmentId')}
        />
        <Select
          label={t('inbound.fields.kind')}
          required
          allowDeselect={false}
          data={INBOUND_KINDS.map((value) => ({ value, label: t(`inbound.kind.${value}`) }))}
          {...form.getInputProps('kind')}
        />
        <TextInput label={t('inbound.fields.title')} required {...form.getInputProps('title')} />
        <Textarea label={t('inbound.fields.body')} required autosize minRows={3} {...form.getInputProps('body')} />
        <LabelledSegments
          label={t('inbound.fields.audience')}
          value={values.audience}
          data={AUDIENCES.map((value) => ({ value, label: t(`inbound.audience.${value}`) }))}
          onChange={(audience) => form.setFieldValue('audience', audience)}
          description={t(`inbound.audienceHint.${values.audience}`)}
        />
        {values.audience === 'UNITS' ? (
          <TextInput label={t('inbound.fields.unitPrefix')} description={t('inbound.form.unitPrefixHint')} required {...form.getInputProps('unitPrefix')} />
        ) : null}
        {values.audience === 'REQUESTER' ? (
          <RequesterPicker value={values.requester} onChange={(requester) => form.setFieldValue('requester', requester)} error={form.errors.requester} />
        ) : null}
        <Group justify="flex-end">
          <Button type="submit" loading={saving}>
            {t('inbound.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
