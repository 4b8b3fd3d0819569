import { readFileSync } from 'node:fs';
import { defaultClientConditions } from 'vite';
import type { UserConfig } from 'vite';
import react from '@vitejs/plugin-react';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/** Renderer settings shared by the web build and electron-vite's renderer build. */
export const rendererConfig = {
  plugins: [react()],
  define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(version) },
  resolve: {
    // The roadmap is parsed in a worker, where `document` does not exist: packages with a
    // "worker" export (the Markdown parser's entity decoder) must not get their DOM build.
    conditions: ['worker', ...defaultClientConditions],
  },
  worker: { format: 'es' },
} satisfies UserConfig;
