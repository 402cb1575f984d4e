import { useApolloClient } from '@apollo/client';
import { Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { notifyWarning } from '../../ui/errors/notify';
import { useSessionRecovery } from '../hooks/useSessionRecovery';
import { ViewerQuery } from '../graphql/queries/viewer.query';
import { SignInForm } from './SignInForm';

/**
 * The sign-in form over whatever screen lost its session, so nothing typed there is lost: the
 * same user's refused operations are sent again; another user's sign-in drops them.
 */
export default function ReauthDialog() {
  const { t } = useTranslation('common');
  const client = useApolloClient();
  const { recovery, expired } = useSessionRecovery();

  const onSignedIn = (signedIn: { username: string } | null) => {
    // Still the viewer of the lost session: the cache is kept until we know who is back.
    const viewer = client.readQuery({ query: ViewerQuery })?.viewer;
    if (signedIn && signedIn.username === viewer?.username) {
      recovery.resume({ sameUser: true });
      void client.refetchQueries({ include: 'active' });
      return;
    }
    const message = t('reauth.discarded', { username: viewer?.username ?? '' });
    recovery.resume({ sameUser: false, message });
    notifyWarning(message, t);
    void client.resetStore();
  };

  return (
    <Modal
      opened={expired}
      onClose={() => undefined}
      withCloseButton={false}
      closeOnEscape={false}
      closeOnClickOutside={false}
      title={t('reauth.title')}
      centered
    >
      {expired && (
        <Stack>
          <Text size="sm">{t('reauth.explanation')}</Text>
          <SignInForm keepCache onSignedIn={onSignedIn} />
        </Stack>
      )}
    </Modal>
  );
}
