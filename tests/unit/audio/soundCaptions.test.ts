import { describe, expect, it } from 'vitest';
import { readLocales } from '../../../scripts/locales.ts';
import { SOUND_IDS } from '../../../src/audio/audio.ts';
import { SOUND_CAPTIONS } from '../../../src/ui/soundCaptions.ts';

const [french, ...others] = await readLocales((file) => import(file));

describe('sound captions', () => {
  it('captions every sound but the interface ticks', () => {
    const silent = SOUND_IDS.filter((id) => !SOUND_CAPTIONS[id]);
    expect(silent.sort()).toEqual(['click', 'deselect', 'page', 'select']);
  });

  it('has a text of its own in every language for every caption', () => {
    for (const [id, key] of Object.entries(SOUND_CAPTIONS)) {
      if (!key || !french) continue;
      expect(french.strings[key].trim(), id).not.toBe('');
      for (const other of others)
        expect(other.strings[key], `${other.id}: ${id}`).not.toBe(french.strings[key]);
    }
  });
});
