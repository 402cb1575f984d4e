import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useSessionRecovery } from '../../auth/hooks/useSessionRecovery';
import { useViewer } from '../../auth/hooks/useViewer';
import { useSignOut } from '../../auth/hooks/useSignOut';
import { LanguageSwitch } from '../../ui/components/LanguageSwitch';
import { useLocalized } from '../../ui/format/localized-text';

type Props = { layout: 'header' | 'navbar' };

/**
 * The viewer's name and positions, the language switch and sign-out: in the header on wide
 * screens, at the foot of the burger menu on narrow ones.
 */
export function ViewerMenu({ layout }: Props) {
  const { t } = useTranslation('common');
  const localized = useLocalized();
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const { signOut, loading } = useSignOut();
  const { expired } = useSessionRecovery();
  // A lost session is nobody's: the old name stays off screen until someone signs in again.
  if (!viewer || expired) return null;
  const name = viewer.staff?.name ?? viewer.username;
  const positions = viewer.positions.map((p) => localized(p.title)).join('、') || t('shell.noPosition');
  const onSignOut = () => void signOut().then(() => navigate('/sign-in', { replace: true }));
  const identity = (
    <Stack gap={0} miw={0} aria-label={t('shell.account')} role="group">
      <Text size="sm" fw={600} lh={1.3} truncate>
        {name}
      </Text>
      <Text size="xs" c="gray.7" lh={1.3} maw={layout === 'header' ? 260 : undefined}>
        {positions}
      </Text>
    </Stack>
  );
  const accountLink = (
    <Button component={Link} to="/account" variant="subtle" size="xs">
      {t('shell.accountSecurity')}
    </Button>
  );
  const signOutButton = (
    <Button variant="default" size="xs" onClick={onSignOut} loading={loading}>
      {t('shell.signOut')}
    </Button>
  );
  if (layout === 'navbar') {
    return (
      <Stack gap="sm" p="xs">
        {identity}
        <LanguageSwitch />
        {accountLink}
        {signOutButton}
      </Stack>
    );
  }
  return (
    <Group gap="md" wrap="nowrap">
      {identity}
      <LanguageSwitch />
      {accountLink}
      {signOutButton}
    </Group>
  );
}
