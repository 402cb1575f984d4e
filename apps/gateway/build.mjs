// Bundles the gateway and the workspace packages it imports (TypeScript sources) into one
// ESM file; npm dependencies stay external and load from node_modules, so the gateway lists
// the storage package's drivers among its own dependencies.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const external = Object.keys(pkg.dependencies).filter((name) => !name.startsWith('@kefu/'));

await build({
  entryPoints: ['src/main.ts'],
  outfile: 'dist/main.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  external,
  banner: { js: "import { createRequire as __kefuRequire } from 'node:module'; const require = __kefuRequire(import.meta.url);" },
  logLevel: 'warning',
});
