import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { budgetLines, weightLine } from '../../../scripts/bench/report.ts';
import { weighBudget } from '../../../scripts/bench/sizes.ts';

const dir = mkdtempSync(join(tmpdir(), 'weight-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (path: string, bytes: number) => {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), Buffer.alloc(bytes, 97));
};

describe('the weight budget of a build', () => {
  write('index.html', 1000);
  write('assets/index-a.js', 5000);
  write('assets/music-title-x.mp3', 3000);
  write('assets/music-live-y.mp3', 4000);
  write('assets/click-z.mp3', 200);
  write('assets/font-w.woff2', 700);
  const worker =
    'const FILES = ["./","assets/index-a.js","assets/music-title-x.mp3","assets/click-z.mp3","assets/font-w.woff2"];\n';
  writeFileSync(join(dir, 'sw.js'), worker);

  it('weighs every file, what the worker fetches at install (itself too), audio, music and fonts', () => {
    const b = weighBudget(dir);
    expect(b.dist.files).toBe(7);
    expect(b.dist.raw).toBe(13_900 + worker.length);
    expect([b.install.files, b.install.raw]).toEqual([6, 9_900 + worker.length]);
    expect([b.audio.files, b.audio.raw]).toEqual([3, 7200]);
    expect([b.music.files, b.music.raw]).toEqual([2, 7000]);
    expect([b.fonts.files, b.fonts.raw]).toEqual([1, 700]);
    expect(b.dist.gzip).toBeLessThan(b.dist.raw);
  });

  it('refuses a worker that lists a file the build lacks', () => {
    writeFileSync(join(dir, 'sw.js'), 'const FILES = ["./","assets/gone.js"];\n');
    expect(() => weighBudget(dir)).toThrow(/gone\.js/);
  });

  it('prints raw and gzip, and judges the gzip against its target', () => {
    const w = { files: 2, raw: 2_000_000, gzip: 1_400_000 };
    expect(weightLine('whole build', w, 1_500_000)).toBe(
      'whole build (2 files): raw 2000.0 kB, gzip 1400.0 kB (target gzip ≤ 1500.0 kB) OK',
    );
    expect(weightLine('x', w, 1_200_000)).toMatch(/OVER$/);
    expect(weightLine('fonts', w)).toBe('fonts (2 files): raw 2000.0 kB, gzip 1400.0 kB');
    const lines = budgetLines('dist/', { dist: w, install: w, audio: w, music: w, fonts: w });
    expect(lines).toHaveLength(5);
    expect(lines[2]).toContain('service worker install');
  });
});
