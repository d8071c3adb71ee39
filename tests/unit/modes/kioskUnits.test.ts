import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CRASH_LOG_KEY,
  readCrashLog,
  recordCrash,
  writeCrashLog,
} from '../../../src/modes/kiosk/crashLog.ts';
import { IdleWatch } from '../../../src/modes/kiosk/idleWatch.ts';
import { wipeGameKeys } from '../../../src/modes/kiosk/wipe.ts';
import { memoryStorage } from '../../../src/state/safeStorage.ts';

describe('the idle watch', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const make = () => {
    const log: string[] = [];
    const watch = new IdleWatch(6000, 3, {
      countdown: (n) => log.push(`countdown ${n}`),
      cancel: () => log.push('cancel'),
      expire: () => log.push('expire'),
    });
    return { watch, log };
  };

  it('counts down after the idle time, then expires', () => {
    const { watch, log } = make();
    watch.arm();
    vi.advanceTimersByTime(5999);
    expect(log).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['countdown 3']);
    vi.advanceTimersByTime(3000);
    expect(log).toEqual(['countdown 3', 'countdown 2', 'countdown 1', 'expire']);
    expect(watch.status).toBe('off');
  });

  it('starts the wait again on any activity, and a touch during the countdown cancels it', () => {
    const { watch, log } = make();
    watch.arm();
    vi.advanceTimersByTime(5000);
    watch.activity();
    vi.advanceTimersByTime(5000);
    expect(log).toEqual([]);
    vi.advanceTimersByTime(1500);
    watch.activity();
    expect(log).toEqual(['countdown 3', 'cancel']);
    expect(watch.status).toBe('watching');
    vi.advanceTimersByTime(5999);
    expect(log).toHaveLength(2);
  });

  it('does nothing while disarmed (the attract loop)', () => {
    const { watch, log } = make();
    watch.activity();
    vi.advanceTimersByTime(60_000);
    watch.arm();
    watch.disarm();
    vi.advanceTimersByTime(60_000);
    expect(log).toEqual([]);
  });
});

describe('the crash log', () => {
  it('asks for the fallback page at the third crash within five minutes only', () => {
    const win = 5 * 60_000;
    let r = recordCrash([], 0, win, 3);
    expect(r.tooMany).toBe(false);
    r = recordCrash(r.log, 60_000, win, 3);
    expect(r.tooMany).toBe(false);
    expect(recordCrash(r.log, 120_000, win, 3).tooMany).toBe(true);
    expect(recordCrash(r.log, 300_001, win, 3)).toEqual({ log: [60_000, 300_001], tooMany: false });
  });

  it('survives what storage holds, even garbage', () => {
    const s = memoryStorage();
    expect(readCrashLog(s)).toEqual([]);
    writeCrashLog(s, [1, 2]);
    expect(readCrashLog(s)).toEqual([1, 2]);
    s.setItem(CRASH_LOG_KEY, '{nope');
    expect(readCrashLog(s)).toEqual([]);
  });
});

describe('the visitor wipe', () => {
  it("removes every key of the game's and nothing else", () => {
    const s = memoryStorage();
    s.setItem('pedago-studio.save', '{}');
    s.setItem('pedago-studio.backup.1', '{}');
    s.setItem(CRASH_LOG_KEY, '[]');
    s.setItem('other-app', 'x');
    expect(wipeGameKeys(s).sort()).toEqual(['pedago-studio.backup.1', 'pedago-studio.save']);
    expect([s.key(0), s.key(1), s.length]).toEqual([CRASH_LOG_KEY, 'other-app', 2]);
  });
});
