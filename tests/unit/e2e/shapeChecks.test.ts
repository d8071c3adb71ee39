import { describe, expect, it } from 'vitest';
import type { DrawnReport } from '../../../src/ui/drawnReport.ts';
import { shapeProblems, type TwinBox } from '../../e2e/shapeChecks.ts';

const PHONE = { w: 390, h: 844 };
const box = (x: number, y: number, w: number, h: number) => ({ x, y, w, h });

/** A clean phone screen: a heading, a line of body text, one button whose twin sits on it. */
function screen(): { report: DrawnReport; twins: TwinBox[] } {
  const button = box(16, 760, 358, 56);
  return {
    report: {
      viewport: PHONE,
      canvas: box(0, 0, 390, 844),
      scale: 1,
      texts: [
        { text: 'Bienvenue', kind: 'h1', px: 28, box: box(16, 16, 200, 38) },
        { text: 'Votre mission', kind: 'body', px: 17, box: box(16, 70, 300, 23) },
        { text: 'Continuer', kind: 'body', px: 17, box: box(120, 776, 90, 23) },
      ],
      controls: [{ key: 'next', drawn: button, twin: button }],
    },
    twins: [{ key: 'next', box: button, hit: button }],
  };
}

describe('the shape checks of the e2e screenshots', () => {
  it('find nothing on a clean screen, its label inside its button', () => {
    const { report, twins } = screen();
    expect(shapeProblems(report, twins, false)).toEqual([]);
  });

  it('find a letterboxed canvas, text too small, and text off screen or over other text', () => {
    const { report, twins } = screen();
    report.canvas = box(0, 311, 390, 219);
    report.texts.push({ text: 'Note', kind: 'small', px: 12, box: box(300, 70, 120, 18) });
    const found = shapeProblems(report, twins, false);
    expect(found).toContain('canvas 390×219 at 0,311 does not cover the 390×844 window');
    expect(found).toContain('text "Note" at 12.0 CSS px (least 14)');
    expect(found).toContain('text "Note" off screen: 120×18 at 300,70');
    expect(found).toContain('text "Votre mission" overlaps text "Note"');
  });

  it('find a target under 44 px, and under 64 px at a kiosk unless its surround reaches that far', () => {
    const { report, twins } = screen();
    const small = box(16, 700, 120, 40);
    twins.push({ key: 'codex', box: small, hit: small });
    expect(shapeProblems(report, twins, false)).toContain(
      'control "codex" takes touches over 120×40 at 16,700 (least 44×44)',
    );
    const kiosk = shapeProblems(report, twins, true);
    expect(kiosk).toContain('control "next" takes touches over 358×56 at 16,760 (least 64×64)');
    twins.forEach((t) => {
      t.hit = box(t.box.x, t.box.y - 12, t.box.w, 80);
    });
    expect(shapeProblems(report, twins, true).filter((p) => p.includes('takes touches'))).toEqual([]);
  });

  it('find controls over each other and a twin away from its drawn control', () => {
    const { report, twins } = screen();
    const back = box(16, 740, 200, 56);
    twins.push({ key: 'back', box: back, hit: back });
    report.controls.push({ key: 'back', drawn: back, twin: box(16, 700, 200, 56) });
    const found = shapeProblems(report, twins, false);
    expect(found).toContain('control "next" overlaps control "back"');
    expect(found).toContain('control "back" drawn 200×56 at 16,740 but its twin is 200×56 at 16,700');
  });
});
