import { describe, expect, it } from 'vitest';
import { listCorrections, loadCorrections, removeCorrection } from '../lib/storage/corrections';
import { correctionSignature, pageCorrections } from './corrections';

/** An in-memory storage area with the shape of browser.storage.local. */
function memoryArea(initial: Record<string, unknown> = {}) {
  const items: Record<string, unknown> = { ...initial };
  return {
    items,
    get: async (key: string | null) =>
      key === null ? { ...items } : key in items ? { [key]: items[key] } : {},
    set: async (more: Record<string, unknown>) => void Object.assign(items, more),
  };
}

describe('corrections', () => {
  const page = 'https://news.example/war/story?utm=1#top';

  it('remembers a figure the reader said is not a casualty figure, per page (query and fragment aside)', async () => {
    const area = memoryArea();
    (await pageCorrections(page, area)).add('300', 'The league has 300 teams.');
    await new Promise((r) => setTimeout(r, 0));
    expect(
      (await pageCorrections('https://news.example/war/story', area)).has('300', 'The league has 300 teams.'),
    ).toBe(true);
    expect((await loadCorrections('https://news.example/war/other', area)).size).toBe(0);
  });

  it('reads a line break of the sentence as a space, also in corrections stored with the break', async () => {
    // stored before pages were read with their source line breaks as spaces
    const area = memoryArea({
      'corrections:https://news.example/war/story': ['300|The league has 300\nteams.'],
    });
    const loaded = await pageCorrections(page, area);
    expect(loaded.has('300', 'The league has 300 teams.')).toBe(true);
    expect(correctionSignature('300', 'The league has 300\nteams.')).toBe(
      correctionSignature('300', 'The league has 300 teams.'),
    );
  });

  it('ignores stored values that are not signatures', async () => {
    const area = memoryArea({ 'corrections:https://news.example/war/story': ['300|ok', 42, null] });
    expect([...(await loadCorrections(page, area))]).toEqual(['300|ok']);
  });

  it('takes a correction back on undo, and lists what is left with its page', async () => {
    const area = memoryArea({ settings: { pausedSites: [] } });
    const corrections = await pageCorrections(page, area);
    await corrections.add('300', 'The league has 300 teams.');
    await corrections.add('12', 'Kick-off is at 12 noon.');
    corrections.forget('300', 'The league has 300 teams.');
    await removeCorrection(page, correctionSignature('300', 'The league has 300 teams.'), area);
    expect(corrections.has('300', 'The league has 300 teams.')).toBe(false);
    expect((await pageCorrections(page, area)).has('300', 'The league has 300 teams.')).toBe(false);
    expect(await listCorrections(area)).toEqual([
      {
        page: 'https://news.example/war/story',
        signature: '12|Kick-off is at 12 noon.',
        figureText: '12',
        sentence: 'Kick-off is at 12 noon.',
      },
    ]);
  });
});
