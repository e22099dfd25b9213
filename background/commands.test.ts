import { describe, expect, it } from 'vitest';
import type { PageCommand } from '../lib/messages/contract';
import { commandListener } from './commands';

function listener(active?: { id?: number }, fails = false) {
  const told: [number, PageCommand][] = [];
  const listen = commandListener({
    tellTab: async (id, command) => {
      told.push([id, command]);
      if (fails) throw new Error('Could not establish connection. Receiving end does not exist.');
    },
    activeTab: async () => active,
  });
  return { told, listen };
}

describe('the keyboard shortcuts in the background', () => {
  it('passes each page shortcut to the tab it was pressed in', async () => {
    const { told, listen } = listener({ id: 99 });
    await listen('toggle-marks', { id: 7 });
    await listen('next-figure', { id: 7 });
    expect(told).toEqual([
      [7, 'toggle-marks'],
      [7, 'next-figure'],
    ]);
  });

  it('asks for the active tab when the browser names none', async () => {
    const { told, listen } = listener({ id: 12 });
    await listen('next-figure');
    expect(told).toEqual([[12, 'next-figure']]);
  });

  it("leaves commands that are not Claimline's page shortcuts alone", async () => {
    const { told, listen } = listener({ id: 12 });
    await listen('_execute_action', { id: 3 });
    await listen('toggle-everything', { id: 3 });
    expect(told).toEqual([]);
  });

  it('does nothing without a tab, and never throws when the tab has no Claimline', async () => {
    const none = listener(undefined);
    await none.listen('toggle-marks');
    expect(none.told).toEqual([]);
    const bare = listener({ id: 5 }, true);
    await expect(bare.listen('toggle-marks', { id: 5 })).resolves.toBeUndefined();
    expect(bare.told).toEqual([[5, 'toggle-marks']]);
  });
});
