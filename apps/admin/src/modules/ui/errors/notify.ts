import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { errorMessage } from './graphql-errors';

export function notifySuccess(message: string, t: TFunction): void {
  notifications.show({ color: 'teal', message, autoClose: 4000, closeButtonProps: { 'aria-label': t('common:actions.close') } });
}

export function notifyFailure(error: unknown, t: TFunction, title?: string): void {
  notifications.show({
    color: 'red',
    title: title ?? t('common:states.failed'),
    message: errorMessage(error, t),
    autoClose: 8000,
    closeButtonProps: { 'aria-label': t('common:actions.close') },
  });
}

/** Something the user should know that is not a failure of what they just did. */
export function notifyWarning(message: string, t: TFunction): void {
  notifications.show({ color: 'orange', message, autoClose: false, closeButtonProps: { 'aria-label': t('common:actions.close') } });
}
