import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { graphqlDocuments } from './graphql-documents.plugin.ts';

export default defineConfig({
  base: '/admin/',
  plugins: [graphqlDocuments(), react()],
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: 'http://127.0.0.1:4000', changeOrigin: false },
      '/exports': { target: 'http://127.0.0.1:4000', changeOrigin: false },
    },
  },
  build: {
    // The manifest lets scripts/report-bundle.mjs measure the initial load.
    manifest: true,
    sourcemap: false,
    target: 'es2022',
  },
});
