import { PAGE_COMMANDS, type PageCommand } from '../lib/messages/contract';

/** The tab a shortcut was pressed in, as `commands.onCommand` reports it (Chromium, Firefox 126+). */
export interface CommandTab {
  id?: number;
}

export interface CommandDeps {
  /** Passes the shortcut on to the page (sendToTab 'page/command'). */
  tellTab: (tabId: number, command: PageCommand) => Promise<unknown>;
  /** The active tab of the focused window, for a browser that reports no tab with the command. */
  activeTab: () => Promise<CommandTab | undefined>;
}

/**
 * The listener of the extension's keyboard shortcuts: a page's shortcut goes to the tab it was
 * pressed in through the one message contract; the page does it and announces it. Other
 * commands (the browser's own `_execute_action`) are not Claimline's to answer.
 */
export function commandListener(deps: CommandDeps) {
  return async (command: string, tab?: CommandTab): Promise<void> => {
    if (!(PAGE_COMMANDS as readonly string[]).includes(command)) return;
    const id = tab?.id ?? (await deps.activeTab().catch(() => undefined))?.id;
    if (id === undefined || id < 0) return;
    // a tab without Claimline's script (a browser page, a tab opened before install) has no answer
    await deps.tellTab(id, command as PageCommand).catch(() => undefined);
  };
}
