import { Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { SignInForm } from '../modules/auth/components/SignInForm';
import { useViewer } from '../modules/auth/hooks/useViewer';
import { LanguageSwitch } from '../modules/ui/components/LanguageSwitch';
import { PageSkeleton } from '../modules/ui/components/PageSkeleton';

/** Only same-app paths: an open redirect through ?next= would be a phishing aid. */
const safeNext = (next: string | null) => (next && next.startsWith('/') && !next.startsWith('//') ? next : '/');

export default function SignInPage() {
  const { t } = useTranslation('common');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { viewer, loading } = useViewer();
  const next = safeNext(params.get('next'));
  if (loading) return <PageSkeleton />;
  if (viewer?.kind === 'STAFF') return <Navigate to={next} replace />;
  return (
    <Center mih="100vh" p="md" bg="gray.0" component="main">
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={400}>
        <Stack>
          <Group justify="space-between" align="flex-start">
            <div>
              <Title order={1} size="h3">
                {t('signIn.title')}
              </Title>
              <Text c="dimmed" size="sm">
                {t('appShortName')} · {t('signIn.subtitle')}
              </Text>
            </div>
            <LanguageSwitch />
          </Group>
          <SignInForm onSignedIn={() => void navigate(next, { replace: true })} />
          {/* No e-mail in the department: a forgotten password is reset by the manager. */}
          <Text c="dimmed" size="sm">
            {t('signIn.forgotPassword')}
          </Text>
        </Stack>
      </Paper>
    </Center>
  );
}
