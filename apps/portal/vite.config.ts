import { defineConfig } from 'vite';

export default defineConfig({
  base: '/portal/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  server: {
    port: 5174,
    proxy: { '/graphql': 'http://127.0.0.1:4000', '/attachments': 'http://127.0.0.1:4000' },
  },
  build: {
    // The manifest lets scripts/report-bundle.mjs measure what a first visit downloads.
    manifest: true,
    sourcemap: false,
    target: 'es2020',
  },
});
