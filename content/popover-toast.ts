import { h } from 'preact';
import { Toast } from '../components/popover/Toast';
import type { PopoverHost } from './popover-host';

/** What a toast offers: what happened, and the button that takes it back. */
export interface ToastOffer {
  message: string;
  action: string;
  run: () => void | Promise<void>;
}

/** What the toast needs of the page: listeners and timers that end with Claimline. */
export interface ToastPage {
  listen: (target: EventTarget, type: string, handler: (event: Event) => void) => void;
  setTimeout: (fn: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
}

/** How long a toast stays when the reader neither points at it nor is in it. */
const TOAST_MS = 8000;

/**
 * The page's toast, shown in the popover's place (the same closed-shadow-root host) after an
 * action that took something away, with the way back: keyboard reachable (focus moves to its
 * button when the reader was in the popover; Escape or × dismisses it), and it stays while the
 * pointer or focus is on it (WCAG 2.2.1), else goes after a few seconds.
 */
export function pageToast(popover: PopoverHost, page: ToastPage) {
  let timer = 0;
  let held = 0;
  const dismiss = () => {
    page.clearTimeout(timer);
    if (popover.showsToast) popover.hide();
  };
  const later = () => {
    page.clearTimeout(timer);
    if (popover.showsToast && held === 0) timer = page.setTimeout(dismiss, TOAST_MS);
  };
  const hold = (by: number) => () => {
    held = Math.max(0, held + by);
    if (held > 0) page.clearTimeout(timer);
    else later();
  };
  const el = popover.host;
  page.listen(el, 'mouseenter', hold(1));
  page.listen(el, 'mouseleave', hold(-1));
  page.listen(el, 'focusin', hold(1));
  page.listen(el, 'focusout', hold(-1));
  page.listen(el, 'keydown', (event) => {
    if ((event as KeyboardEvent).key === 'Escape' && popover.showsToast) dismiss();
  });

  return {
    /** Shows the toast; `focus`: the keyboard goes to its button. */
    show(offer: ToastOffer, focus: boolean): void {
      held = 0;
      const onAction = () => {
        dismiss();
        Promise.resolve(offer.run()).catch((e) => console.warn('[claimline]', e));
      };
      popover.showToast(
        h(Toast, { message: offer.message, action: offer.action, onAction, onDismiss: dismiss }),
      );
      if (focus) popover.focusFirst();
      later();
    },
    dismiss,
  };
}

export type PageToast = ReturnType<typeof pageToast>;
