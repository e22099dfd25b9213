// Vitest setup: there is no browser i18n in unit tests, so t() reads the English messages.
import en from '../public/_locales/en/messages.json';
import { useBuiltInEnglish } from './extract/lexicon/built-in-english';
import { setFallbackMessages } from './i18n';

setFallbackMessages(en);
// English is the lexicon extraction reads when a test registers none (the content script is sent it).
useBuiltInEnglish();
