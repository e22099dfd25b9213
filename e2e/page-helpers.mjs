// What the Chromium tests of hostile pages do again and again: open a page and keep its errors,
// wait for something in it.

/** Opens `url` in a new page of `context`; `errors` collects what the page throws. */
export async function openPage(context, url) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  return { page, errors };
}

/** Polls `fn(arg)` in the page until it is truthy, and returns its value. */
export async function until(page, fn, arg, message = String(fn), ms = 20_000) {
  for (const end = Date.now() + ms; Date.now() < end; ) {
    const value = await page.evaluate(fn, arg).catch(() => undefined);
    if (value) return value;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error(`timed out: ${message}`);
}
