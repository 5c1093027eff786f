/**
 * Reads an audio file's duration in seconds from its metadata, with an HTMLAudioElement on an object
 * URL (nothing is uploaded).
 * @throws Error when the browser cannot decode the file or takes longer than `timeoutMs`.
 */
export function readAudioDuration(file: Blob, timeoutMs = 15_000): Promise<number> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(file);
    const audio = new Audio();
    const finish = (error: Error | null, duration = 0) => {
      clearTimeout(timer);
      audio.removeAttribute('src');
      URL.revokeObjectURL(url);
      if (error) reject(error);
      else resolve(duration);
    };
    const timer = setTimeout(() => finish(new Error('Reading the file took too long.')), timeoutMs);
    audio.preload = 'metadata';
    audio.addEventListener('loadedmetadata', () => {
      if (Number.isFinite(audio.duration) && audio.duration > 0) finish(null, audio.duration);
      else finish(new Error('The file has no readable duration.'));
    });
    audio.addEventListener('error', () => finish(new Error('This browser cannot read the file as audio.')));
    audio.src = url;
  });
}
