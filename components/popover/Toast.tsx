import { t } from '../../lib/i18n';

export interface ToastProps {
  /** What just happened ("Unmarked “at least 300”."). */
  message: string;
  /** The one way back ("Undo", "Resume"). */
  action: string;
  onAction: () => void;
  onDismiss: () => void;
}

/** Runs `fn` only for the reader's own clicks, never a page script's. */
const trusted = (fn: () => void) => (event: Event) => {
  if (event.isTrusted) fn();
};

/** A small notice in the popover's place: what happened, a button to take it back, and ×. */
export function Toast({ message, action, onAction, onDismiss }: ToastProps) {
  return (
    <div class="popover toast" role="status">
      <span class="toast-message">{message}</span>
      <button type="button" class="toast-action" onClick={trusted(onAction)}>
        {action}
      </button>
      <button type="button" class="close" aria-label={t('close')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
