/** Claimline's own identity, as the background checks a sender against it. */
export const SELF = { id: 'claimline-id', origin: 'chrome-extension://claimline-id' };

/** The content script in a news page's tab: it may read, and write on its reader's action. */
export const CONTENT_SCRIPT = { id: SELF.id, tab: { id: 1 }, url: 'https://news.example/a' };

/** A "Save to history" draft as the popover's form sends it (no subject, no party). */
export const SAVE_DRAFT = {
  claimedBy: 'Test agency',
  claimDate: '2025-03-03',
  metric: 'killed',
  qualifier: 'exact',
  low: 10,
  high: 10,
};
