import { defineConfig } from 'vitest/config';

// `npm run dev` proxies the API to a running `recoupe serve` (or the mock
// server, scripts/mock-server.mjs) at RECOUPE_API, http://127.0.0.1:8080 by default.
const api = process.env.RECOUPE_API ?? 'http://127.0.0.1:8080';

export default defineConfig({
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The world outline is its own chunk, loaded by the event page only.
    chunkSizeWarningLimit: 900,
  },
  server: {
    proxy: { '/api': api, '/healthz': api },
  },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
  },
});
