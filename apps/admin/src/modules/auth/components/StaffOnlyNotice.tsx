import { Anchor, Button, Center, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSignOut } from '../hooks/useSignOut';

/** Merchants and owners have their own portal; the admin app is for staff. */
export function StaffOnlyNotice() {
  const { t } = useTranslation('common');
  const { signOut, loading } = useSignOut();
  return (
    <Center mih="100vh" p="md">
      <Paper withBorder p="xl" maw={420} component="main">
        <Stack>
          <Text>{t('signIn.requesterNotAllowed')}</Text>
          <Anchor href="/portal/">{t('signIn.portalLink')}</Anchor>
          <Button variant="default" loading={loading} onClick={() => void signOut()}>
            {t('shell.signOut')}
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}
