import type { FrameMessage } from './qrWorker.ts';

/** Reads the QR codes in view of a playing video. */
export interface QrReader {
  /** The browser's own BarcodeDetector, or the worker's decoder. */
  readonly native: boolean;
  read(video: HTMLVideoElement): Promise<string[]>;
  close(): void;
}

/** A frame is read at most this many pixels on its long side: enough for a result code held up. */
const FRAME_PX = 640;

interface BarcodeDetectorLike {
  detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>;
}
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats(): Promise<string[]>;
}

async function nativeReader(): Promise<QrReader | null> {
  const Native = (window as unknown as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  try {
    if (!Native || !(await Native.getSupportedFormats()).includes('qr_code')) return null;
    const detector = new Native({ formats: ['qr_code'] });
    return {
      native: true,
      read: async (video) => (await detector.detect(video)).map((code) => code.rawValue),
      close() {},
    };
  } catch {
    return null;
  }
}

/** The fallback: a downscaled copy of the frame, read by the decoder in its worker (src/ui/qrWorker.ts). */
function workerReader(): QrReader {
  const worker = new Worker(new URL('./qrWorker.ts', import.meta.url), { type: 'module' });
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  const waiting = new Map<number, { done: (texts: string[]) => void; fail: (e: unknown) => void }>();
  let next = 0;
  const failAll = (error: unknown) => {
    for (const w of waiting.values()) w.fail(error);
    waiting.clear();
  };
  worker.onmessage = (e: MessageEvent<{ id: number; texts: string[] }>) => {
    waiting.get(e.data.id)?.done(e.data.texts);
    waiting.delete(e.data.id);
  };
  worker.onerror = (e) => failAll(new Error(e.message || 'the QR code reader did not start'));
  return {
    native: false,
    read(video) {
      const scale = Math.min(1, FRAME_PX / Math.max(video.videoWidth, video.videoHeight, 1));
      const width = Math.max(1, Math.round(video.videoWidth * scale));
      const height = Math.max(1, Math.round(video.videoHeight * scale));
      if (!ctx) return Promise.reject(new Error('no 2D canvas'));
      canvas.width = width;
      canvas.height = height;
      ctx.drawImage(video, 0, 0, width, height);
      const { data } = ctx.getImageData(0, 0, width, height);
      const id = next++;
      return new Promise((done, fail) => {
        waiting.set(id, { done, fail });
        const frame: FrameMessage = { id, width, height, data };
        worker.postMessage(frame, [data.buffer]);
      });
    },
    close() {
      worker.terminate();
      failAll(new Error('closed'));
    },
  };
}

/** The browser's BarcodeDetector where it reads QR codes, else the decoder of the game's own worker. */
export async function openQrReader(): Promise<QrReader> {
  return (await nativeReader()) ?? workerReader();
}
