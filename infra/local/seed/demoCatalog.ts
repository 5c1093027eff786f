import type { DemoUser } from './demoUsers.ts';
import type { Tune } from './wavClip.ts';

export interface DemoAlbum {
  readonly artist: string;
  readonly album: string;
  readonly genre: string;
  readonly uploader: DemoUser['key'];
  /** Cover gradient, top and bottom (RGB). */
  readonly colours: readonly [readonly number[], readonly number[]];
  readonly titles: readonly string[];
}

/** Thirty tracks over six genres; accents on purpose, to show accent-insensitive search. */
export const demoAlbums: readonly DemoAlbum[] = [
  {
    artist: 'Neon Harbor',
    album: 'Night Circuits',
    genre: 'Electronic',
    uploader: 'listener',
    colours: [
      [20, 20, 80],
      [220, 40, 160],
    ],
    titles: ['Sunset Grid', 'Pulse Avenue', 'Midnight Relay', 'Chrome Tide'],
  },
  {
    artist: 'Neon Harbor',
    album: 'Signal Bloom',
    genre: 'Electronic',
    uploader: 'admin',
    colours: [
      [10, 60, 90],
      [40, 220, 200],
    ],
    titles: ['Afterglow Protocol', 'Low Orbit', 'Neon Rain', 'Solar Wind'],
  },
  {
    artist: 'Lumen Drift',
    album: 'Slow Light',
    genre: 'Ambient',
    uploader: 'listener',
    colours: [
      [240, 220, 180],
      [120, 160, 200],
    ],
    titles: ['Morning Haze', 'Sunlit Fields', 'Quiet Harbour', 'Drift'],
  },
  {
    artist: 'The Blue Quarter',
    album: 'Late Set',
    genre: 'Jazz',
    uploader: 'admin',
    colours: [
      [10, 30, 70],
      [60, 110, 180],
    ],
    titles: ['Blue Corner', 'Smoke & Brass', 'Walking Home'],
  },
  {
    artist: 'Static Pines',
    album: 'Overgrowth',
    genre: 'Rock',
    uploader: 'listener',
    colours: [
      [30, 60, 30],
      [160, 90, 30],
    ],
    titles: ['Timber', 'Wildfire Season', 'Fault Lines', 'Sun Dog'],
  },
  {
    artist: 'Orchestra Aurora',
    album: 'Northern Suites',
    genre: 'Classical',
    uploader: 'admin',
    colours: [
      [250, 250, 240],
      [90, 60, 120],
    ],
    titles: ['Prelude in D', 'Aurora Waltz', 'Nocturne for Strings'],
  },
  {
    artist: 'Zoë Álvarez',
    album: 'Café del Río',
    genre: 'Folk',
    uploader: 'listener',
    colours: [
      [240, 200, 120],
      [180, 80, 40],
    ],
    titles: ['Canción del Sol', 'Río Abajo', 'Pájaro Azul'],
  },
  {
    artist: 'Zoë Álvarez',
    album: 'Camino',
    genre: 'Folk',
    uploader: 'admin',
    colours: [
      [200, 230, 200],
      [70, 120, 70],
    ],
    titles: ['Camino Viejo', 'Luna Llena'],
  },
  {
    artist: 'The Blue Quarter',
    album: 'Sunday Standards',
    genre: 'Jazz',
    uploader: 'listener',
    colours: [
      [250, 230, 200],
      [120, 40, 40],
    ],
    titles: ['Sunday Morning Swing', 'Café Noir', 'Last Call'],
  },
];

/** Playlists the listener owns, by track title, in order. */
export const demoPlaylists: readonly {
  name: string;
  description: string;
  isPublic: boolean;
  titles: readonly string[];
}[] = [
  {
    name: 'Morning Focus',
    description: 'Soft starts for deep work.',
    isPublic: true,
    titles: [
      'Morning Haze',
      'Sunlit Fields',
      'Prelude in D',
      'Aurora Waltz',
      'Canción del Sol',
      'Sunday Morning Swing',
      'Quiet Harbour',
      'Blue Corner',
    ],
  },
  {
    name: 'Late Night Drive',
    description: 'Neon, brass and empty roads.',
    isPublic: false,
    titles: [
      'Midnight Relay',
      'Neon Rain',
      'Smoke & Brass',
      'Nocturne for Strings',
      'Low Orbit',
      'Last Call',
    ],
  },
];

export const demoFavourites: Readonly<Record<DemoUser['key'], readonly string[]>> = {
  listener: ['Sunset Grid', 'Morning Haze', 'Blue Corner', 'Timber', 'Canción del Sol', 'Aurora Waltz'],
  admin: ['Neon Rain', 'Wildfire Season', 'Café Noir'],
};

/** The listener's history, most recent last. */
export const demoHistory: readonly string[] = [
  'Sunset Grid',
  'Pulse Avenue',
  'Morning Haze',
  'Blue Corner',
  'Timber',
  'Canción del Sol',
  'Sunset Grid',
  'Aurora Waltz',
  'Neon Rain',
  'Café Noir',
  'Morning Haze',
  'Sunset Grid',
];

const scales: Record<string, readonly number[]> = {
  Electronic: [0, 3, 5, 7, 10, 12], // minor pentatonic
  Ambient: [0, 2, 4, 7, 9, 12], // major pentatonic
  Jazz: [0, 2, 3, 5, 7, 9, 10, 12], // dorian
  Rock: [0, 3, 5, 6, 7, 10, 12], // blues
  Classical: [0, 2, 4, 5, 7, 9, 11, 12], // major
  Folk: [0, 2, 3, 5, 7, 8, 10, 12], // natural minor
};
const style: Record<string, { root: number; noteSeconds: number; brightness: number }> = {
  Electronic: { root: 57, noteSeconds: 0.25, brightness: 0.9 },
  Ambient: { root: 60, noteSeconds: 0.6, brightness: 0.1 },
  Jazz: { root: 55, noteSeconds: 0.35, brightness: 0.5 },
  Rock: { root: 52, noteSeconds: 0.3, brightness: 1 },
  Classical: { root: 62, noteSeconds: 0.45, brightness: 0.2 },
  Folk: { root: 59, noteSeconds: 0.4, brightness: 0.4 },
};

/** A melody derived from the title (a small PRNG seeded by it), in the genre's scale and tempo. */
export const tuneFor = (title: string, genre: string): Tune => {
  let seed = [...title].reduce((h, c) => (Math.imul(h, 31) + (c.codePointAt(0) ?? 0)) >>> 0, 7);
  const next = (): number => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  const scale = scales[genre] ?? [0, 2, 4, 5, 7, 9, 11, 12];
  const { root, noteSeconds, brightness } = style[genre] ?? { root: 60, noteSeconds: 0.4, brightness: 0.3 };
  const count = Math.round(4 / noteSeconds) + Math.floor(next() * 4);
  const notes = Array.from({ length: count }, () => root + (scale[Math.floor(next() * scale.length)] ?? 0));
  return { notes, noteSeconds, brightness };
};
