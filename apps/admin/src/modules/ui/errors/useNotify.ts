import { useTranslation } from 'react-i18next';
import { notifyFailure, notifySuccess } from './notify';

/** Success and failure notifications in the viewer's language. */
export function useNotify() {
  const { t } = useTranslation('common');
  return {
    success: (message: string) => notifySuccess(message, t),
    failure: (error: unknown, title?: string) => notifyFailure(error, t, title),
  };
}
