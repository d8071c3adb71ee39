import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';

/** Powerful features the game never uses, refused to every page and frame. */
const NEVER = ['microphone', 'geolocation', 'usb', 'serial', 'bluetooth', 'payment', 'midi'];

/**
 * The headers every answer of `npm start` (and the end-to-end tests' server) carries: no MIME sniffing, no
 * referrer sent anywhere, and a Permissions-Policy that allows the camera to the teacher's page only (its
 * scanner reads the pupils' QR codes), to no other page of the game and to no frame.
 */
export function securityHeaders(url: string): Record<string, string> {
  const mode = new URL(url, 'http://localhost').searchParams.get('mode')?.trim().toLowerCase();
  const camera = mode === 'teacher' ? 'camera=(self)' : 'camera=()';
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': [camera, ...NEVER.map((f) => `${f}=()`)].join(', '),
  };
}

function addHeaders(req: IncomingMessage, res: ServerResponse, next: () => void): void {
  for (const [name, value] of Object.entries(securityHeaders(req.url ?? '/'))) res.setHeader(name, value);
  next();
}

/** Adds securityHeaders to the preview server (npm start, the tests) and the dev server. */
export function securityHeadersPlugin(): Plugin {
  return {
    name: 'pedago-security-headers',
    configurePreviewServer(server) {
      server.middlewares.use(addHeaders);
    },
    configureServer(server) {
      server.middlewares.use(addHeaders);
    },
  };
}
