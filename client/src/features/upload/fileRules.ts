/** The API's upload limits (DESIGN §2, createTrackUpload). */
export const AUDIO_TYPES = ['audio/mpeg', 'audio/mp4', 'audio/ogg', 'audio/wav', 'audio/flac'] as const;
export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const MAX_AUDIO_BYTES = 50 * 1024 * 1024;
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

/** Types browsers report for the same formats under other names, and types implied by extensions. */
const aliases: Record<string, string> = {
  'audio/mp3': 'audio/mpeg',
  'audio/x-mp3': 'audio/mpeg',
  'audio/x-wav': 'audio/wav',
  'audio/wave': 'audio/wav',
  'audio/vnd.wave': 'audio/wav',
  'audio/x-flac': 'audio/flac',
  'audio/x-m4a': 'audio/mp4',
  'audio/m4a': 'audio/mp4',
  'audio/aac': 'audio/mp4',
  'image/jpg': 'image/jpeg',
};
const byExtension: Record<string, string> = {
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  mp4: 'audio/mp4',
  ogg: 'audio/ogg',
  oga: 'audio/ogg',
  opus: 'audio/ogg',
  wav: 'audio/wav',
  flac: 'audio/flac',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
};

/** The canonical MIME type of a file: its reported type (de-aliased), or one implied by its extension. */
export function normalizeType(file: { readonly type: string; readonly name: string }): string {
  const reported = file.type.toLowerCase().split(';')[0]?.trim() ?? '';
  if (reported && reported !== 'application/octet-stream') return aliases[reported] ?? reported;
  const extension = file.name.toLowerCase().split('.').pop() ?? '';
  return byExtension[extension] ?? reported;
}

/** A file that passed the checks, with the content type to declare. */
export type FileCheck =
  | { readonly ok: true; readonly contentType: string }
  | { readonly ok: false; readonly message: string };

const mb = (bytes: number, digits = 0) => `${(bytes / 1024 / 1024).toFixed(digits)} MB`;

function check(
  file: { type: string; name: string; size: number },
  types: readonly string[],
  max: number,
  kind: string,
): FileCheck {
  const contentType = normalizeType(file);
  if (!types.includes(contentType)) {
    const names = types.map((t) => t.split('/')[1]?.toUpperCase()).join(', ');
    return { ok: false, message: `“${file.name}” is not a supported ${kind} file. Use ${names}.` };
  }
  if (file.size === 0) return { ok: false, message: `“${file.name}” is empty.` };
  if (file.size > max)
    return {
      ok: false,
      message: `“${file.name}” is too large (${mb(file.size, 1)}); the limit is ${mb(max)}.`,
    };
  return { ok: true, contentType };
}

/** Checks an audio file against the API's types and 50 MB limit, before anything is sent. */
export function checkAudioFile(file: { type: string; name: string; size: number }): FileCheck {
  return check(file, AUDIO_TYPES, MAX_AUDIO_BYTES, 'audio');
}

/** Checks a cover or avatar image against the API's types and 5 MB limit. */
export function checkImageFile(file: { type: string; name: string; size: number }): FileCheck {
  return check(file, IMAGE_TYPES, MAX_IMAGE_BYTES, 'image');
}
