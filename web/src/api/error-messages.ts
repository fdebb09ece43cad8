import type { TFunction } from 'i18next';
import type { ApiError } from './graphql-client';

/**
 * Client texts for error codes, where the client has something better to say than the API's
 * own message (which already comes in the person's language). A page passes overrides for
 * codes whose meaning depends on the operation (UNAUTHENTICATED on the sign-in page).
 */
const CLIENT_MESSAGES: Record<string, string> = {
  NETWORK: 'errors.NETWORK',
};

export type ErrorOverrides = Partial<Record<string, string>>;

export function errorMessage(
  t: TFunction,
  error: ApiError,
  overrides: ErrorOverrides = {},
): string {
  const key = overrides[error.code] ?? CLIENT_MESSAGES[error.code];
  return key ? t(key) : error.message;
}
