/**
 * The layers of the monorepo, checked on every `npm test` (this package's `lint` task).
 *
 * dependency-cruiser rather than ESLint import rules: it resolves every import to the file it
 * really reaches (through pnpm's symlinks and each package's `exports`), counts type-only
 * imports too, and finds cycles — one tool for the whole graph instead of a rule per package.
 *
 *   packages/domain, packages/contracts   import nothing of the workspace, no I/O, no framework
 *   packages/db                           imports the domain
 *   apps/gateway                          imports the domain, storage and the contracts
 *   apps/admin, apps/portal               import the domain and the contracts (never db or gateway)
 *   packages/bench                        imports the gateway only through its `exports`
 * and no package reaches into another by a relative path.
 */
const workspace = '^(packages|apps|tooling)/';
/** A package's own code and tests; its config files (eslint, vite, vitest) may load shared tooling. */
const code = (pkg) => `^${pkg}/(src|test|e2e)/`;
const testSupport = '(\\.test\\.tsx?|/testing/.*|/__tests__/.*)$';

/** A rule forbidding the code of `from` (a package folder) any workspace import outside `allowed`. */
const onlyImports = (name, from, allowed, comment) => ({
  name,
  comment,
  severity: 'error',
  from: { path: code(from) },
  to: { path: workspace, pathNot: `^(${allowed.join('|')})/` },
});

module.exports = {
  forbidden: [
    onlyImports('domain-imports-nothing', 'packages/domain', ['packages/domain'], 'The domain core depends on no other package of the workspace.'),
    onlyImports('contracts-import-nothing', 'packages/contracts', ['packages/contracts'], 'The contracts are plain data both apps may load.'),
    onlyImports('db-imports-only-domain', 'packages/db', ['packages/db', 'packages/domain'], 'Storage maps rows to domain types and knows nothing above it.'),
    onlyImports(
      'gateway-imports-domain-and-db',
      'apps/gateway',
      ['apps/gateway', 'packages/domain', 'packages/db', 'packages/contracts'],
      'The gateway serves the domain over HTTP from storage; it imports no app and no tool.',
    ),
    onlyImports(
      'apps-import-neither-db-nor-gateway',
      'apps/(admin|portal)',
      ['apps/$1', 'packages/domain', 'packages/contracts', 'tooling/e2e'],
      'The apps talk to the gateway over GraphQL only; they share types and error codes through domain and contracts.',
    ),
    {
      name: 'domain-is-pure',
      comment: 'No I/O, storage, GraphQL or UI framework in the domain or the contracts; test support may use its test libraries.',
      severity: 'error',
      from: { path: '^packages/(domain|contracts)/src/', pathNot: testSupport },
      to: { dependencyTypes: ['core', 'npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'] },
    },
    {
      name: 'db-contexts-meet-at-their-entries',
      comment:
        "A storage context uses another through that context's index.ts (its public surface); a joined read may also borrow the other context's row mapper. Shared helpers live in src/shared/.",
      severity: 'error',
      from: { path: '^packages/db/src/([^/]+)/' },
      to: {
        path: '^packages/db/src/(sites|org|requesters|accounts|tickets|seed)/',
        pathNot: ['^packages/db/src/$1/', '^packages/db/src/[^/]+/(index|[a-z-]+\\.mapper)\\.ts$'],
      },
    },
    {
      name: 'no-relative-import-across-packages',
      comment: 'A package is used through its name and `exports`, never by a path into its folder (bench → gateway, admin tests → gateway, …).',
      severity: 'error',
      from: { path: '^(packages|apps|tooling)/([^/]+)/' },
      to: { dependencyTypes: ['local'], path: workspace, pathNot: '^$1/$2/' },
    },
    {
      name: 'no-cycles-among-gateway-schema-modules',
      comment: 'Schema modules register types on one builder; a cycle makes the registration order depend on which file loads first.',
      severity: 'error',
      from: { path: '^apps/gateway/src/schema/' },
      to: { path: '^apps/gateway/src/schema/', circular: true },
    },
    {
      name: 'imports-resolve',
      comment: 'An import that resolves to nothing is a deep import past a package `exports` map, or a typo.',
      severity: 'error',
      from: { path: workspace },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|coverage|\\.data|\\.turbo)/' },
    tsPreCompilationDeps: true,
    combinedDependencies: false,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'default', 'types'],
      mainFields: ['types', 'typings', 'module', 'main'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
