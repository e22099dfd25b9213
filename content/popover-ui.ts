import { figureRequests } from './figure-requests';
import { pageFiguresAnswer } from './page-figures-answer';
import { pageReviews } from './page-reviews';
import { wirePopoverPage } from './popover-wiring';

/**
 * What the popover's own script brings (Preact, the popover, its chart and save form, the
 * positioning library, the requests about a figure and the popup's answer about the page, its
 * fact-checks included): loaded
 * into the content script's world on the first hover or focus of a figure, so a page whose figures
 * the reader never opens never parses it.
 */
export interface PopoverUi {
  wirePopoverPage: typeof wirePopoverPage;
  figureRequests: typeof figureRequests;
  pageFiguresAnswer: typeof pageFiguresAnswer;
  pageReviews: typeof pageReviews;
}

/** The popover's code, as the popover script hands it to the content script. */
export function popoverUi(): PopoverUi {
  return { wirePopoverPage, figureRequests, pageFiguresAnswer, pageReviews };
}
