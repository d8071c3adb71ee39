// Loaded only when the teacher opens the scanner (src/scenes/modes/scanSession.ts imports it on demand).
import { type CameraProblem, openCamera, stopCamera } from './camera.ts';
import { openQrReader } from './qrReader.ts';

/** A few reads a second: quick enough for a code held up, light enough for a school PC. */
const READ_EVERY_MS = 250;

export interface RunningScanner {
  readonly native: boolean;
  stop(): void;
}

/**
 * Opens the camera into `video` and reads it every READ_EVERY_MS, handing each frame's QR texts to `onTexts`
 * (none: nothing is called). A camera lost or a reader failing later calls `onFail` once, the camera off.
 */
export async function startScanner(
  video: HTMLVideoElement,
  onTexts: (texts: string[]) => void,
  onFail: (problem: CameraProblem) => void,
): Promise<RunningScanner | CameraProblem> {
  const stream = await openCamera();
  if (typeof stream === 'string') return stream;
  let reader: Awaited<ReturnType<typeof openQrReader>>;
  try {
    reader = await openQrReader();
  } catch {
    stopCamera(stream);
    return 'failed';
  }
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    clearTimeout(timer);
    reader.close();
    stopCamera(stream);
    video.srcObject = null;
  };
  const fail = (problem: CameraProblem) => {
    if (stopped) return;
    stop();
    onFail(problem);
  };
  const tick = async () => {
    if (stopped) return;
    if (video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA && video.videoWidth > 0 && !document.hidden) {
      try {
        const texts = await reader.read(video);
        if (!stopped && texts.length > 0) onTexts(texts);
      } catch {
        fail('failed');
        return;
      }
    }
    if (!stopped) timer = setTimeout(tick, READ_EVERY_MS);
  };

  const track = stream.getVideoTracks()[0];
  track?.addEventListener('ended', () => fail('failed'));
  // A camera facing the teacher is shown as in a mirror, so a code moves the way the hand does.
  video.style.transform = track?.getSettings().facingMode === 'environment' ? '' : 'scaleX(-1)';
  video.muted = true;
  video.playsInline = true;
  video.srcObject = stream;
  try {
    await video.play();
  } catch {
    // Autoplay of a muted camera is allowed; a video taken away meanwhile simply stops here.
  }
  timer = setTimeout(tick, 0);
  return { native: reader.native, stop };
}
