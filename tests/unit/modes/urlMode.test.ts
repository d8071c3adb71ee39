import { describe, expect, it } from 'vitest';
import { countdownSeconds, KIOSK_CONFIG } from '../../../src/modes/kiosk/config.ts';
import { modeFromUrl, urlForMode } from '../../../src/modes/urlMode.ts';

describe('the mode in the address', () => {
  it('is the home game by default or when unknown', () => {
    expect(modeFromUrl('')).toEqual({ kind: 'home' });
    expect(modeFromUrl('?mode=arcade')).toEqual({ kind: 'home' });
  });

  it('reads the kiosk and its idle timeout, bounded; without one (or a wrong one) kiosk.json decides', () => {
    expect(modeFromUrl('?mode=kiosk')).toEqual({ kind: 'kiosk', idleSeconds: null });
    expect(modeFromUrl('?mode=KIOSK&idle=6')).toEqual({ kind: 'kiosk', idleSeconds: 6 });
    expect(modeFromUrl('?mode=kiosk&idle=abc')).toEqual({ kind: 'kiosk', idleSeconds: null });
    expect(modeFromUrl('?mode=kiosk&idle=0')).toEqual({ kind: 'kiosk', idleSeconds: 2 });
  });

  it('reads the teacher and the classroom with their session', () => {
    expect(modeFromUrl('?mode=teacher')).toEqual({ kind: 'teacher', session: null });
    expect(modeFromUrl('?mode=classroom&session=K7M-Q2X')).toEqual({ kind: 'classroom', session: 'K7M-Q2X' });
    expect(modeFromUrl('?mode=classroom&session=')).toEqual({ kind: 'classroom', session: null });
  });

  it('reads the workshop, which takes nothing else from the address', () => {
    expect(modeFromUrl('?mode=workshop')).toEqual({ kind: 'workshop' });
    expect(modeFromUrl('?mode=Workshop&session=K7M')).toEqual({ kind: 'workshop' });
  });

  it('writes back the address of a mode', () => {
    for (const q of [
      '?mode=kiosk&idle=6',
      '?mode=kiosk',
      '?mode=classroom&session=K7MQ2X',
      '?mode=teacher',
      '?mode=workshop',
    ]) {
      expect(urlForMode(modeFromUrl(q))).toBe(q);
    }
  });
});

describe('the kiosk countdown', () => {
  it('lasts at least 20 seconds at the default timeout and scales down for short ones', () => {
    expect(countdownSeconds(KIOSK_CONFIG.idleSeconds)).toBeGreaterThanOrEqual(20);
    expect(countdownSeconds(6)).toBe(3);
    expect(countdownSeconds(2)).toBe(1);
  });
});
