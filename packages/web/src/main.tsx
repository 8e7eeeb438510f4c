import '@codegouvfr/react-dsfr/dsfr/dsfr.min.css';
import './styles/icons.css';
import './styles/app.css';
import { startReactDsfr } from '@codegouvfr/react-dsfr/spa';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, Link, RouterProvider } from 'react-router-dom';
import { useCurrentLang } from './i18n/i18n';
import { routes } from './routes';

declare module '@codegouvfr/react-dsfr/spa' {
  interface RegisterLink {
    Link: typeof Link;
  }
}

// The DSFR's own texts (close buttons, password toggles) follow the interface language.
startReactDsfr({ defaultColorScheme: 'light', Link, useLang: useCurrentLang });

const router = createBrowserRouter(routes);
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  );
}
