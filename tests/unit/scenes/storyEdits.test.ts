import { describe, expect, it } from 'vitest';
import { addCard, move, pageWithin, removeCard } from '../../../src/scenes/design/storyEdits.ts';

describe('storyboard edits', () => {
  it('adds a card at the end once, and removes it', () => {
    expect(addCard(['a'], 'b')).toEqual(['a', 'b']);
    expect(addCard(['a', 'b'], 'b')).toEqual(['a', 'b']);
    expect(removeCard(['a', 'b', 'c'], 'b')).toEqual(['a', 'c']);
  });

  it('moves a card one place earlier or later, and not past either end', () => {
    expect(move(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(move(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
  });

  it('keeps a page within the pages a list has once it shrinks', () => {
    expect(pageWithin(2, 7, 3)).toBe(2);
    expect(pageWithin(2, 5, 3)).toBe(1);
    expect(pageWithin(1, 0, 3)).toBe(0);
  });
});
