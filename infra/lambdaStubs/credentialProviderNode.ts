import { fromEnv } from '@aws-sdk/credential-provider-env';
import { fromHttp } from '@aws-sdk/credential-provider-http';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types';
import { CredentialsProviderError, chain, memoize } from '@smithy/core/config';

/**
 * Replaces `@aws-sdk/credential-provider-node` (the SDK's default credential chain) in the Lambda
 * bundle. Lambda hands every function its role's credentials in the environment
 * (`AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_SESSION_TOKEN`), which is the first link of
 * the stock chain and the one that always answers there. The other links (shared ini files, SSO,
 * `credential_process`, web-identity token files, EC2 instance metadata) cannot apply inside
 * Lambda and pull in STS, SSO and sign-in clients (≈ 90 KB minified). The container endpoint
 * stays as a fallback for runtimes that serve credentials over HTTP.
 */

/** Same rule as the stock chain: refresh five minutes before expiry. */
export const credentialsTreatedAsExpired = (credentials: AwsCredentialIdentity): boolean =>
  credentials.expiration !== undefined && credentials.expiration.getTime() - Date.now() < 300_000;

export const credentialsWillNeedRefresh = (credentials: AwsCredentialIdentity): boolean =>
  credentials.expiration !== undefined;

type Init = NonNullable<Parameters<typeof fromEnv>[0]> & NonNullable<Parameters<typeof fromHttp>[0]>;

const fromContainer =
  (init: Init): AwsCredentialIdentityProvider =>
  async () => {
    if (
      process.env.AWS_CONTAINER_CREDENTIALS_FULL_URI ||
      process.env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI
    ) {
      return fromHttp(init)();
    }
    throw new CredentialsProviderError(
      'No credentials in the environment: the Tunehub Lambda bundle reads only the credentials Lambda provides',
      { tryNextLink: false, logger: init.logger },
    );
  };

export const defaultProvider = (init: Init = {}): AwsCredentialIdentityProvider =>
  memoize(chain(fromEnv(init), fromContainer(init)), credentialsTreatedAsExpired, credentialsWillNeedRefresh);
