import type { Config } from './config.ts';
import { createDb, type Db } from './data/client.ts';
import { type FileStore, fileStore } from './data/fileStore.ts';
import { libraryRepository } from './data/libraryRepository.ts';
import { createLoaders, type Loaders } from './data/loaders.ts';
import { playlistEdits } from './data/playlistEdits.ts';
import { playlistRepository } from './data/playlistRepository.ts';
import { trackRepository } from './data/trackRepository.ts';
import { userRepository } from './data/userRepository.ts';
import type { CognitoIdentity } from './event.ts';

/** What lives for the whole Lambda container: clients and repositories (no per-user state). */
export const createServices = (config: Config, db?: Db) => {
  const database =
    db ?? createDb({ tableName: config.tableName, region: config.region, endpoint: config.dynamoDbEndpoint });
  const playlists = playlistRepository(database);
  return {
    config,
    db: database,
    files: fileStore({ bucket: config.fileBucket, region: config.region, endpoint: config.s3Endpoint }),
    users: userRepository(database),
    tracks: trackRepository(database),
    playlists,
    playlistEdits: playlistEdits(database, playlists),
    library: libraryRepository(database, config.historyTtlDays),
  };
};

export type Services = ReturnType<typeof createServices>;

/** Per request: who is calling, fresh DataLoaders, and the shared services. */
export interface RequestContext extends Services {
  readonly requestId: string;
  readonly identity: CognitoIdentity;
  readonly loaders: Loaders;
  readonly files: FileStore;
  /** The request's clock, one ISO-8601 UTC string per call. */
  now(): string;
}

export const createRequestContext = (
  services: Services,
  identity: CognitoIdentity,
  requestId: string,
): RequestContext => ({
  ...services,
  requestId,
  identity,
  loaders: createLoaders(services.db, services.playlists, identity.sub),
  now: () => new Date().toISOString(),
});
