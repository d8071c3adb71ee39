// A worker of its own (src/ui/qrReader.ts starts it), so reading a frame never holds up the game's page.
import { binarize, Decoder, Detector, grayscale } from '@nuintun/qrcode';

export interface FrameMessage {
  id: number;
  width: number;
  height: number;
  data: Uint8ClampedArray<ArrayBuffer>;
}

const detector = new Detector();
const decoder = new Decoder();

/** The texts of every QR code found in the frame. */
function read(image: ImageData): string[] {
  const found: string[] = [];
  const candidates = detector.detect(binarize(grayscale(image), image.width, image.height));
  let candidate = candidates.next();
  while (!candidate.done) {
    let decoded = false;
    try {
      found.push(decoder.decode(candidate.value.matrix).content);
      decoded = true;
    } catch {
      // Finder patterns that were no readable code: the detector tries the next group.
    }
    candidate = candidates.next(decoded);
  }
  return found;
}

self.onmessage = (e: MessageEvent<FrameMessage>) => {
  const { id, width, height, data } = e.data;
  self.postMessage({ id, texts: read(new ImageData(data, width, height)) });
};
