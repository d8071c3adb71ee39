import compression from 'compression';
import type { Connect, Plugin, PreviewServer } from 'vite';
import { preview } from 'vite';

/**
 * Compresses what the server sends, as the bench weighs it (gzip -9); MP3, WOFF2 and PNG are sent as they
 * are, already compressed. A school's line then carries the build's gzip weight, not its raw one.
 */
function compressed(): Plugin {
  return {
    name: 'pedago-compression',
    configurePreviewServer(server) {
      server.middlewares.use(compression({ level: 9 }) as unknown as Connect.NextHandleFunction);
    },
  };
}

export interface ServeOptions {
  outDir?: string;
  host: string;
  port: number;
  logLevel?: 'info' | 'silent';
}

/**
 * The build served as `npm start` serves it: compressed, with the security headers (vite.config.ts's
 * plugin). A busy port moves to the next free one.
 */
export function serveGame(o: ServeOptions): Promise<PreviewServer> {
  return preview({
    logLevel: o.logLevel ?? 'info',
    build: { outDir: o.outDir ?? 'dist' },
    plugins: [compressed()],
    preview: { host: o.host, port: o.port, strictPort: false, open: false },
  });
}
