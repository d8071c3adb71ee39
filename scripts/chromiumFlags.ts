/**
 * The flags every headless Chromium of the project starts with: no sandbox (we run as root), and none
 * of the background traffic this offline machine would refuse.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
