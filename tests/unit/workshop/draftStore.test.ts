import { describe, expect, it } from 'vitest';
import { SafeStorage } from '../../../src/state/safeStorage.ts';
import { DRAFT_KEY, loadDraft, readMissionFile, saveDraft } from '../../../src/workshop/draftStore.ts';

function memory(): Storage {
  const m = new Map<string, string>();
  return {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, v),
    removeItem: (k) => void m.delete(k),
    clear: () => m.clear(),
    key: (i) => [...m.keys()][i] ?? null,
    get length() {
      return m.size;
    },
  };
}

const full: Storage = {
  ...memory(),
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError');
  },
};

describe('the kept draft', () => {
  it('comes back as it was kept, unfinished JSON included', () => {
    const storage = new SafeStorage(memory());
    expect(loadDraft(storage)).toBeNull();
    expect(saveDraft(storage, { text: '{"id": "a", ', unexported: true })).toBe(true);
    expect(loadDraft(storage)).toEqual({ text: '{"id": "a", ', unexported: true });
  });

  it('says when the browser could not keep it, and never throws', () => {
    const storage = new SafeStorage(full);
    expect(saveDraft(storage, { text: '{}', unexported: true })).toBe(false);
    expect(new SafeStorage(null).degraded).toBe(true);
  });

  it('is not offered back when what is kept is something else', () => {
    const backend = memory();
    const storage = new SafeStorage(backend);
    for (const junk of [
      'nonsense',
      '{"text": 3}',
      '{"format": 9, "text": "{}"}',
      '{"format": 1, "text": " "}',
    ]) {
      backend.setItem(DRAFT_KEY, junk);
      expect(loadDraft(storage), junk).toBeNull();
    }
  });
});

describe('a file opened in the workshop', () => {
  it('is taken when it is a mission, even one with problems', () => {
    expect(readMissionFile('{"id": "x", "title": {"fr": ""}}')).toEqual({
      mission: { id: 'x', title: { fr: '' } },
    });
  });

  it('is refused with the reason when it is not one, naming where broken JSON breaks', () => {
    expect(readMissionFile('')).toEqual({ refused: { key: 'workshop.import.unreadable', params: {} } });
    expect(readMissionFile('{"id": "x",\n  "title": }')).toEqual({
      refused: { key: 'workshop.import.notJson', params: { line: '2', column: '12' } },
    });
    expect(readMissionFile('{"kind": "pedago-studio.career"}')).toEqual({
      refused: { key: 'workshop.import.notMission', params: {} },
    });
    expect(readMissionFile('[1, 2]')).toMatchObject({ refused: { key: 'workshop.import.notMission' } });
    expect(readMissionFile(`"${'a'.repeat(600 * 1024)}"`)).toMatchObject({
      refused: { key: 'workshop.import.tooBig' },
    });
  });
});
