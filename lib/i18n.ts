import { browser } from 'wxt/browser';
import en from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;
type Entry = { message: string; placeholders?: Record<string, { content: string }> };

/** English text for a key, placeholders filled in the order they are numbered ($1, $2...). */
function english(key: MessageKey, subs: string[]): string {
  const entry = en[key] as Entry;
  return entry.message.replace(/\$([A-Z_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return subs[Number(content.slice(1)) - 1] ?? '';
  });
}

function api(): { getMessage(key: string, subs?: string[]): string; getUILanguage(): string } | undefined {
  try {
    return (browser as unknown as { i18n?: ReturnType<typeof api> } | undefined)?.i18n;
  } catch {
    return undefined;
  }
}

/** The reader's language's text for `key` (browser i18n, `_locales`), English when it has none. */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const strings = subs.map(String);
  return api()?.getMessage(key, strings) || english(key, strings);
}

/** The reader's locale: the browser's UI language, else the page's navigator language, else English. */
export function readerLocale(): string {
  return api()?.getUILanguage() || (typeof navigator === 'undefined' ? '' : navigator.language) || 'en';
}
