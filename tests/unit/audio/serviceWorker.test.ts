import { describe, expect, it } from 'vitest';
import { installFilesOf, precachePlan } from '../../../scripts/serviceWorker.ts';

const FILES = [
  'assets/index-a1.js',
  'assets/click-Bx_1.mp3',
  'assets/music-title-DfQw0MoC.mp3',
  'assets/music-office-CKG-Wl0.mp3',
  'assets/music-live-DYGP1nqy.mp3',
  'assets/opendyslexic-latin-400-normal-nUhe5EwG.woff2',
  'catalogue-a4b6674a13.json',
  'index.html',
];

describe('the service worker fetches at install', () => {
  it('every file of the build but the music moods other than the title', () => {
    const { install, onFirstPlay } = precachePlan(FILES);
    expect(onFirstPlay).toEqual(['assets/music-office-CKG-Wl0.mp3', 'assets/music-live-DYGP1nqy.mp3']);
    expect(install).toEqual(FILES.filter((f) => !onFirstPlay.includes(f)));
    expect(install).toContain('assets/music-title-DfQw0MoC.mp3');
    expect(install).toContain('assets/click-Bx_1.mp3');
  });

  it('but the workshop’s chunks, its code editor and its balance bot, which no player needs', () => {
    const workshop = [
      'assets/workshopMain-a1.js',
      'assets/codeEditor-b2.js',
      'assets/balanceWorker-c3.js',
      'assets/levelChecks-d4.js',
      'assets/openCustom-e5.js',
    ];
    expect(precachePlan([...FILES, ...workshop]).onFirstPlay).toEqual(expect.arrayContaining(workshop));
  });

  it('reads its list back from a written sw.js, and refuses a file that has none', () => {
    const source = `const CACHE = "x";\nconst FILES = ["./","assets/a.js"];\nconst ON_FIRST_PLAY = [];\n`;
    expect(installFilesOf(source)).toEqual(['./', 'assets/a.js']);
    expect(() => installFilesOf('self.addEventListener("fetch", () => {});')).toThrow(/no FILES/);
  });
});
