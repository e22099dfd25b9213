// Vitest setup: there is no browser i18n in unit tests, so t() reads the English messages.
import en from '../public/_locales/en/messages.json';
import { setFallbackMessages } from './i18n';

setFallbackMessages(en);
