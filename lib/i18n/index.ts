import { browser } from 'wxt/browser';

// Types only: the messages themselves come from _locales through the browser, so no bundle
// (least of all the content script) carries a copy of them.
export type MessageKey = keyof typeof import('../../public/_locales/en/messages.json');
export type Entry = { message: string; placeholders?: Record<string, { content: string }> };

/** A message's text with its placeholders filled in the order they are numbered ($1, $2...). */
export function fill(entry: Entry, subs: string[]): string {
  return entry.message.replace(/\$([A-Z_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return subs[Number(content.slice(1)) - 1] ?? '';
  });
}

let fallback: Readonly<Record<string, Entry>> = {};

/**
 * Messages to use where there is no browser i18n (unit tests register the English ones; see
 * lib/test-setup.ts). In the extension the browser always answers from `_locales`.
 */
export function setFallbackMessages(messages: Readonly<Record<string, Entry>>): void {
  fallback = messages;
}

function english(key: MessageKey, subs: string[]): string {
  const entry = fallback[key];
  return entry ? fill(entry, subs) : key;
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
  let text = '';
  try {
    text = api()?.getMessage(key, strings) ?? '';
  } catch {
    // the extension is gone (updated or disabled) while a page still runs its content script
  }
  return text || english(key, strings);
}

/** The reader's locale: the browser's UI language, else the page's navigator language, else English. */
export function readerLocale(): string {
  return api()?.getUILanguage() || (typeof navigator === 'undefined' ? '' : navigator.language) || 'en';
}

/** Message keys that come in plural forms: `${base}_one`, `_few`, `_many` and `_other`. */
type PluralBase = {
  [K in MessageKey]: K extends `${infer B}_one` ? (`${B}_other` extends MessageKey ? B : never) : never;
}[MessageKey];

/**
 * The form of `base` for the count `n` in the reader's language (Intl.PluralRules: "1 claim",
 * "2 claims"; Russian and Ukrainian "1 заявление", "3 заявления", "5 заявлений"); `n` is the
 * first placeholder unless other subs are given.
 */
export function plural(n: number, base: PluralBase, ...subs: (string | number)[]): string {
  return t(`${base}_${pluralForm(n, readerLocale())}` as MessageKey, ...(subs.length ? subs : [n]));
}

/** The plural form of `n` in `locale` that messages have: one, few, many or other. */
export function pluralForm(n: number, locale: string): 'one' | 'few' | 'many' | 'other' {
  let form = 'other';
  try {
    form = new Intl.PluralRules(locale).select(n);
  } catch {}
  return form === 'one' || form === 'few' || form === 'many' ? form : 'other';
}

/**
 * An error's text in the reader's language: its message key and substitutions when it has them
 * (made where there is no browser i18n, such as the import worker), else its English `message`.
 */
export function localise(error: { message: string; i18n?: { key: MessageKey; subs: string[] } }): string {
  return error.i18n ? t(error.i18n.key, ...error.i18n.subs) : error.message;
}
