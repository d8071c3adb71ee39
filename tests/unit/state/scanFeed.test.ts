import { describe, expect, it } from 'vitest';
import { codeInPayload, ScanFeed } from '../../../src/state/scanFeed.ts';

describe('the text of a scanned QR code', () => {
  it('is the bare code the pupil’s end screen draws, without the spaces around it', () => {
    expect(codeInPayload(' ABCD-EFGH-JKMNP\n')).toBe('ABCD-EFGH-JKMNP');
  });

  it('is the result an address names, else the address as it is (refused later with its reason)', () => {
    expect(codeInPayload('https://ecole.fr/jeu/?result=ABCD-EFGH-JKMNP')).toBe('ABCD-EFGH-JKMNP');
    expect(codeInPayload('http://127.0.0.1:4173/?mode=classroom&session=K7MQ2X')).toBe(
      'http://127.0.0.1:4173/?mode=classroom&session=K7MQ2X',
    );
  });
});

describe('the codes a frame shows anew', () => {
  it('gives a code once while it stays in view, frame after frame', () => {
    const feed = new ScanFeed(1500);
    expect(feed.fresh(['A'], 0)).toEqual(['A']);
    for (let now = 250; now <= 5000; now += 250) expect(feed.fresh(['A'], now)).toEqual([]);
  });

  it('gives each of two codes in one frame once, and a code twice in a frame once', () => {
    const feed = new ScanFeed(1500);
    expect(feed.fresh(['A', 'B', 'A'], 0)).toEqual(['A', 'B']);
    expect(feed.fresh(['B', 'C'], 250)).toEqual(['C']);
  });

  it('gives a code again once it has been out of view longer than the pause', () => {
    const feed = new ScanFeed(1500);
    feed.fresh(['A'], 0);
    expect(feed.fresh([], 1000)).toEqual([]);
    expect(feed.fresh(['A'], 1400)).toEqual([]);
    expect(feed.fresh(['A'], 1400 + 1501)).toEqual(['A']);
  });
});
