import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ViewerQuery } from '../../auth/graphql/queries/viewer.query';
import { viewerFixture } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { TicketTimeline } from '../components/TicketTimeline';
import { eventFixture } from './ticket-fixtures';

const initialTz = process.env.TZ;

describe.each(['UTC', 'America/New_York'])('the timeline on a device whose clock runs on %s', (deviceZone) => {
  afterEach(() => {
    process.env.TZ = initialTz;
  });

  it('shows when it happened on the mall’s clock and says which clock that is', async () => {
    process.env.TZ = deviceZone;
    const { client } = renderWithProviders(<TicketTimeline events={[eventFixture({ at: '2026-11-30T13:01:00.000Z' })]} />);
    // The signed-in screens have the viewer, with the site's zone, in the cache.
    client.writeQuery({ query: ViewerQuery, data: { viewer: viewerFixture({ siteTimeZone: 'Asia/Shanghai' }) } });
    const shown = await screen.findByText('2026年11月30日 21:01 GMT+8');
    expect(shown.tagName).toBe('TIME');
    expect(shown).toHaveAttribute('datetime', '2026-11-30T13:01:00.000Z');
  });
});
