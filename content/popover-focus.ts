import type { PopoverHost } from './popover-host';

/** What the popover's Tab order holds: its controls, fields and links, not what is disabled. */
const FOCUSABLE = 'button:not([disabled]), a[href], select:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The popover's controls in Tab order, those shown only. */
export function focusablesOf(dialog: HTMLElement): HTMLElement[] {
  return [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0);
}

/**
 * Keeps the keyboard's place while the popover is open (WAI-ARIA's non-modal dialog): Tab from its
 * mark goes into it, Tab past its last control comes back to its first, and Shift+Tab from its
 * first control (or the dialog itself) returns to the mark, so the reader never lands at the end
 * of the page with the popover left open behind. Returns whether it moved focus.
 */
export function keepFocus(event: KeyboardEvent, popover: PopoverHost): boolean {
  if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return false;
  const dialog = popover.dialog;
  const mark = popover.anchor;
  if (!dialog) return false;
  const controls = focusablesOf(dialog);
  const first = controls[0];
  const last = controls[controls.length - 1];
  const doc = popover.host.ownerDocument;
  let next: HTMLElement | null = null;
  if (popover.hasFocus) {
    const at = popover.focused;
    if (event.shiftKey && (at === first || at === dialog || !at)) next = mark?.isConnected ? mark : null;
    else if (!event.shiftKey && (at === last || (!first && at === dialog))) next = first ?? dialog;
  } else if (!event.shiftKey && mark && doc.activeElement === mark) next = first ?? dialog;
  if (!next) return false;
  event.preventDefault();
  next.focus();
  return true;
}
