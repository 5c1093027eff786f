import type { Resolvers } from './__generated__/resolvers.ts';
import type { RequestContext } from './context.ts';
import { favouriteResolvers, historyResolvers, libraryMutations, libraryQueries } from './Library.ts';
import { playlistItemResolvers, playlistMutations, playlistQueries, playlistResolvers } from './Playlist.ts';
import { AWSDateTime, AWSEmail, AWSJSON, AWSURL } from './scalars.ts';
import { trackMutations, trackQueries, trackResolvers } from './Track.ts';
import { createTrackUpload } from './uploads.ts';
import { userMutations, userQueries, userResolvers } from './User.ts';

/** Every resolver of the API, merged from the per-type modules. */
export const resolvers: Resolvers<RequestContext> = {
  AWSDateTime,
  AWSEmail,
  AWSJSON,
  AWSURL,
  Query: { ...userQueries, ...trackQueries, ...playlistQueries, ...libraryQueries },
  Mutation: {
    ...userMutations,
    createTrackUpload,
    ...trackMutations,
    ...playlistMutations,
    ...libraryMutations,
  },
  User: userResolvers,
  Track: trackResolvers,
  Playlist: playlistResolvers,
  PlaylistItem: playlistItemResolvers,
  Favourite: favouriteResolvers,
  History: historyResolvers,
};
