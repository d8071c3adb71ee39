import { describe, expect, it } from 'vitest';
import { SOUND_IDS } from '../../../src/audio/audio.ts';
import { STRING_TABLES } from '../../../src/i18n/tables.ts';
import { SOUND_CAPTIONS } from '../../../src/ui/soundCaptions.ts';

describe('sound captions', () => {
  it('captions every sound but the interface ticks', () => {
    const silent = SOUND_IDS.filter((id) => !SOUND_CAPTIONS[id]);
    expect(silent.sort()).toEqual(['click', 'deselect', 'page', 'select']);
  });

  it('has a French and an English text for every caption', () => {
    for (const [id, key] of Object.entries(SOUND_CAPTIONS)) {
      if (!key) continue;
      expect(STRING_TABLES.fr[key].trim(), id).not.toBe('');
      expect(STRING_TABLES.en[key].trim(), id).not.toBe('');
      expect(STRING_TABLES.fr[key], id).not.toBe(STRING_TABLES.en[key]);
    }
  });
});
