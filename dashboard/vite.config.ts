import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { graphqlDocuments } from './vite-graphql-documents';
import { importTemplate } from './vite-import-template';
import { precompiledMessages } from './vite-precompiled-messages';
import { routePreloads } from './vite-route-preloads';

/**
 * The installable app: a web app manifest, and a service worker (Workbox) that keeps the shell,
 * every page's chunk and every language's texts, so a coordinator who opened the dashboard once
 * can open any page offline. The page registers it itself once the first view is shown
 * (src/features/offline/register-service-worker.ts); the API is never cached by it: what a
 * coordinator needs offline is kept per user in IndexedDB.
 */
const installableApp = VitePWA({
  injectRegister: false,
  registerType: 'autoUpdate',
  includeAssets: ['icon.svg'],
  manifest: {
    id: '/',
    name: 'SIRA Monitor',
    short_name: 'SIRA',
    description: 'Record and compare regional cooperation platforms for migrant and refugee integration.',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#1d4ed8',
    icons: [
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,csv}'],
    // The charts' chunk is the largest; every chunk must be kept for every page to open offline.
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
    navigateFallback: 'index.html',
    // The API, the sign-in routes, the server's own pages and files (a CSV template, say) are never
    // answered by the shell: the dashboard's own routes have no file extension.
    navigateFallbackDenylist: [/^\/graphql/, /^\/auth\//, /^\/health/, /^\/ready/, /\/[^/]+\.[^/]+$/],
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: true,
  },
});

// The API serves the built dashboard; in `pnpm dev` Vite proxies /graphql to it.
export default defineConfig({
  plugins: [graphqlDocuments(), react(), importTemplate(), precompiledMessages(), routePreloads(), installableApp],
  // rxjs (under Apollo Client) in its ES2015 build rather than its ES5 one: the same code, smaller.
  resolve: { conditions: ['es2015', ...defaultClientConditions] },
  build: {
    manifest: true,
    sourcemap: true,
  },
  server: { proxy: { '/graphql': process.env.API_URL ?? 'http://localhost:4000' } },
});
