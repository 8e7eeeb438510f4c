import { Navigate, type RouteObject } from 'react-router-dom';
import { RequireAuth } from './auth/require-auth';
import { RootLayout } from './layout/layout';
import { AccountLayout } from './pages/account/account-layout';
import { AttachmentsSection } from './pages/account/attachments-section';
import { EmailSection } from './pages/account/email-section';
import { JournalSection } from './pages/account/journal-section';
import { PasswordSection } from './pages/account/password-section';
import { PreferencesSection } from './pages/account/preferences-section';
import { ProfileSection } from './pages/account/profile-section';
import { SecretSection } from './pages/account/secret-section';
import { SessionsSection } from './pages/account/sessions-section';
import { TotpSection } from './pages/account/totp-section';
import { ActivationPage } from './pages/activation';
import { DirectoryImportPage } from './pages/directory/directory-import-page';
import { DirectorySearchPage } from './pages/directory/directory-search-page';
import { DirectoryStructurePage } from './pages/directory/directory-structure-page';
import { EmailChangePage } from './pages/email-change';
import { ForgotPasswordPage } from './pages/forgot-password';
import { FluxDepositPage } from './pages/fluxes/flux-deposit-page';
import { FluxPage } from './pages/fluxes/flux-page';
import { FluxesPage } from './pages/fluxes/fluxes-page';
import { HomePage } from './pages/home';
import { InvoiceFormPage } from './pages/invoices/invoice-form-page';
import { InvoicePage } from './pages/invoices/invoice-page';
import { InvoicesPage } from './pages/invoices/invoices-page';
import { LoginPage } from './pages/login';
import { MaintenanceAdminPage } from './pages/maintenance/maintenance-admin-page';
import { NotFoundPage } from './pages/not-found';
import { NotificationsPage } from './pages/notifications/notifications-page';
import { RecoveryPage } from './pages/recovery';
import { ResendActivationPage } from './pages/resend-activation';
import { SignupPage } from './pages/signup';
import { DepositFormPage } from './pages/pdf-deposit/deposit-form-page';
import { DepositUploadPage } from './pages/pdf-deposit/deposit-upload-page';
import { ManagerPage } from './pages/structures/manager-page';
import { OperatorPage } from './pages/structures/operator-page';
import { HelpPage } from './help/help-page';
import { MyStructuresSection } from './pages/structures/my-structures-section';

/**
 * The portal's addresses. /activation/:token, /recovery/:token and /email-change/:token are sent
 * by e-mail: they must not change.
 */
export const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'signup', element: <SignupPage /> },
      { path: 'login', element: <LoginPage /> },
      { path: 'activation/resend', element: <ResendActivationPage /> },
      { path: 'activation/:token', element: <ActivationPage /> },
      { path: 'password/forgot', element: <ForgotPasswordPage /> },
      { path: 'recovery/:token', element: <RecoveryPage /> },
      { path: 'email-change/:token', element: <EmailChangePage /> },
      // The directory is public: no login needed to search it.
      { path: 'directory', element: <DirectorySearchPage /> },
      { path: 'directory/:structureId', element: <DirectoryStructurePage /> },
      {
        path: 'operator/maintenance',
        element: (
          <RequireAuth>
            <MaintenanceAdminPage />
          </RequireAuth>
        ),
      },
      {
        path: 'operator/directory',
        element: (
          <RequireAuth>
            <DirectoryImportPage />
          </RequireAuth>
        ),
      },
      {
        path: 'account',
        element: (
          <RequireAuth>
            <AccountLayout />
          </RequireAuth>
        ),
        children: [
          { index: true, element: <Navigate to="profile" replace /> },
          { path: 'profile', element: <ProfileSection /> },
          { path: 'structures', element: <MyStructuresSection /> },
          { path: 'attachments', element: <AttachmentsSection /> },
          { path: 'email', element: <EmailSection /> },
          { path: 'preferences', element: <PreferencesSection /> },
          { path: 'password', element: <PasswordSection /> },
          { path: 'secret', element: <SecretSection /> },
          { path: 'two-factor', element: <TotpSection /> },
          { path: 'sessions', element: <SessionsSection /> },
          { path: 'journal', element: <JournalSection /> },
        ],
      },
      {
        path: 'manager',
        element: (
          <RequireAuth>
            <ManagerPage />
          </RequireAuth>
        ),
      },
      {
        path: 'invoices',
        children: [
          {
            index: true,
            element: (
              <RequireAuth>
                <InvoicesPage />
              </RequireAuth>
            ),
          },
          {
            path: 'new',
            element: (
              <RequireAuth>
                <InvoiceFormPage />
              </RequireAuth>
            ),
          },
          {
            path: 'deposit',
            element: (
              <RequireAuth>
                <DepositUploadPage />
              </RequireAuth>
            ),
          },
          {
            path: 'deposit/:depositId',
            element: (
              <RequireAuth>
                <DepositFormPage />
              </RequireAuth>
            ),
          },
          {
            path: ':id',
            element: (
              <RequireAuth>
                <InvoicePage />
              </RequireAuth>
            ),
          },
          {
            path: ':id/edit',
            element: (
              <RequireAuth>
                <InvoiceFormPage />
              </RequireAuth>
            ),
          },
        ],
      },
      {
        path: 'fluxes',
        children: [
          {
            index: true,
            element: (
              <RequireAuth>
                <FluxesPage />
              </RequireAuth>
            ),
          },
          {
            path: 'new',
            element: (
              <RequireAuth>
                <FluxDepositPage />
              </RequireAuth>
            ),
          },
          {
            path: ':id',
            element: (
              <RequireAuth>
                <FluxPage />
              </RequireAuth>
            ),
          },
        ],
      },
      {
        path: 'notifications',
        element: (
          <RequireAuth>
            <NotificationsPage />
          </RequireAuth>
        ),
      },
      { path: 'help', element: <HelpPage /> },
      {
        path: 'operator',
        element: (
          <RequireAuth>
            <OperatorPage />
          </RequireAuth>
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
