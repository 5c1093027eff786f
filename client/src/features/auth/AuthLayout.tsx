import type { ReactNode } from 'react';
import { PageHeading } from '../../ui/PageHeading.tsx';

/** The frame of the sign-in pages: brand, heading, form-level messages and the form. */
export function AuthLayout({
  title,
  children,
  formError,
  info,
}: {
  title: string;
  children: ReactNode;
  formError?: string | null;
  info?: string | null;
}) {
  return (
    <main className="auth" id="main">
      <div className="auth__card">
        <p className="brand brand--large" aria-hidden="true">
          Tunehub
        </p>
        <PageHeading title={title}>{title}</PageHeading>
        {info && (
          <p className="notice notice--info" role="status">
            {info}
          </p>
        )}
        {formError && (
          <p className="notice notice--error" role="alert">
            {formError}
          </p>
        )}
        {children}
      </div>
    </main>
  );
}
