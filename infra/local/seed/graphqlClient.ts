/** One GraphQL error as the API reports it. */
export interface GraphQLErrorEntry {
  readonly message: string;
  readonly code: string | undefined;
}

export class GraphQLRequestError extends Error {
  constructor(
    readonly status: number,
    readonly errors: readonly GraphQLErrorEntry[],
  ) {
    super(
      `GraphQL request failed (HTTP ${status}): ${errors.map((e) => `${e.code ?? '?'}: ${e.message}`).join('; ')}`,
    );
    this.name = 'GraphQLRequestError';
  }
}

/** Reads a nested value of an untyped JSON result (`at(data, 'me', 'id')`) without casting. */
export const at = (value: unknown, ...path: (string | number)[]): unknown =>
  path.reduce<unknown>(
    (v, k) => (typeof v === 'object' && v !== null ? Reflect.get(v, k) : undefined),
    value,
  );

export const str = (value: unknown, what = 'value'): string => {
  if (typeof value !== 'string')
    throw new Error(`expected ${what} to be a string, got ${JSON.stringify(value)}`);
  return value;
};

export const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

const errorEntries = (body: unknown): GraphQLErrorEntry[] =>
  list(at(body, 'errors')).map((e) => ({
    message: String(at(e, 'message') ?? ''),
    code: typeof at(e, 'extensions', 'code') === 'string' ? String(at(e, 'extensions', 'code')) : undefined,
  }));

/**
 * POSTs one operation to the API with the ID token in `Authorization`, as the web client does.
 * Resolves with `data`; throws GraphQLRequestError for an HTTP error or any GraphQL error.
 */
export const graphqlRequest = async (
  url: string,
  idToken: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<unknown> => {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: idToken },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new GraphQLRequestError(response.status, [{ message: text.slice(0, 200), code: undefined }]);
  }
  const errors = errorEntries(body);
  if (!response.ok && errors.length === 0) {
    errors.push({ message: String(at(body, 'message') ?? text.slice(0, 200)), code: undefined });
  }
  if (errors.length > 0) throw new GraphQLRequestError(response.status, errors);
  return at(body, 'data');
};

export interface UploadInput {
  readonly fileName: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

/**
 * The browser's upload flow: `createTrackUpload` → a multipart POST of every presigned field, then
 * the file last, straight to the bucket. Resolves with the object key for `createTrack`.
 */
export const uploadFile = async (graphqlUrl: string, idToken: string, file: UploadInput): Promise<string> => {
  const data = await graphqlRequest(
    graphqlUrl,
    idToken,
    `mutation Upload($input: CreateTrackUploadInput!) {
      createTrackUpload(input: $input) { url fields key expiresAt }
    }`,
    { input: { fileName: file.fileName, contentType: file.contentType, sizeBytes: file.bytes.byteLength } },
  );
  const upload = at(data, 'createTrackUpload');
  const fields: unknown = JSON.parse(str(at(upload, 'fields'), 'fields'));
  const form = new FormData();
  for (const [name, value] of Object.entries(typeof fields === 'object' && fields !== null ? fields : {})) {
    form.append(name, String(value));
  }
  form.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.contentType }), file.fileName);
  const response = await fetch(str(at(upload, 'url'), 'url'), { method: 'POST', body: form });
  if (!response.ok)
    throw new Error(`upload of ${file.fileName} failed: HTTP ${response.status} ${await response.text()}`);
  return str(at(upload, 'key'), 'key');
};
