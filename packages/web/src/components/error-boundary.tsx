import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';

interface State {
  error: Error | null;
}

/** A bug in one screen shows a message in place of that screen; header and footer stay usable. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Screen failed', error, info.componentStack);
  }

  override render() {
    if (this.state.error) return <ScreenFailed />;
    return this.props.children;
  }
}

function ScreenFailed() {
  const { t } = useI18n();
  return (
    <div className="fr-alert fr-alert--error" role="alert">
      <h1 className="fr-alert__title">{t('error.screen.title')}</h1>
      <p>{t('error.screen.body')}</p>
      <p>
        <a className="fr-link" href="/">
          {t('error.screen.home')}
        </a>
      </p>
    </div>
  );
}
