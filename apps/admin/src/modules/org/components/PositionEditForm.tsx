import { ActionIcon, Alert, Button, Card, Group, NumberInput, Select, Stack, Tabs, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { AUTHORITY_DOMAINS, AUTHORITY_VERBS, POSITION_TEXT_LIMITS } from '@kefu/domain/org';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuthorityDomain, AuthorityVerb } from '../../../gql/graphql';
import { FormAlert } from '../../ui/components/FormAlert';
import { errorKind, fieldIssues, placeError } from '../../ui/errors/graphql-errors';
import { useNotify } from '../../ui/errors/useNotify';
import { withinLimit } from '../../ui/forms/text-limit';
import { UnsavedChangesDialog } from '../../ui/forms/UnsavedChangesDialog';
import { useUnsavedChangesGuard } from '../../ui/forms/useUnsavedChangesGuard';
import { useUpdatePosition } from '../hooks/useUpdatePosition';
import {
  emptyText,
  jobDescriptionErrors,
  partOfField,
  JOB_DESCRIPTION_TABS,
  tabOfField,
  toJobDescriptionValues,
  toUpdatePositionInput,
  type JobDescriptionPart,
  type JobDescriptionSource,
  type JobDescriptionTab,
  type JobDescriptionValues,
} from '../utils/job-description-values';
import { BilingualTextFields, BilingualTextList } from './BilingualTextFields';

type Props = {
  position: JobDescriptionSource & { id: string; version?: number };
  onDone: () => void;
  /** Reads the position again (after a CONFLICT): the form reopens on the version saved meanwhile. */
  onReload?: () => void;
};

const upper = <T extends string>(value: string) => value.toUpperCase() as T;
const L = POSITION_TEXT_LIMITS;

/**
 * 岗位说明书 editor: every part of a position's job description — title, purpose and headcount,
 * duties grouped by heading, KPIs, authorities with their verbs (建议/审核/审批/监督/考核),
 * qualifications and work environment — in both languages, saved as one update against the
 * version it read. A save someone else made meanwhile comes back as CONFLICT: said plainly, with
 * the way to read their version.
 */
export function PositionEditForm({ position, onDone, onReload }: Props) {
  const { t } = useTranslation('org');
  const notify = useNotify();
  const { updatePosition, loading } = useUpdatePosition();
  const [failure, setFailure] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [tab, setTab] = useState<JobDescriptionTab>('basics');
  // The version this edit started from: a live re-read of the position (someone else saved) must
  // not move it, or this save would overwrite their change instead of meeting CONFLICT.
  const [readVersion] = useState(position.version);
  const [initial] = useState(() => toJobDescriptionValues(position));
  const changed = (values: JobDescriptionValues) => (part: JobDescriptionPart) => JSON.stringify(values[part]) !== JSON.stringify(initial[part]);
  const form = useForm<JobDescriptionValues>({
    initialValues: initial,
    // Only the parts being changed are sent, so only those are checked.
    validate: (values) =>
      Object.fromEntries(
        Object.entries(
          jobDescriptionErrors(
            values,
            { required: t('common:validation.required'), headcount: t('positionEdit.headcountInvalid'), shares: t('jd.sharesTotal') },
            (limit) => withinLimit(limit, t),
          ),
        ).filter(([path]) => changed(values)(partOfField(path))),
      ),
  });
  const { blocker } = useUnsavedChangesGuard(form.isDirty() && !conflict);
  const tabsWithErrors = new Set(Object.keys(form.errors).map(tabOfField));
  const showFirstError = (paths: string[]) => {
    const first = paths[0];
    if (first) setTab(tabOfField(first));
  };
  const submit = form.onSubmit(
    async (values) => {
      setFailure(null);
      setConflict(false);
      try {
        await updatePosition(position.id, toUpdatePositionInput(values, changed(values)), readVersion);
        form.resetDirty();
        notify.success(t('positionEdit.saved'));
        onDone();
      } catch (error) {
        if (errorKind(error) === 'CONFLICT') {
          setConflict(true);
          return;
        }
        setFailure(placeError(form, error, t));
        showFirstError(fieldIssues(error).map((issue) => issue.field));
      }
    },
    (errors) => showFirstError(Object.keys(errors)),
  );
  const verbs = AUTHORITY_VERBS.map((v) => ({ value: upper<AuthorityVerb>(v), label: t(`authority.verb.${upper(v)}`) }));
  const domains = AUTHORITY_DOMAINS.map((d) => ({ value: upper<AuthorityDomain>(d), label: t(`authority.domain.${upper(d)}`) }));
  const label = (name: JobDescriptionTab) => (tabsWithErrors.has(name) ? `${t(`jd.tab.${name}`)} ⚠` : t(`jd.tab.${name}`));
  return (
    <form onSubmit={submit} noValidate>
      <UnsavedChangesDialog blocker={blocker} />
      <Stack>
        {conflict ? (
          <Alert color="orange" variant="light" role="alert" title={t('jd.conflictTitle')}>
            <Stack gap="xs">
              <Text size="sm">{t('jd.conflictBody')}</Text>
              {onReload ? (
                <Group>
                  <Button size="xs" variant="default" onClick={onReload}>
                    {t('jd.conflictReload')}
                  </Button>
                </Group>
              ) : null}
            </Stack>
          </Alert>
        ) : null}
        <FormAlert message={failure} />
        <Tabs value={tab} onChange={(value) => setTab((value as JobDescriptionTab | null) ?? 'basics')} keepMounted>
          <Tabs.List style={{ flexWrap: 'wrap' }}>
            {JOB_DESCRIPTION_TABS.map((name) => (
              <Tabs.Tab key={name} value={name} color={tabsWithErrors.has(name) ? 'red' : undefined}>
                {label(name)}
              </Tabs.Tab>
            ))}
          </Tabs.List>

          <Tabs.Panel value="basics" pt="md">
            <Stack>
              <BilingualTextFields form={form} path="title" label={t('jd.title')} limit={L.title} />
              <BilingualTextFields form={form} path="purpose" label={t('detail.purpose')} limit={L.purpose} multiline />
              <NumberInput label={t('positionEdit.headcount')} min={0} max={L.headcount} allowDecimal={false} required w={160} {...form.getInputProps('headcount')} />
            </Stack>
          </Tabs.Panel>

          <Tabs.Panel value="duties" pt="md">
            <Stack>
              {form.values.duties.map((_, i) => (
                <Card key={i} withBorder padding="sm" radius="md">
                  <Stack gap="xs">
                    <Group align="flex-start" wrap="nowrap" gap="xs">
                      <BilingualTextFields form={form} path={`duties.${i}.function`} label={t('jd.heading', { n: i + 1 })} limit={L.heading} />
                      <ActionIcon variant="subtle" color="red" mt={28} aria-label={t('jd.remove', { label: t('jd.heading', { n: i + 1 }) })} onClick={() => form.removeListItem('duties', i)}>
                        ×
                      </ActionIcon>
                    </Group>
                    <BilingualTextList form={form} path={`duties.${i}.duties`} label={t('jd.duty')} limit={L.line} max={L.dutiesPerGroup} />
                  </Stack>
                </Card>
              ))}
              <Group>
                <Button size="xs" variant="light" disabled={form.values.duties.length >= L.dutyGroups} onClick={() => form.insertListItem('duties', { function: emptyText(), duties: [emptyText()] })}>
                  {t('jd.addHeading')}
                </Button>
              </Group>
            </Stack>
          </Tabs.Panel>

          <Tabs.Panel value="kpis" pt="md">
            <BilingualTextList form={form} path="kpis" label={t('jd.kpi')} limit={L.line} max={L.kpis} />
          </Tabs.Panel>

          <Tabs.Panel value="authorities" pt="md">
            <Stack>
              {form.values.authorities.length === 0 ? (
                <Text size="sm" c="gray.7">
                  {t('detail.noAuthorities')}
                </Text>
              ) : null}
              {form.values.authorities.map((_, i) => (
                <Card key={i} withBorder padding="sm" radius="md">
                  <Group align="flex-start" wrap="nowrap" gap="xs">
                    <Stack gap="xs" style={{ flex: 1 }}>
                      <Group grow gap="xs" align="flex-start">
                        <Select label={t('authority.verbHeader')} data={verbs} allowDeselect={false} comboboxProps={{ withinPortal: true }} {...form.getInputProps(`authorities.${i}.verb`)} />
                        <Select label={t('authority.domainHeader')} data={domains} allowDeselect={false} comboboxProps={{ withinPortal: true }} {...form.getInputProps(`authorities.${i}.domain`)} />
                      </Group>
                      <BilingualTextFields form={form} path={`authorities.${i}.subject`} label={t('authority.subjectHeader')} limit={L.line} />
                    </Stack>
                    <ActionIcon variant="subtle" color="red" mt={28} aria-label={t('jd.remove', { label: `${t('detail.authorities')} ${i + 1}` })} onClick={() => form.removeListItem('authorities', i)}>
                      ×
                    </ActionIcon>
                  </Group>
                </Card>
              ))}
              <Group>
                <Button
                  size="xs"
                  variant="light"
                  disabled={form.values.authorities.length >= L.authorities}
                  onClick={() => form.insertListItem('authorities', { verb: 'PROPOSE', domain: 'BUSINESS', subject: emptyText() })}
                >
                  {t('jd.add', { label: t('detail.authorities') })}
                </Button>
              </Group>
            </Stack>
          </Tabs.Panel>

          <Tabs.Panel value="qualifications" pt="md">
            <Stack>
              <BilingualTextFields form={form} path="qualifications.education" label={t('detail.education')} limit={L.line} />
              <BilingualTextFields form={form} path="qualifications.experience" label={t('detail.experience')} limit={L.line} />
              <Text fw={600} size="sm">
                {t('detail.knowledge')}
              </Text>
              <BilingualTextList form={form} path="qualifications.knowledge" label={t('detail.knowledge')} limit={L.line} max={L.knowledge} />
              <Text fw={600} size="sm">
                {t('detail.skills')}
              </Text>
              <BilingualTextList form={form} path="qualifications.skills" label={t('detail.skills')} limit={L.line} max={L.skills} />
            </Stack>
          </Tabs.Panel>

          <Tabs.Panel value="workEnvironment" pt="md">
            <Stack>
              {form.errors.workEnvironment ? (
                <Text size="sm" c="red.8" role="alert">
                  {form.errors.workEnvironment}
                </Text>
              ) : null}
              {form.values.workEnvironment.map((_, i) => (
                <Group key={i} align="flex-start" wrap="nowrap" gap="xs">
                  <BilingualTextFields form={form} path={`workEnvironment.${i}.place`} label={t('jd.place', { n: i + 1 })} limit={L.heading} />
                  <NumberInput label={t('jd.share')} min={0} max={100} allowDecimal={false} suffix="%" w={96} {...form.getInputProps(`workEnvironment.${i}.share`)} />
                  <ActionIcon variant="subtle" color="red" mt={28} aria-label={t('jd.remove', { label: t('jd.place', { n: i + 1 }) })} onClick={() => form.removeListItem('workEnvironment', i)}>
                    ×
                  </ActionIcon>
                </Group>
              ))}
              <Group>
                <Button size="xs" variant="light" disabled={form.values.workEnvironment.length >= L.places} onClick={() => form.insertListItem('workEnvironment', { place: emptyText(), share: 0 })}>
                  {t('jd.add', { label: t('detail.workEnvironment') })}
                </Button>
              </Group>
            </Stack>
          </Tabs.Panel>
        </Tabs>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={loading} disabled={conflict}>
            {t('common:actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
