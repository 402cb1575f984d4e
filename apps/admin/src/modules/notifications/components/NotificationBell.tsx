import { ActionIcon, Indicator } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useViewer } from '../../auth/hooks/useViewer';
import { useUnreadCount } from '../hooks/useUnreadCount';

/** The header's bell: the unread count, live; it opens the inbox. Loaded apart from the shell (lazy). */
export default function NotificationBell() {
  const { t } = useTranslation('notifications');
  const { can } = useViewer();
  const allowed = can('NOTIFICATION_VIEW');
  const count = useUnreadCount(allowed);
  if (!allowed) return null;
  const label = count > 0 ? t('bell.unread', { count: Math.min(count, 99) }) : t('bell.none');
  return (
    <Indicator label={count > 99 ? '99+' : count} size={16} disabled={count === 0} color="red" offset={4}>
      <ActionIcon component={Link} to="/notifications" variant="subtle" size="lg" aria-label={label} title={label} data-testid="notification-bell" data-count={count}>
        <svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
          <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
          <path d="M13.73 21a2 2 0 0 1-3.46 0" />
        </svg>
      </ActionIcon>
    </Indicator>
  );
}
