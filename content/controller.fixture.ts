import type { Figure } from '../lib/extract/types';
import { type ControllerDeps, startClaimline } from './controller';
import type { LoadingExtractor } from './cue-gate';
import { popoverUi } from './popover-ui';
import { Splits } from './wrap';

/** Claimline on the test's document: a stand-in extractor, no background, the window's own timers. */
export function startForTest(
  extract: ((text: string) => Figure[]) | LoadingExtractor,
  more: Partial<ControllerDeps> = {},
) {
  return startClaimline({
    doc: document,
    extract,
    fetchContext: () => Promise.reject(new Error('no background in this test')),
    loadPopoverUi: () => Promise.resolve(popoverUi()),
    listen: (target, type, handler) => target.addEventListener(type, handler),
    setTimeout: (fn, ms) => window.setTimeout(fn, ms),
    clearTimeout: (id) => window.clearTimeout(id),
    ...more,
  });
}

/** How the scanner tests mark: the usual tag names, a fresh record of split text nodes. */
export const testMarking = () => ({
  names: { mark: 'claimline-mark', popover: 'claimline-popover' },
  splits: new Splits(),
});
