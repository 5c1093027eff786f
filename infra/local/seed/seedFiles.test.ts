import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { demoAlbums, tuneFor } from './demoCatalog.ts';
import { nameUuid } from './seedDemoData.ts';
import { coverPng } from './solidPng.ts';
import { sampleRate, wavClip } from './wavClip.ts';

describe('seed files', () => {
  it('writes a valid 16-bit mono PCM WAV whose length matches its duration', () => {
    const { bytes, durationSeconds } = wavClip({ notes: [60, 64, 67], noteSeconds: 0.5, brightness: 0.5 });
    const b = Buffer.from(bytes);
    expect(b.toString('ascii', 0, 4)).toBe('RIFF');
    expect(b.toString('ascii', 8, 12)).toBe('WAVE');
    expect(b.readUInt16LE(20)).toBe(1);
    expect(b.readUInt16LE(34)).toBe(16);
    expect(b.readUInt32LE(24)).toBe(sampleRate);
    expect(b.readUInt32LE(40)).toBe(b.length - 44);
    expect(durationSeconds).toBeCloseTo(1.5);
    expect((b.length - 44) / 2 / sampleRate).toBeCloseTo(durationSeconds);
    // Not silence: a melody has loud samples.
    expect(
      Math.max(...Array.from({ length: 2000 }, (_, i) => Math.abs(b.readInt16LE(44 + i * 2)))),
    ).toBeGreaterThan(5000);
  });

  it('writes a PNG whose pixel data inflates to the declared size', () => {
    const png = Buffer.from(coverPng([255, 0, 0], [0, 0, 255], 16));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.toString('ascii', 12, 16)).toBe('IHDR');
    const idatLength = png.readUInt32BE(33);
    const pixels = inflateSync(png.subarray(41, 41 + idatLength));
    expect(pixels.length).toBe(16 * (1 + 16 * 3));
    expect([...pixels.subarray(1, 4)]).toEqual([255, 0, 0]);
  });

  it('has about thirty tracks over several genres and a tune for each', () => {
    const tracks = demoAlbums.flatMap((a) => a.titles.map((t) => ({ t, genre: a.genre })));
    expect(tracks).toHaveLength(30);
    expect(new Set(tracks.map((x) => x.genre)).size).toBeGreaterThanOrEqual(5);
    for (const x of tracks) expect(tuneFor(x.t, x.genre).notes.length).toBeGreaterThan(4);
  });

  it('derives stable RFC 4122 UUIDs from names', () => {
    expect(nameUuid('a')).toBe(nameUuid('a'));
    expect(nameUuid('a')).not.toBe(nameUuid('b'));
    expect(nameUuid('a')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
