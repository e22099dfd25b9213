import { t } from '../lib/i18n';
import type { PageCommand } from '../lib/messages/contract';
import { describeFigure } from '../lib/wording/format';
import type { Announcer } from './announcer';
import type { DoCommand } from './answer-popup';
import type { ClaimlinePage } from './controller';

/**
 * The keyboard shortcuts on a marked page: "toggle marks" hides them (`hide`: the page is put
 * back as it was), "next figure" moves focus to the figure after the reader's place. Each is
 * announced through the page's live region; the words are returned as the message's answer.
 */
export function markedPageCommands(page: ClaimlinePage, announcer: Announcer, hide: () => void): DoCommand {
  return (command: PageCommand) => {
    let words: string;
    if (command === 'toggle-marks') {
      hide();
      words = t('marksHidden');
    } else {
      const next = page.nextFigure();
      words = next
        ? t('figureOfCount', next.index, next.count, describeFigure(next.m.figure))
        : t('noFiguresToGoTo');
    }
    announcer.say(words);
    return words;
  };
}

/** The shortcuts on a page whose marks the reader hid: "toggle marks" shows them again (`show`). */
export function hiddenPageCommands(announcer: Announcer, show: () => void): DoCommand {
  return (command: PageCommand) => {
    if (command === 'toggle-marks') show();
    const words = command === 'toggle-marks' ? t('marksShown') : t('marksHidden');
    announcer.say(words);
    return words;
  };
}

/** The shortcuts on a paused site: neither acts; the reader is told why. */
export function pausedPageCommands(announcer: Announcer, host: string): DoCommand {
  return () => {
    const words = t('commandPaused', host);
    announcer.say(words);
    return words;
  };
}
