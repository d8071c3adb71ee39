import { describe, expect, it } from 'vitest';
import { cmiTimespan, openCourse } from '../../../src/modes/course/courseLink.ts';
import { findScormApi, type Scorm12Api } from '../../../src/modes/course/scormApi.ts';
import { packSuspend, unpackSuspend } from '../../../src/modes/course/suspendData.ts';
import { courseResult } from '../../../src/sim/classroom/courseScore.ts';
import { memoryStorage } from '../../../src/state/safeStorage.ts';

/** A platform's SCORM 1.2 API that logs each call; `refuse` names the elements it will not take. */
function fakeApi(kept: Record<string, string> = {}, refuse: string[] = []) {
  const calls: string[] = [];
  const values: Record<string, string> = { ...kept };
  let lastError = '0';
  const logged = (call: string, answer: string) => {
    calls.push(call);
    return answer;
  };
  const api: Scorm12Api = {
    LMSInitialize: () => logged('LMSInitialize', 'true'),
    LMSFinish: () => logged('LMSFinish', 'true'),
    LMSGetValue: (el) => logged(`get ${el}`, values[el] ?? ''),
    LMSSetValue: (el, v) => {
      calls.push(`set ${el}`);
      if (refuse.includes(el)) {
        lastError = '405';
        return 'false';
      }
      values[el] = v;
      return 'true';
    },
    LMSCommit: () => logged('LMSCommit', 'true'),
    LMSGetLastError: () => lastError,
    LMSGetErrorString: (code) => (code === '405' ? 'Incorrect Data Type' : 'No error'),
  };
  return { api, calls, values };
}

const PREFIX = 'pedago-studio.course.TEST.';

function open(api: unknown, browser = memoryStorage()) {
  const warnings: string[] = [];
  let clock = 0;
  const link = openCourse({ API: api } as unknown as Window, {
    prefix: PREFIX,
    browser: () => browser,
    lighter: (v) => v,
    now: () => (clock += 61_500),
    warn: (m) => void warnings.push(m),
  });
  return { link, warnings, browser };
}

describe('the SCORM 1.2 API, looked for as a platform offers it', () => {
  it('is found in a frame above the game, or in the window that opened it, and missing parts are named', () => {
    const { api } = fakeApi();
    const top = { API: api } as unknown as Window;
    const middle = { parent: top } as unknown as Window;
    const game = { parent: middle } as unknown as Window;
    (top as unknown as { parent: Window }).parent = top;
    expect(findScormApi(game)).toEqual({ kind: 'found', api });
    const opened = { parent: null, opener: top } as unknown as Window;
    expect(findScormApi(opened).kind).toBe('found');
    const foreign = {
      get parent(): Window {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    } as unknown as Window;
    expect(findScormApi(foreign)).toEqual({ kind: 'none' });
    const { LMSCommit: _c, LMSFinish: _f, ...half } = api;
    expect(findScormApi({ API: half } as unknown as Window)).toEqual({
      kind: 'broken',
      reason: 'window.API lacks LMSFinish, LMSCommit',
    });
  });
});

describe('a course talking to its platform', () => {
  it('resumes from the suspend data, sends the score before the status, commits each mission and finishes once', () => {
    const kept = {
      'cmi.suspend_data': packSuspend({ save: '{"s":1}' }),
      'cmi.student_data.mastery_score': '60',
    };
    const { api, calls, values } = fakeApi(kept);
    const { link } = open(api);
    expect(link.status()).toBe('lms');
    expect(link.fresh).toBe(false);
    expect(link.masteryScore).toBe(60);
    expect(link.storage?.getItem(`${PREFIX}save`)).toBe('{"s":1}');
    link.storage?.setItem(`${PREFIX}pupil`, '{"p":2}');
    calls.length = 0;
    link.report({ score: 67, status: 'passed' });
    expect(calls).toEqual([
      'set cmi.core.score.min',
      'set cmi.core.score.max',
      'set cmi.core.score.raw',
      'set cmi.core.lesson_status',
      'set cmi.suspend_data',
      'LMSCommit',
    ]);
    expect(values['cmi.core.score.raw']).toBe('67');
    const back = unpackSuspend(values['cmi.suspend_data'] ?? '');
    expect(back).toEqual({ ok: true, values: { save: '{"s":1}', pupil: '{"p":2}' } });
    link.finish();
    link.finish();
    expect(calls.filter((c) => c === 'LMSFinish')).toHaveLength(1);
    expect(values['cmi.core.exit']).toBe('');
    expect(values['cmi.core.session_time']).toBe('0000:01:01.50');
  });

  it('leaves an unfinished course suspended, to come back to', () => {
    const { api, values } = fakeApi();
    const { link } = open(api);
    expect(link.fresh).toBe(true);
    link.report({ score: 22, status: 'incomplete' });
    link.finish();
    expect(values['cmi.core.exit']).toBe('suspend');
  });

  it('falls back to the browser, saying so once, when the platform refuses a value', () => {
    const { api, calls } = fakeApi({}, ['cmi.core.score.raw']);
    const browser = memoryStorage();
    const { link, warnings } = open(api, browser);
    const heard: string[] = [];
    link.onStatus((s) => heard.push(s));
    link.storage?.setItem(`${PREFIX}save`, 'first');
    link.report({ score: 10, status: 'incomplete' });
    link.report({ score: 20, status: 'incomplete' });
    expect(link.status()).toBe('fallback');
    expect(heard).toEqual(['fallback']);
    expect(warnings).toEqual([
      'course: LMSSetValue(cmi.core.score.raw) failed (error 405: Incorrect Data Type); progress is kept in this browser from now on.',
    ]);
    // Nothing more is sent once the line is broken; what was kept moves to the browser, and so does what follows.
    expect(calls.filter((c) => c === 'set cmi.core.lesson_status')).toHaveLength(0);
    expect(browser.getItem(`${PREFIX}save`)).toBe('first');
    link.storage?.setItem(`${PREFIX}save`, 'second');
    expect(browser.getItem(`${PREFIX}save`)).toBe('second');
  });

  it('plays in the browser when the API is damaged or throws, and refuses foreign suspend data without losing play', () => {
    const damaged = open({ LMSInitialize: () => 'true' });
    expect(damaged.link.status()).toBe('fallback');
    expect(damaged.link.storage).toBe(damaged.browser);
    expect(damaged.warnings[0]).toMatch(/window.API lacks LMSFinish/);
    const { api } = fakeApi();
    const throwing = open({
      ...api,
      LMSInitialize: () => {
        throw new Error('not ready');
      },
    });
    expect(throwing.link.status()).toBe('fallback');
    expect(throwing.warnings[0]).toBe(
      'course: LMSInitialize failed (not ready); progress stays in this browser.',
    );
    const other = open(fakeApi({ 'cmi.suspend_data': 'page=12;score=4' }).api);
    expect(other.link.status()).toBe('lms');
    expect(other.link.storage?.length).toBe(0);
    expect(other.warnings).toEqual([
      "course: the platform's suspend data was not read (not this game’s suspend data).",
    ]);
  });
});

describe("a course's score and status", () => {
  const ids = ['a', 'b', 'c'];
  const s = (stars: number) => ({ stars, format: 0, topic: 0 });
  it('counts the stars won over the stars there were, and is done only when every mission is', () => {
    expect(courseResult({}, ids, null)).toEqual({ score: 0, status: 'incomplete' });
    expect(courseResult({ a: s(3) }, ids, null)).toEqual({ score: 33, status: 'incomplete' });
    expect(courseResult({ a: s(3), b: s(2), c: s(1) }, ids, null)).toEqual({
      score: 67,
      status: 'completed',
    });
    expect(courseResult({ a: s(3), b: s(2), c: s(1) }, ids, 60)).toEqual({ score: 67, status: 'passed' });
    expect(courseResult({ a: s(1), b: s(1), c: s(1) }, ids, 60)).toEqual({ score: 33, status: 'completed' });
  });

  it('writes a session time as SCORM 1.2 wants it', () => {
    expect(cmiTimespan(0)).toBe('0000:00:00.00');
    expect(cmiTimespan(3_723_450)).toBe('0001:02:03.45');
  });
});
