import { AppShell, Box, Burger, Group, NavLink, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, Outlet, useLocation, useNavigation } from 'react-router';
import { useViewer } from '../../auth/hooks/useViewer';
import { PageSkeleton } from '../../ui/components/PageSkeleton';
import { visibleNavItems } from '../utils/navigation';
import { ViewerMenu } from './ViewerMenu';

/** The bell loads apart from the shell, so the first load stays within its budget. */
const NotificationBell = lazy(() => import('../../notifications/components/NotificationBell'));

export function AppLayout() {
  const { t } = useTranslation('common');
  const [opened, { toggle, close }] = useDisclosure(false);
  const { can } = useViewer();
  const location = useLocation();
  const navigation = useNavigation();
  const items = visibleNavItems(can);
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <a href="#main" className="kefu-skip-link">
        {t('skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t('shell.closeNavigation') : t('shell.openNavigation')}
              aria-expanded={opened}
              aria-controls="kefu-navbar"
            />
            <UnstyledButton component={RouterNavLink} to="/">
              <Text fw={700} size="lg" c="blue.8">
                {t('appShortName')}
              </Text>
            </UnstyledButton>
            <Text size="sm" c="dimmed" visibleFrom="md">
              {t('appName')}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Suspense fallback={null}>
              <NotificationBell />
            </Suspense>
            <Box visibleFrom="sm">
              <ViewerMenu layout="header" />
            </Box>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" id="kefu-navbar" aria-label={t('nav.label')} component="nav" className="kefu-navbar" data-open={opened}>
        <AppShell.Section grow>
          {items.map((item) => (
            <NavLink
              key={item.to}
              component={RouterNavLink}
              to={item.to}
              end={item.end}
              label={t(item.labelKey)}
              onClick={close}
              active={
                item.end
                  ? location.pathname === item.to || (item.to === '/tickets' && /^\/tickets\/(?!new)/.test(location.pathname))
                  : location.pathname === item.to || location.pathname.startsWith(`${item.to}/`)
              }
            />
          ))}
        </AppShell.Section>
        <AppShell.Section hiddenFrom="sm">
          <ViewerMenu layout="navbar" />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1} aria-busy={navigation.state === 'loading'}>
        <Suspense fallback={<PageSkeleton />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
