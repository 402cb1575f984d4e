import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PERMISSION_CONTEXTS } from '@kefu/domain/permissions';

/**
 * A business context is registered in every layer or in none: its permission context in the
 * domain, its storage entry, its GraphQL folder and use cases, its admin module and messages.
 * A context added to one layer and forgotten in another fails here, naming both.
 */
const root = new URL('../../../', import.meta.url);
const folders = (path: string) =>
  readdirSync(new URL(path, root), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
const entries = (packageJson: string) =>
  Object.keys((JSON.parse(readFileSync(new URL(packageJson, root), 'utf8')) as { exports: Record<string, string> }).exports)
    .map((key) => key.replace(/^\.\//, ''))
    .filter((key) => key !== 'package.json');
const namespaces = (locale: string) =>
  readdirSync(new URL(`apps/admin/src/i18n/locales/${locale}/`, root))
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.replace(/\.json$/, ''));

/**
 * What each layer holds besides business contexts, and why. Anything else in a layer must be
 * a registered context.
 */
const NOT_CONTEXTS = {
  // The shared kernel, the permission core that lists the contexts, and test generators.
  // Sites are records every context leans on (a tenant), with no actions of their own to grant.
  domainEntries: ['shared', 'permissions', 'testing', 'sites'],
  // The database seam, the demo data, test databases; sites as in the domain.
  dbEntries: ['engine', 'seed', 'testing', 'sites'],
  // Helpers every context's schema uses.
  gatewaySchema: ['common'],
  gatewayUseCases: ['shared'],
  // The app's frame and navigation, shared UI.
  adminModules: ['shell', 'ui'],
  // The shell's own words.
  adminMessages: ['common'],
} as const;

/**
 * The accounts context (sign-ins, invitations, the account audit log) keeps older names in the
 * outer layers: `auth` in the gateway and the admin's modules, `account` for the admin's words.
 */
const ALIASES: Partial<Record<keyof typeof NOT_CONTEXTS, Readonly<Record<string, string>>>> = {
  gatewaySchema: { auth: 'accounts' },
  gatewayUseCases: { auth: 'accounts' },
  adminModules: { auth: 'accounts' },
  adminMessages: { account: 'accounts' },
};

const LAYERS: Record<keyof typeof NOT_CONTEXTS, () => string[]> = {
  domainEntries: () => entries('packages/domain/package.json'),
  dbEntries: () => entries('packages/db/package.json'),
  gatewaySchema: () => folders('apps/gateway/src/schema/'),
  gatewayUseCases: () => folders('apps/gateway/src/use-cases/'),
  adminModules: () => folders('apps/admin/src/modules/'),
  adminMessages: () => namespaces('zh-CN'),
};

const contexts = PERMISSION_CONTEXTS.map((context) => context.name).sort();

describe('business contexts, layer by layer', () => {
  it('knows the contexts from the permission core', () => {
    expect(contexts).toEqual(expect.arrayContaining(['org', 'requesters', 'tickets']));
  });

  it.each(Object.keys(LAYERS) as (keyof typeof NOT_CONTEXTS)[])('%s holds exactly the registered contexts', (layer) => {
    const exceptions: readonly string[] = NOT_CONTEXTS[layer];
    const aliases = ALIASES[layer] ?? {};
    const found = LAYERS[layer]().map((name) => aliases[name] ?? name);
    const present = found.filter((name) => !exceptions.includes(name)).sort();
    expect(present, `${layer}: a context missing here is registered elsewhere; a name here but not in permission-contexts.ts is registered nowhere else`).toEqual(contexts);
    // An exception that no longer exists would hide a real context of that name later.
    expect(exceptions.filter((name) => !found.includes(name)), `${layer}: stale exceptions`).toEqual([]);
  });

  it('ships every admin namespace in both languages', () => {
    expect(namespaces('en').sort()).toEqual(namespaces('zh-CN').sort());
  });
});
