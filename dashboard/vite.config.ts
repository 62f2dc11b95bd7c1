import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API serves the built dashboard; in `pnpm dev` Vite proxies /graphql to it.
export default defineConfig({
  plugins: [react()],
  build: {
    manifest: true,
    sourcemap: true,
    rollupOptions: {
      output: {
        // recharts is large and only the chart components need it: keep it in its own chunk.
        manualChunks: (id) => (id.includes('node_modules/recharts') || id.includes('node_modules/d3-') ? 'charts-vendor' : undefined),
      },
    },
  },
  server: { proxy: { '/graphql': process.env.API_URL ?? 'http://localhost:4000' } },
});
