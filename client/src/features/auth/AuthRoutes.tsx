import { matchRoute } from '../../app/matchRoute.ts';
import { useLocation } from '../../app/useLocation.ts';
import { ConfirmPage } from './ConfirmPage.tsx';
import { ForgotPasswordPage } from './ForgotPasswordPage.tsx';
import { SignInPage } from './SignInPage.tsx';
import { SignUpPage } from './SignUpPage.tsx';

/** The signed-out app: the auth pages, with sign-in for any other address. */
export function AuthRoutes() {
  const { pathname } = useLocation();
  switch (matchRoute(pathname).name) {
    case 'signUp':
      return <SignUpPage />;
    case 'confirm':
      return <ConfirmPage />;
    case 'forgot':
      return <ForgotPasswordPage />;
    default:
      return <SignInPage />;
  }
}
