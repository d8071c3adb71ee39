import atlasUrl from '../../assets/icons/atlas.png';
import { FONT } from './theme.ts';

/** What the first screen needs before it can be drawn, fetched while Phaser boots rather than after. */
export interface BootAssets {
  atlas: HTMLImageElement;
}

/**
 * Starts fetching the fonts and the icon atlas at once (index.html already asked the browser to preload
 * them) and reports real progress on the loading screen as each one arrives.
 */
export function loadBootAssets(onProgress: (share: number) => void): Promise<BootAssets> {
  const atlas = new Image();
  atlas.src = atlasUrl;
  const steps: Promise<unknown>[] = [
    document.fonts.load(`22px ${FONT}`),
    document.fonts.load(`bold 22px ${FONT}`),
    atlas.decode(),
  ];
  let done = 0;
  const total = steps.length + 1; // the script itself has arrived: that is the first step
  const tick = () => onProgress(++done / total);
  tick();
  // A font that fails falls back to the system face; the game must still start.
  return Promise.all(steps.map((p) => p.catch(() => undefined).finally(tick))).then(() => ({ atlas }));
}

/**
 * Moves the loading bar through the boot's own part: public/boot-progress.js filled the first part (the
 * bar's data-downloaded) as the files arrived. Never back.
 */
export function setBootProgress(share: number): void {
  const bar = document.getElementById('boot-progress') as HTMLProgressElement | null;
  if (!bar) return;
  const downloaded = Number(bar.dataset.downloaded) || 0;
  bar.value = Math.max(bar.value, downloaded + (1 - downloaded) * share);
}

export function removeBootScreen(): void {
  document.getElementById('boot')?.remove();
}
