import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { describeError } from '../../graphql/describeError.ts';
import { Icon } from '../../ui/Icon.tsx';

const FavouriteTrack = graphql(`
  mutation FavouriteTrack($trackId: ID!) {
    favouriteTrack(trackId: $trackId) {
      id
      isFavourite
      favouriteCount
    }
  }
`);

const UnfavouriteTrack = graphql(`
  mutation UnfavouriteTrack($trackId: ID!) {
    unfavouriteTrack(trackId: $trackId) {
      id
      isFavourite
      favouriteCount
    }
  }
`);

/** Props of {@link FavouriteButton}. */
export interface FavouriteButtonProps {
  readonly trackId: string;
  readonly title: string;
  readonly isFavourite: boolean;
  readonly count: number;
  /** Show the count next to the heart. */
  readonly showCount?: boolean;
}

/**
 * The heart: a toggle button that flips at once (optimistic, see cacheOptimistic.ts); the server's
 * exact count replaces the guess, and a failure rolls it back and shows why.
 */
export function FavouriteButton({
  trackId,
  title,
  isFavourite,
  count,
  showCount = false,
}: FavouriteButtonProps) {
  const [favouriteState, favourite] = useMutation(FavouriteTrack);
  const [unfavouriteState, unfavourite] = useMutation(UnfavouriteTrack);
  const error = (isFavourite ? favouriteState.error : unfavouriteState.error) ?? null;
  const toggle = () => void (isFavourite ? unfavourite({ trackId }) : favourite({ trackId }));
  return (
    <span className="favourite">
      <button
        type="button"
        className={`icon-button favourite__button${isFavourite ? ' favourite__button--on' : ''}`}
        aria-pressed={isFavourite}
        aria-label={`Favourite ${title}`}
        title={error ? describeError(error) : isFavourite ? 'Remove from favourites' : 'Add to favourites'}
        onClick={toggle}
      >
        <Icon name={isFavourite ? 'heartFilled' : 'heart'} />
      </button>
      {showCount && (
        <span className="favourite__count">
          {count}
          <span className="visually-hidden"> favourites</span>
        </span>
      )}
      {error && (
        <span className="visually-hidden" role="alert">
          {describeError(error)}
        </span>
      )}
    </span>
  );
}
