import { render, screen } from '@testing-library/preact';
import { graphql, http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/i18n';
import { detail } from '../../test/fixtures';
import { server } from '../../test/msw-server';
import { App } from '../App';

const initialTz = process.env.TZ;
const viewer = (siteTimeZone: string) => ({
  __typename: 'Viewer',
  username: 'merchant1',
  kind: 'REQUESTER',
  siteTimeZone,
  requester: { __typename: 'Requester', name: '张老板', shopName: '鑫源瓷砖', shopUnit: 'A1-018' },
});

/** A request received at 13:01 UTC, opened on a phone whose clock runs on UTC. */
function openRequest(siteTimeZone: string) {
  process.env.TZ = 'UTC';
  history.replaceState(null, '', '/portal/requests/TXlSZXF1ZXN0OjE=');
  server.use(
    http.post('*/graphql', ({ request }) =>
      request.headers.get('accept') === 'text/event-stream' ? new HttpResponse(new ReadableStream(), { headers: { 'content-type': 'text/event-stream' } }) : undefined,
    ),
    graphql.query('PortalViewer', () => HttpResponse.json({ data: { viewer: viewer(siteTimeZone) } })),
    graphql.query('MyRequest', () => HttpResponse.json({ data: { myRequest: detail({ receivedAt: '2026-11-30T13:01:00.000Z' }) } })),
  );
  render(
    <I18nProvider initial="zh-CN">
      <App />
    </I18nProvider>,
  );
}

describe('the portal on a phone set to another zone than the mall’s', () => {
  afterEach(() => {
    process.env.TZ = initialTz;
    history.replaceState(null, '', '/');
  });

  it('shows when a request was received on the site’s clock and names it', async () => {
    openRequest('Asia/Shanghai');
    expect(await screen.findByText('11月30日 21:01 GMT+8')).toBeInTheDocument();
  });

  it('takes the clock from the site, not from a fixed zone', async () => {
    openRequest('Europe/Berlin');
    expect(await screen.findByText('11月30日 14:01 GMT+1')).toBeInTheDocument();
  });
});
