import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { graphqlDocuments } from './vite-graphql-documents';
import { importTemplate } from './vite-import-template';
import { precompiledMessages } from './vite-precompiled-messages';

// The API serves the built dashboard; in `pnpm dev` Vite proxies /graphql to it.
export default defineConfig({
  plugins: [graphqlDocuments(), react(), importTemplate(), precompiledMessages()],
  build: {
    manifest: true,
    sourcemap: true,
  },
  server: { proxy: { '/graphql': process.env.API_URL ?? 'http://localhost:4000' } },
});
