import type { CombinedError } from 'urql';
import { errorCode } from './errorCode.ts';

/**
 * A sentence for the user about a failed operation. BAD_USER_INPUT keeps the server's message (it names
 * the field and the rule); other codes get a fixed text, so masked internals never leak into the UI.
 */
export function describeError(error: CombinedError): string {
  switch (errorCode(error)) {
    case 'NETWORK':
      return 'Cannot reach Tunehub. Check your connection and try again.';
    case 'UNAUTHENTICATED':
      return 'Your session has ended. Sign in again.';
    case 'FORBIDDEN':
      return 'You are not allowed to do that.';
    case 'NOT_FOUND':
      return 'It does not exist any more.';
    case 'BAD_USER_INPUT':
      return error.graphQLErrors[0]?.message ?? 'Some of the input is not valid.';
    case 'CONFLICT':
      return 'It was changed elsewhere. Reload and try again.';
    case 'RATE_LIMITED':
      return 'Too many requests. Wait a moment and try again.';
    default:
      return 'Something went wrong on our side. Try again.';
  }
}
