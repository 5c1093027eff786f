import { describe, expect, it } from 'vitest';
import { mergeGenres } from './mergeGenres.ts';

describe('mergeGenres', () => {
  it('adds genres seen in tracks after the defaults, once each, ignoring case and blanks', () => {
    expect(mergeGenres(['Rock', 'Pop'], ['rock', 'Synthwave', ' ', null, 'Ambient', 'synthwave'])).toEqual([
      'Rock',
      'Pop',
      'Ambient',
      'Synthwave',
    ]);
  });
});
