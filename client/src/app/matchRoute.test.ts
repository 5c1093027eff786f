import { describe, expect, it } from 'vitest';
import { isAuthRoute, matchRoute } from './matchRoute.ts';

describe('matchRoute', () => {
  it('matches pages and decodes their ids', () => {
    expect(matchRoute('/')).toEqual({ name: 'browse', params: {} });
    expect(matchRoute('/tracks/a%2Fb')).toEqual({ name: 'track', params: { id: 'a/b' } });
    expect(matchRoute('/playlists/p1/')).toEqual({ name: 'playlist', params: { id: 'p1' } });
    expect(matchRoute('/history').name).toBe('history');
  });

  it('reports unknown paths as not found', () => {
    expect(matchRoute('/tracks').name).toBe('notFound');
    expect(matchRoute('/tracks/1/2').name).toBe('notFound');
  });

  it('knows which routes a signed-out visitor may see', () => {
    expect(
      ['signIn', 'signUp', 'confirm', 'forgot'].every((n) =>
        isAuthRoute(matchRoute(`/${n === 'signIn' ? 'signin' : n === 'signUp' ? 'signup' : n}`).name),
      ),
    ).toBe(true);
    expect(isAuthRoute('browse')).toBe(false);
  });
});
