import { describe, expect, it } from 'vitest';
import { fold, lookupPrefix, matchesAll, searchPrefixes, words } from './searchText.ts';

describe('searchText', () => {
  it('folds case and accents', () => {
    expect(fold('  Beyoncé  ÉCLAIR  ')).toBe('beyonce eclair');
    expect(fold('Sigur Rós')).toBe('sigur ros');
  });

  it('splits words on punctuation and keeps each once', () => {
    expect(words("Don't Stop Me Now — don't")).toEqual(['don', 't', 'stop', 'me', 'now']);
  });

  it('makes every prefix up to the cap', () => {
    const p = searchPrefixes(['Abc', null, 'supercalifragilistic']);
    expect(p).toContain('a');
    expect(p).toContain('abc');
    expect(p).toContain('supercalifra');
    expect(p).not.toContain('supercalifrag');
  });

  it('matches when every query word prefixes some track word', () => {
    expect(matchesAll(['pink', 'flo'], ['pink', 'floyd', 'money'])).toBe(true);
    expect(matchesAll(['pink', 'zep'], ['pink', 'floyd'])).toBe(false);
  });

  it('looks up the longest word, capped', () => {
    expect(lookupPrefix(['a', 'floyd'])).toBe('floyd');
    expect(lookupPrefix(['supercalifragilistic'])).toBe('supercalifra');
    expect(lookupPrefix([])).toBeNull();
  });
});
