import { ApolloProvider, type ApolloClient } from '@apollo/client';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import type { i18n as I18n } from 'i18next';
import { Suspense, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { SessionRecoveryPrompt } from '../modules/auth/components/SessionRecoveryPrompt';
import { PageSkeleton } from '../modules/ui/components/PageSkeleton';
import { cssVariablesResolver, theme } from './theme';

type Props = {
  client: ApolloClient<unknown>;
  i18n: I18n;
  children: ReactNode;
  /** `test` turns off Mantine's transitions and portals, for component tests. */
  env?: 'default' | 'test';
};

/** The providers every screen needs; the router is passed in as children. */
export function App({ client, i18n, children, env = 'default' }: Props) {
  return (
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        <MantineProvider theme={theme} env={env} cssVariablesResolver={cssVariablesResolver}>
          <Notifications position="bottom-right" />
          <SessionRecoveryPrompt />
          {/* Suspends while a context's translations load on its first screen. */}
          <Suspense fallback={<PageSkeleton />}>{children}</Suspense>
        </MantineProvider>
      </ApolloProvider>
    </I18nextProvider>
  );
}
