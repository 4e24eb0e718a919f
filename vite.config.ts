import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `base: './'` keeps every URL in the build relative, so the site works under any sub-path,
// on any static host, or from a folder served locally (embedding in course pages needs this).
export default defineConfig({
  base: './',
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
});
