import { MantineProvider } from '@mantine/core';
import type { ReactElement } from 'react';
import { theme } from '../../../app/theme';
import { renderWithProviders } from '../../../test/render';

/**
 * The app's providers, plus Mantine's test environment: without it, combobox dropdowns stay in
 * their opening transition under jsdom and their options are never visible.
 */
export function renderTicketScreen(ui: ReactElement, options: Parameters<typeof renderWithProviders>[1] = {}) {
  return renderWithProviders(
    <MantineProvider theme={theme} env="test">
      {ui}
    </MantineProvider>,
    options,
  );
}
