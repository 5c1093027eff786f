/** The operation name of a GraphQL request body, for the gateway's log line ("-" when anonymous). */
export const operationName = (body: string): string => {
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed !== 'object' || parsed === null) return '-';
    if (Array.isArray(parsed)) return `batch(${parsed.length})`;
    if ('operationName' in parsed && typeof parsed.operationName === 'string' && parsed.operationName)
      return parsed.operationName;
    if ('query' in parsed && typeof parsed.query === 'string') {
      const named = /\b(query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(parsed.query);
      if (named?.[2]) return named[2];
      const field = /{\s*([_A-Za-z][_0-9A-Za-z]*)/.exec(parsed.query);
      return field?.[1] ? `{${field[1]}}` : '-';
    }
    return '-';
  } catch {
    return '-';
  }
};
