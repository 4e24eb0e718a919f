import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { pageChecksPlugin } from './src/contract/page-checks-build.ts';

// `base: './'` keeps every URL in the build relative, so the site works under any sub-path,
// on any static host, or from a folder served locally (embedding in course pages needs this).
export default defineConfig({
  base: './',
  // The page's schema checks as code generated here, so the page needs neither zod nor eval to load.
  plugins: [react(), pageChecksPlugin()],
  build: {
    target: 'es2022',
    sourcemap: false,
    rollupOptions: {
      // Two pages: the full view and the chrome-less embed view for iframes (they share chunks).
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        embed: fileURLToPath(new URL('./embed.html', import.meta.url)),
      },
    },
  },
});
