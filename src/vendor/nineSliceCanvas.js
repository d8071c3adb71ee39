/**
 * Phaser draws NineSlice objects with WebGL only; with the Canvas renderer the game uses, every panel of
 * the game would vanish. This draws the nine pieces with the 2D context instead: corners at their
 * size, edges and centre stretched. Installed on NineSlice's prototype by src/vendor/phaser.js.
 */
import SetTransform from 'phaser-src/renderer/canvas/utils/SetTransform.js';

/** Splits a length into [start, middle, end] spans around two fixed ends. */
function spans(total, start, end) {
  return [
    [0, start],
    [start, Math.max(0, total - start - end)],
    [total - end, end],
  ];
}

export function renderNineSliceCanvas(renderer, src, camera, parentMatrix) {
  camera.addToRenderList(src);
  const ctx = renderer.currentContext;
  if (!SetTransform(renderer, ctx, src, camera, parentMatrix)) return;
  const frame = src.frame;
  const image = frame.source.image;
  const columnsFrom = spans(frame.cutWidth, src.leftWidth, src.rightWidth);
  const rowsFrom = spans(frame.cutHeight, src.topHeight, src.bottomHeight);
  const columnsTo = spans(src.width, src.leftWidth, src.rightWidth);
  const rowsTo = spans(src.height, src.topHeight, src.bottomHeight);
  const x0 = -src._displayOriginX;
  const y0 = -src._displayOriginY;
  for (let r = 0; r < 3; r++) {
    for (let c = 0; c < 3; c++) {
      const [sx, sw] = columnsFrom[c];
      const [sy, sh] = rowsFrom[r];
      const [dx, dw] = columnsTo[c];
      const [dy, dh] = rowsTo[r];
      if (sw > 0 && sh > 0 && dw > 0 && dh > 0)
        ctx.drawImage(image, frame.cutX + sx, frame.cutY + sy, sw, sh, x0 + dx, y0 + dy, dw, dh);
    }
  }
  ctx.restore();
}
