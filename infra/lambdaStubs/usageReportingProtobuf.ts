/**
 * Replaces `@apollo/usage-reporting-protobuf` (and protobufjs behind it, ≈ 220 KB minified) in the
 * Lambda bundle. Apollo Server imports it for Apollo Studio usage reporting and for federated
 * inline traces (`ftv1`). Tunehub never sends usage reports (no `APOLLO_KEY`) and its schema is not a
 * subgraph, so the inline-trace plugin switches itself off in `serverWillStart` and never touches
 * these objects. If that ever changes, the first use throws instead of misbehaving quietly.
 */
const unavailable = (): never => {
  throw new Error('Apollo usage reporting / inline tracing is not part of the Tunehub Lambda bundle');
};

const stubbed: object = new Proxy(function stubbedProtobuf() {}, {
  get: unavailable,
  apply: unavailable,
  construct: unavailable,
});

export const Trace = stubbed;
export const Report = stubbed;
export const ReportHeader = stubbed;
export const google = stubbed;
