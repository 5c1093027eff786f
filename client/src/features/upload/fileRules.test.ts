import { describe, expect, it } from 'vitest';
import {
  checkAudioFile,
  checkImageFile,
  MAX_AUDIO_BYTES,
  MAX_IMAGE_BYTES,
  normalizeType,
} from './fileRules.ts';

describe('upload file rules (the API’s limits)', () => {
  it('accepts the five audio types up to 50 MB', () => {
    for (const type of ['audio/mpeg', 'audio/mp4', 'audio/ogg', 'audio/wav', 'audio/flac']) {
      expect(checkAudioFile({ name: 'a', type, size: MAX_AUDIO_BYTES })).toEqual({
        ok: true,
        contentType: type,
      });
    }
  });

  it('refuses audio over 50 MB, empty files and other types, saying why', () => {
    expect(checkAudioFile({ name: 'big.mp3', type: 'audio/mpeg', size: MAX_AUDIO_BYTES + 1 })).toEqual({
      ok: false,
      message: '“big.mp3” is too large (50.0 MB); the limit is 50 MB.',
    });
    expect(checkAudioFile({ name: 'e.mp3', type: 'audio/mpeg', size: 0 })).toMatchObject({
      ok: false,
      message: /empty/,
    });
    expect(checkAudioFile({ name: 'x.aiff', type: 'audio/aiff', size: 10 })).toMatchObject({
      ok: false,
      message: expect.stringContaining('MPEG, MP4, OGG, WAV, FLAC'),
    });
    expect(checkAudioFile({ name: 'cover.png', type: 'image/png', size: 10 }).ok).toBe(false);
  });

  it('declares the canonical type for browser aliases and extension-only files', () => {
    expect(normalizeType({ name: 'a.wav', type: 'audio/x-wav' })).toBe('audio/wav');
    expect(normalizeType({ name: 'a.mp3', type: 'audio/mp3' })).toBe('audio/mpeg');
    expect(normalizeType({ name: 'a.flac', type: '' })).toBe('audio/flac');
    expect(normalizeType({ name: 'a.m4a', type: 'application/octet-stream' })).toBe('audio/mp4');
    expect(checkAudioFile({ name: 'song.FLAC', type: '', size: 100 })).toEqual({
      ok: true,
      contentType: 'audio/flac',
    });
  });

  it('accepts JPEG, PNG and WebP images up to 5 MB only', () => {
    expect(checkImageFile({ name: 'c.webp', type: 'image/webp', size: MAX_IMAGE_BYTES })).toEqual({
      ok: true,
      contentType: 'image/webp',
    });
    expect(checkImageFile({ name: 'c.jpg', type: 'image/jpg', size: 1 })).toEqual({
      ok: true,
      contentType: 'image/jpeg',
    });
    expect(checkImageFile({ name: 'c.png', type: 'image/png', size: MAX_IMAGE_BYTES + 1 }).ok).toBe(false);
    expect(checkImageFile({ name: 'c.gif', type: 'image/gif', size: 1 }).ok).toBe(false);
  });
});
