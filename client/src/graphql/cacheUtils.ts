import type { Cache } from '@urql/exchange-graphcache';

/** Invalidates every cached page of a root list field (all argument combinations). */
export function invalidateRootField(cache: Cache, fieldName: string): void {
  for (const field of cache.inspectFields('Query')) {
    if (field.fieldName === fieldName) cache.invalidate('Query', field.fieldKey);
  }
}

/** Invalidates the later pages (`after` set) of an entity's list field, keeping the first page. */
export function invalidateLaterPages(cache: Cache, entityKey: string, fieldName: string): void {
  for (const field of cache.inspectFields(entityKey)) {
    if (field.fieldName === fieldName && field.arguments?.after) cache.invalidate(entityKey, field.fieldKey);
  }
}

/** Removes, in every cached page of a root connection, the edges whose node has the given key. */
export function removeEdges(cache: Cache, fieldName: string, nodeKey: string): void {
  for (const field of cache.inspectFields('Query')) {
    if (field.fieldName !== fieldName) continue;
    const connection = cache.resolve('Query', field.fieldKey);
    if (typeof connection !== 'string') continue;
    const edges = cache.resolve(connection, 'edges');
    if (!Array.isArray(edges)) continue;
    const kept = edges.filter((edge) => typeof edge === 'string' && cache.resolve(edge, 'node') !== nodeKey);
    if (kept.length !== edges.length) cache.link(connection, 'edges', kept as string[]);
  }
}
