import cliProgress from 'cli-progress';
import type { SeedProgress } from './seedDemoData.ts';

/** A terminal progress bar for seeding; silent when stdout is not a terminal (CI logs stay clean). */
export const progressBar = (): SeedProgress => {
  const bar = new cliProgress.SingleBar(
    {
      format: '  Seeding demo data [{bar}] {value}/{total}  {label}',
      hideCursor: true,
      clearOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  );
  return {
    start: (total) => bar.start(total, 0, { label: '' }),
    tick: (label) => bar.increment(1, { label: label.slice(0, 40) }),
    stop: () => bar.stop(),
  };
};
