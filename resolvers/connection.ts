import type { RequestContext } from './context.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import type { Collected } from './data/query.ts';
import { parseTrack, type RawItem } from './data/parse.ts';
import type { TrackItem } from './data/models.ts';
import { pageSize } from './validate.ts';

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** The DynamoDB key to resume after, from a client's `after`, checked against the list's scope. */
export const startKey = (ctx: RequestContext, scope: string, after: string | null | undefined) =>
  decodeCursor(ctx.config.cursorSecret, scope, after);

/**
 * A Relay connection from a collected page. `toNode` may drop an entry (return null), e.g. a
 * favourite whose track was deleted a moment ago; paging stays correct because cursors are keys.
 */
export const toConnection = async <T>(
  ctx: RequestContext,
  scope: string,
  page: Collected,
  toNode: (item: RawItem) => T | null | Promise<T | null>,
): Promise<Connection<T>> => {
  const nodes = await Promise.all(page.entries.map((e) => toNode(e.item)));
  const edges: Connection<T>['edges'] = [];
  page.entries.forEach((entry, i) => {
    const node = nodes[i];
    if (node !== null && node !== undefined) {
      // The HMAC is computed only if the query selects `cursor` (many pages only use endCursor).
      edges.push({
        get cursor() {
          return encodeCursor(ctx.config.cursorSecret, scope, entry.key);
        },
        node,
      });
    }
  });
  const lastKey = page.resumeFrom ?? page.entries.at(-1)?.key;
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasMore,
      endCursor: lastKey ? encodeCursor(ctx.config.cursorSecret, scope, lastKey) : null,
    },
  };
};

/** Paging arguments every list field takes. */
export interface PageArgs {
  readonly first?: number | null;
  readonly after?: string | null;
}

/**
 * One list field end to end: checks `first` and `after` against the list's scope, reads the page
 * with `read(first, startKey)`, and turns it into a connection.
 */
export const listPage = async <T>(
  ctx: RequestContext,
  scope: string,
  args: PageArgs,
  read: (first: number, start: Record<string, string> | undefined) => Promise<Collected>,
  toNode: (item: RawItem) => T | null | Promise<T | null>,
): Promise<Connection<T>> => {
  const first = pageSize(args.first);
  const page = await read(first, startKey(ctx, scope, args.after));
  return toConnection(ctx, scope, page, toNode);
};

/** Node of a track listing: the stored track, also primed into the request's track loader. */
export const primedTrack =
  (ctx: RequestContext) =>
  (item: RawItem): TrackItem => {
    const track = parseTrack(item);
    ctx.loaders.track.prime(track.id, track);
    return track;
  };
