/**
 * Registers the service worker (written by the build, see scripts/serviceWorker.ts) that keeps the game
 * playable with no network once it has loaded: a class on a flaky network, a kiosk that restarts offline.
 */
export function registerOffline(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || framed()) return;
  navigator.serviceWorker
    .register('./sw.js')
    .catch((error) =>
      console.warn('offline: no service worker; the game needs the network to reload.', error),
    );
}

/**
 * Inside another page's frame (a learning platform's course player), the platform serves the game and its
 * files: a worker of ours would cache them under the platform's address and could outlive the course.
 */
function framed(): boolean {
  try {
    return window.top !== window.self;
  } catch {
    return true;
  }
}
