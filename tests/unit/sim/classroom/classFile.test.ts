import { describe, expect, it } from 'vitest';
import { CLASS_FILE_VERSION, classFileText, readClassFile } from '../../../../src/sim/classroom/classFile.ts';
import { encodeSession } from '../../../../src/sim/classroom/sessionCode.ts';

const session = { playlist: 'classroom' as const, length: 2, seed: 4242 };
const code = encodeSession(session);
const file = (fields: Record<string, unknown>) =>
  JSON.stringify({
    app: 'pedago-studio',
    kind: 'class-results',
    version: 1,
    session: code,
    codes: [],
    ...fields,
  });

describe('a session file', () => {
  it('gives back the session and the codes it was written with', () => {
    const text = classFileText(code, ['ABCD-EFGH-JKMNP', 'QRST-UVWX-YZ234']);
    expect(JSON.parse(text)).toEqual({
      app: 'pedago-studio',
      kind: 'class-results',
      version: CLASS_FILE_VERSION,
      session: code,
      codes: ['ABCD-EFGH-JKMNP', 'QRST-UVWX-YZ234'],
    });
    expect(readClassFile(text)).toEqual({
      ok: true,
      session,
      sessionCode: code,
      codes: ['ABCD-EFGH-JKMNP', 'QRST-UVWX-YZ234'],
    });
  });

  it('is read with a byte order mark and a session code typed loosely', () => {
    const read = readClassFile(`\uFEFF${file({ session: code.replace('-', '').toLowerCase() })}`);
    expect(read).toMatchObject({ ok: true, sessionCode: code });
  });

  it('is refused when it is not JSON at all', () => {
    expect(readClassFile('Code résultat;Mission 1\r\nABCD;3')).toEqual({ ok: false, problem: 'notJson' });
    expect(readClassFile('')).toEqual({ ok: false, problem: 'notJson' });
  });

  it('is refused as foreign when it is JSON from something else', () => {
    for (const text of [
      '[]',
      '"K7M-Q2X"',
      'null',
      '{"name":"x"}',
      file({ app: 'other' }),
      file({ kind: 'save' }),
    ])
      expect(readClassFile(text), text).toEqual({ ok: false, problem: 'foreign' });
    expect(readClassFile(`"${'x'.repeat(300_000)}"`)).toEqual({ ok: false, problem: 'foreign' });
  });

  it('is refused, saying so, when a newer game wrote it', () => {
    expect(readClassFile(file({ version: CLASS_FILE_VERSION + 1 }))).toEqual({ ok: false, problem: 'newer' });
  });

  it('is refused as broken when one of its fields is damaged', () => {
    for (const fields of [
      { version: '1' },
      { version: 0 },
      { version: 1.5 },
      { session: 42 },
      { session: 'K7M-Q2' },
      { codes: 'ABCD-EFGH-JKMNP' },
      { codes: ['ABCD-EFGH-JKMNP', 7] },
      { codes: undefined },
    ])
      expect(readClassFile(file(fields)), JSON.stringify(fields)).toEqual({ ok: false, problem: 'broken' });
  });
});
