import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encode } from 'uqr';

/** The fake camera's picture: 640×480 at 10 frames a second, as Chromium's fake capture device reads it. */
const W = 640;
const H = 480;
const FPS = 10;
/** Luma of paper and ink: a QR code on a phone's screen as a webcam sees it, not pure black and white. */
const PAPER = 225;
const INK = 30;

/** One frame's luma: a QR code of `text` (with a quiet zone of four modules) as large as the frame holds. */
function qrFrame(text: string | null): Uint8Array {
  const y = new Uint8Array(W * H).fill(PAPER);
  if (text === null) return y;
  const qr = encode(text, { ecc: 'M', border: 4 });
  const cell = Math.floor((H * 0.9) / qr.size);
  const left = Math.floor((W - cell * qr.size) / 2);
  const top = Math.floor((H - cell * qr.size) / 2);
  qr.data.forEach((row, r) => {
    row.forEach((dark, c) => {
      if (!dark) return;
      for (let dy = 0; dy < cell; dy++)
        y.fill(
          INK,
          (top + r * cell + dy) * W + left + c * cell,
          (top + r * cell + dy) * W + left + (c + 1) * cell,
        );
    });
  });
  return y;
}

/**
 * Writes a Y4M video (4:2:0, grey) that shows each text as a QR code for `holdS` seconds, a blank picture
 * for `gapS` seconds between them, and returns its path. Chromium plays it in a loop as the camera.
 */
export function qrVideo(texts: readonly string[], holdS = 1.5, gapS = 0.5): string {
  const chroma = new Uint8Array((W / 2) * (H / 2)).fill(128);
  const parts: Uint8Array[] = [Buffer.from(`YUV4MPEG2 W${W} H${H} F${FPS}:1 Ip A1:1 C420jpeg\n`)];
  const frames = (luma: Uint8Array, seconds: number) => {
    for (let i = 0; i < Math.round(seconds * FPS); i++)
      parts.push(Buffer.from('FRAME\n'), luma, chroma, chroma);
  };
  for (const text of texts) {
    frames(qrFrame(null), gapS);
    frames(qrFrame(text), holdS);
  }
  const path = join(mkdtempSync(join(tmpdir(), 'pedago-camera-')), 'codes.y4m');
  writeFileSync(path, Buffer.concat(parts));
  return path;
}
