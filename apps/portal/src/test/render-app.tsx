import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { I18nProvider, type Locale } from '../i18n/i18n';

export const renderWithI18n = (ui: ComponentChildren, locale: Locale = 'zh-CN') => render(<I18nProvider initial={locale}>{ui}</I18nProvider>);
