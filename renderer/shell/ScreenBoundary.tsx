import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { forgetFailedScreens } from './lazy-screen';

/**
 * A screen that failed to render, its chunk not fetched included (a web host restarted with a
 * new build, a read error): the screen says so and offers to try again, and the rest of the
 * counter, the cart with it, keeps working instead of the whole window going blank.
 */
export class ScreenBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    const retry = () => {
      forgetFailedScreens();
      this.setState({ failed: false });
    };
    return this.state.failed ? <ScreenFailed onRetry={retry} /> : this.props.children;
  }
}

function ScreenFailed({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="notice" role="alert" data-testid="screen-failed">
      <p>{t('shell.screenFailed')}</p>
      <button type="button" className="touch" onClick={onRetry}>
        {t('shell.tryAgain')}
      </button>
    </div>
  );
}
