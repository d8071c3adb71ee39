import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KIOSK_DEFAULTS, readKioskSettings } from '../../../src/modes/kiosk/kioskSettings.ts';

describe("kiosk.json, the operator's settings", () => {
  it('ships with the defaults, and reads back exactly them', () => {
    expect(readKioskSettings(readFileSync('public/kiosk.json', 'utf8'))).toEqual({
      settings: KIOSK_DEFAULTS,
      problems: [],
    });
  });

  it('applies each good field and names each wrong one, which keeps its default', () => {
    const read = readKioskSettings(
      JSON.stringify({
        moreInfoUrl: 'https://salon.example/metiers',
        idleSeconds: 1,
        countdownSeconds: 12,
        colour: 'red',
      }),
    );
    expect(read.settings).toEqual({
      ...KIOSK_DEFAULTS,
      moreInfoUrl: 'https://salon.example/metiers',
      countdownSeconds: 12,
    });
    expect(read.problems).toEqual([
      'idleSeconds: 1 is not a whole number of seconds from 2 to 3600; the default is kept',
      'colour: not a kiosk setting (ignored)',
    ]);
    expect(readKioskSettings('{"moreInfoUrl":"javascript:alert(1)"}').problems).toEqual([
      'moreInfoUrl: "javascript:alert(1)" is not a web address (https://…); the default is kept',
    ]);
  });

  it('keeps every default, saying why, when the file is broken or not settings; absent, it says nothing', () => {
    expect(readKioskSettings('{"idleSeconds": 30,').problems[0]).toMatch(/^not valid JSON/);
    expect(readKioskSettings('[1,2]')).toEqual({
      settings: KIOSK_DEFAULTS,
      problems: ['not a JSON object of settings'],
    });
    expect(readKioskSettings(null)).toEqual({ settings: KIOSK_DEFAULTS, problems: [] });
  });

  it('never throws, and changes a setting only to a valid value, whatever the file holds', () => {
    const field = fc.oneof(fc.jsonValue(), fc.webUrl(), fc.integer({ min: -10, max: 5000 }));
    const file = fc.oneof(
      fc.string(),
      fc.json(),
      fc
        .record({ moreInfoUrl: field, idleSeconds: field, countdownSeconds: field }, { requiredKeys: [] })
        .map((o) => JSON.stringify(o)),
    );
    fc.assert(
      fc.property(file, (text) => {
        const { settings, problems } = readKioskSettings(text);
        expect(new URL(settings.moreInfoUrl).protocol).toMatch(/^https?:$/);
        expect(
          Number.isInteger(settings.idleSeconds) && settings.idleSeconds >= 2 && settings.idleSeconds <= 3600,
        ).toBe(true);
        expect(Number.isInteger(settings.countdownSeconds) && settings.countdownSeconds >= 1).toBe(true);
        for (const p of problems) expect(p.length).toBeGreaterThan(10);
      }),
      { numRuns: 400 },
    );
  });
});
