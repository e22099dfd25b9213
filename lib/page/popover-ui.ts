import { draftToRecord } from '../../components/SaveForm';
import { PopoverHost } from './popover-host';

/**
 * What the popover's own script brings (Preact, the popover, its chart and save form, the
 * positioning library): loaded into the content script's world on the first hover or focus of a
 * figure, so a page whose figures the reader never opens never parses it.
 */
export interface PopoverUi {
  PopoverHost: typeof PopoverHost;
  draftToRecord: typeof draftToRecord;
}

/** The popover's code, as the popover script hands it to the content script. */
export function popoverUi(): PopoverUi {
  return { PopoverHost, draftToRecord };
}
