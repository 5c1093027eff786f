import { Spinner } from './Spinner.tsx';

/** Full-page loading state, shown while the config, the session or a chunk loads. */
export function Splash() {
  return (
    <div className="splash">
      <p className="brand brand--large">Tunehub</p>
      <Spinner />
    </div>
  );
}
