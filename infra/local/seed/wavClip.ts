/** A short synthesized tune: notes (MIDI numbers) played one after another. */
export interface Tune {
  readonly notes: readonly number[];
  /** Seconds per note. */
  readonly noteSeconds: number;
  /** Mix of overtones: 0 = pure sine (soft), 1 = bright, buzzy. */
  readonly brightness: number;
}

export const sampleRate = 16_000;

const frequency = (midi: number): number => 440 * 2 ** ((midi - 69) / 12);

/**
 * A mono 16-bit PCM WAV file of the tune: sine voices with two overtones and a short attack/decay
 * per note, so it sounds like music rather than a test tone. Deterministic: same tune, same bytes.
 */
export const wavClip = (tune: Tune): { bytes: Uint8Array; durationSeconds: number } => {
  const perNote = Math.round(tune.noteSeconds * sampleRate);
  const samples = perNote * tune.notes.length;
  const buffer = Buffer.alloc(44 + samples * 2);
  buffer.write('RIFF', 0, 'ascii');
  buffer.writeUInt32LE(36 + samples * 2, 4);
  buffer.write('WAVE', 8, 'ascii');
  buffer.write('fmt ', 12, 'ascii');
  buffer.writeUInt32LE(16, 16); // fmt chunk size
  buffer.writeUInt16LE(1, 20); // PCM
  buffer.writeUInt16LE(1, 22); // mono
  buffer.writeUInt32LE(sampleRate, 24);
  buffer.writeUInt32LE(sampleRate * 2, 28); // byte rate
  buffer.writeUInt16LE(2, 32); // block align
  buffer.writeUInt16LE(16, 34); // bits per sample
  buffer.write('data', 36, 'ascii');
  buffer.writeUInt32LE(samples * 2, 40);
  const b = tune.brightness;
  tune.notes.forEach((note, n) => {
    const f = frequency(note);
    for (let i = 0; i < perNote; i++) {
      const t = i / sampleRate;
      const envelope = Math.min(1, i / (0.01 * sampleRate)) * Math.exp((-3 * i) / perNote);
      const phase = 2 * Math.PI * f * t;
      const wave = Math.sin(phase) + 0.5 * b * Math.sin(2 * phase) + 0.25 * b * Math.sin(3 * phase);
      const value = Math.round((wave / (1 + 0.75 * b)) * envelope * 0.6 * 32767);
      buffer.writeInt16LE(value, 44 + (n * perNote + i) * 2);
    }
  });
  return { bytes: new Uint8Array(buffer), durationSeconds: samples / sampleRate };
};
