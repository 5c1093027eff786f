import { type Hash, createHash as nodeCreateHash } from 'node:crypto';

/**
 * Replaces `@apollo/utils.createhash` in the Lambda bundle. The original picks Node's crypto through
 * `module.require`, which does not exist inside an esbuild bundle, so bundled it silently falls back
 * to the pure-JS `sha.js` (20 KB, and slower). Lambda always has `node:crypto`.
 */
export const createHash = (kind: string): Hash => nodeCreateHash(kind);
