import { Duration } from 'aws-cdk-lib';
import { HeadersFrameOption, HeadersReferrerPolicy, ResponseHeadersPolicy } from 'aws-cdk-lib/aws-cloudfront';
import type { Construct } from 'constructs';

export interface CspOrigins {
  /** Origins `fetch` may reach: the API, Cognito, the file bucket (uploads). */
  readonly connectOrigins: readonly string[];
  /** Origins of `<audio>` and `<img>` sources: the file bucket. */
  readonly mediaOrigins: readonly string[];
}

/** The Content-Security-Policy of the web client: its own files plus exactly the named origins. */
export const contentSecurityPolicy = ({ connectOrigins, mediaOrigins }: CspOrigins): string =>
  [
    "default-src 'self'",
    "script-src 'self'",
    // Inline style attributes only (no inline scripts); React and the player set styles at runtime.
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${mediaOrigins.join(' ')}`,
    `media-src 'self' blob: ${mediaOrigins.join(' ')}`,
    `connect-src 'self' ${connectOrigins.join(' ')}`,
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    'upgrade-insecure-requests',
  ].join('; ');

/** Security headers on every response of the distribution. */
export const securityHeadersPolicy = (
  scope: Construct,
  id: string,
  origins: CspOrigins,
): ResponseHeadersPolicy =>
  new ResponseHeadersPolicy(scope, id, {
    comment: 'Tunehub web client security headers',
    securityHeadersBehavior: {
      contentSecurityPolicy: { contentSecurityPolicy: contentSecurityPolicy(origins), override: true },
      contentTypeOptions: { override: true },
      frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
      referrerPolicy: {
        referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN,
        override: true,
      },
      strictTransportSecurity: {
        accessControlMaxAge: Duration.days(365),
        includeSubdomains: true,
        override: true,
      },
    },
    customHeadersBehavior: {
      customHeaders: [
        { header: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()', override: true },
      ],
    },
  });
