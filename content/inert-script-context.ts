/**
 * Stands in for WXT's `ContentScriptContext` in the content script's build (wxt.config.ts). WXT
 * makes one before `main()` runs, and it posts a "content script started" message into the page
 * and listens for the page's messages: every page could see that Claimline is installed, and
 * could end its context with a replayed message. Claimline ends itself only when the extension
 * goes (lifetime.ts) and never reads the context, so its content script gets this, which does
 * nothing.
 */
export class ContentScriptContext {}
