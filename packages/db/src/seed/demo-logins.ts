import { POSITION_CATALOGUE } from '@kefu/domain/org';
import type { LocalizedText } from '@kefu/domain/shared';
import { DEMO_PEOPLE } from './demo-people.js';

/** Every demo account shares it; the demo seed never runs in production. */
export const DEMO_PASSWORD = 'kefu-demo';

export type DemoLogin = { username: string; role: LocalizedText; password: string };

const titleOf = (code: string): LocalizedText => {
  const title = POSITION_CATALOGUE.find((p) => p.code === code)?.title;
  if (!title) throw new Error(`no catalogue position ${code}`);
  return title;
};

/** The demo sign-ins, for the README and the start banner: one per position, then the portal users. */
export const DEMO_LOGINS: readonly DemoLogin[] = [
  ...DEMO_PEOPLE.staff.flatMap((person) => {
    if (!person.login) return [];
    const title = titleOf(person.login);
    const acting = person.assignments.some((a) => a.position === person.login && a.acting);
    const role = acting ? { zh: `${title.zh}(代理)`, en: `${title.en} (acting)` } : title;
    return [{ username: person.login, role, password: DEMO_PASSWORD }];
  }),
  ...DEMO_PEOPLE.departmentStaff.map((d) => ({ username: d.username, role: d.position.title, password: DEMO_PASSWORD })),
  ...DEMO_PEOPLE.merchants.map((m) => ({
    username: m.username,
    role: { zh: `商户 · ${m.shopName} ${m.shopUnit}`, en: `Merchant · shop ${m.shopUnit}` },
    password: DEMO_PASSWORD,
  })),
  ...DEMO_PEOPLE.owners.map((o) => ({
    username: o.username,
    role: { zh: `业主 · ${o.shopUnit}`, en: `Owner · unit ${o.shopUnit}` },
    password: DEMO_PASSWORD,
  })),
];
