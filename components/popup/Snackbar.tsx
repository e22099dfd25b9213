import { useEffect } from 'preact/hooks';
import { t } from '../../lib/i18n';

export interface SnackbarProps {
  message: string;
  actionLabel?: string;
  onAction?: () => void;
  onDismiss: () => void;
  /** Milliseconds before it goes away by itself. */
  timeout?: number;
}

/** A short status line at the bottom ("Claim deleted — Undo"), announced to screen readers. */
export function Snackbar({ message, actionLabel, onAction, onDismiss, timeout = 10_000 }: SnackbarProps) {
  useEffect(() => {
    const timer = setTimeout(onDismiss, timeout);
    return () => clearTimeout(timer);
  }, [message, onDismiss, timeout]);
  return (
    <div class="snackbar" role="status" aria-live="polite">
      <span>{message}</span>
      {actionLabel && onAction && (
        <button type="button" onClick={onAction}>
          {actionLabel}
        </button>
      )}
      <button type="button" class="close" aria-label={t('dismiss')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
