import { existsSync } from 'node:fs';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/**
 * Serves the production build (dist/, or the folder E2E_DIST names: two people testing side by side) for the
 * end-to-end tests, as a player's browser would get it.
 */
export default async function setup(project: TestProject) {
  const outDir = process.env.E2E_DIST || 'dist';
  if (!existsSync(`${outDir}/index.html`))
    throw new Error(`No build in ${outDir}/: run \`npm run build\` before the end-to-end tests.`);
  const server = await preview({
    build: { outDir },
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server gave no address.');
  project.provide('baseUrl', url);
  return async () => {
    await server.close();
  };
}
