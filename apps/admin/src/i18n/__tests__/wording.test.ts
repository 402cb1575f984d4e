import { describe, expect, it } from 'vitest';
import commonEn from '../locales/en/common.json';
import orgEn from '../locales/en/org.json';
import ticketsEn from '../locales/en/tickets.json';
import commonZh from '../locales/zh-CN/common.json';
import orgZh from '../locales/zh-CN/org.json';
import ticketsZh from '../locales/zh-CN/tickets.json';

type Catalogue = { common: typeof commonZh; org: typeof orgZh; tickets: typeof ticketsZh };

/** Every message a form shows for an empty required field, whatever the field. */
const requiredMessages = ({ common, org, tickets }: Catalogue) => [
  common.validation.required,
  common.signIn.usernameRequired,
  common.signIn.passwordRequired,
  org.assign.staffRequired,
  org.assign.positionRequired,
  tickets.intake.required,
  tickets.intake.chooseRequester,
];

describe('the admin catalogues', () => {
  it('word every required-field message the same way, as the portal and the gateway do', () => {
    expect(new Set(requiredMessages({ common: commonZh, org: orgZh, tickets: ticketsZh }))).toEqual(new Set(['此项必填。']));
    expect(new Set(requiredMessages({ common: commonEn, org: orgEn, tickets: ticketsEn }))).toEqual(new Set(['This field is required.']));
  });
});
