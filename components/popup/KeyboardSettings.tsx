import { useEffect, useState } from 'preact/hooks';
import { shortcuts as browserShortcuts, type Shortcut } from '../../lib/browser/commands';
import { type MessageKey, t } from '../../lib/i18n';
import { PAGE_COMMANDS, type PageCommand } from '../../lib/messages/contract';
import type { TabStops } from '../../lib/storage/settings';

/** The shortcuts' names in the reader's language (the manifest's descriptions, as the browser's shortcut page shows them). */
const COMMAND_NAMES: Record<PageCommand, MessageKey> = {
  'toggle-marks': 'commandToggleMarks',
  'next-figure': 'commandNextFigure',
};

const TAB_STOP_LABELS: Record<TabStops, MessageKey> = {
  block: 'tabStopsBlock',
  figure: 'tabStopsFigure',
};

export interface KeyboardSettingsProps {
  /** The reader's choice; null while the settings load. */
  tabStops: TabStops | null;
  onTabStops: (tabStops: TabStops) => void;
  /** The extension's shortcuts as the browser holds them (`commands.getAll()`; tests hand in their own). */
  shortcuts?: () => Promise<Shortcut[]>;
}

/**
 * The page's keyboard shortcuts with the keys the browser gives them now ("not set" when the
 * reader or a clash left one without), where to change them, and how figures take part in a
 * page's Tab order.
 */
export function KeyboardSettings({
  tabStops,
  onTabStops,
  shortcuts = browserShortcuts,
}: KeyboardSettingsProps) {
  const [keys, setKeys] = useState<Map<string, string> | null>(null);
  useEffect(() => {
    shortcuts().then(
      (all) => setKeys(new Map(all.map((s) => [s.name, s.shortcut]))),
      () => setKeys(new Map()),
    );
  }, [shortcuts]);
  return (
    <>
      <h2 id="shortcuts-heading">{t('shortcutsHeading')}</h2>
      <dl class="shortcuts" aria-labelledby="shortcuts-heading">
        {PAGE_COMMANDS.map((name) => (
          <div key={name}>
            <dt>{t(COMMAND_NAMES[name])}</dt>
            <dd>{keys === null ? '' : keys.get(name) ? <kbd>{keys.get(name)}</kbd> : t('shortcutNotSet')}</dd>
          </div>
        ))}
      </dl>
      <p class="muted">{t('shortcutsChange')}</p>
      <fieldset>
        <legend>{t('tabStopsLegend')}</legend>
        {(['block', 'figure'] as const).map((mode) => (
          <label key={mode} class="check">
            <input
              type="radio"
              name="tab-stops"
              value={mode}
              checked={tabStops === mode}
              onChange={() => onTabStops(mode)}
            />
            {t(TAB_STOP_LABELS[mode])}
          </label>
        ))}
      </fieldset>
    </>
  );
}
