import { describe, expect, it, vi } from 'vitest';
import type { Claim } from '../lib/claims/claim';
import { makeClaim } from '../lib/claims/test-claims';
import { MessageRefused } from '../lib/messages/send';
import { draftId, saveDraft } from './save-draft';

const noWait = () => Promise.resolve();

describe('saveDraft', () => {
  it('sends the same draft again when the answer was lost, and tells the truth: saved', async () => {
    const stored = new Map<string, Claim>();
    const send = vi.fn(async (draft: Record<string, unknown>) => {
      const id = draft.id as string;
      const already = stored.get(id);
      if (already) return { claim: already, errors: [] };
      stored.set(id, makeClaim({ id, claimDate: '2025-04-30' }));
      throw new MessageRefused('noAnswer', 'The message port closed before a response was received.');
    });
    const draft = { id: draftId(), claimedBy: 'The ministry' };
    expect(await saveDraft(send, draft, noWait)).toEqual({ saved: true, errors: [] });
    expect(send).toHaveBeenCalledTimes(2);
    expect(send.mock.calls.map(([d]) => d.id)).toEqual([draft.id, draft.id]);
    expect(stored.size).toBe(1);
  });

  it("says in the reader's words that the save is not confirmed when no try gets an answer", async () => {
    const send = vi.fn(async () => {
      throw new MessageRefused('noAnswer', 'Could not establish connection. Receiving end does not exist.');
    });
    await expect(saveDraft(send, { id: draftId() }, noWait)).rejects.toThrow(
      /could not confirm the save.*never stored twice/,
    );
    expect(send).toHaveBeenCalledTimes(3);
  });

  it("does not retry the background's own refusal", async () => {
    const send = vi.fn(async () => {
      throw new MessageRefused('database', 'Your disk is full: nothing was saved.');
    });
    await expect(saveDraft(send, { id: draftId() }, noWait)).rejects.toThrow('Your disk is full');
    expect(send).toHaveBeenCalledTimes(1);
  });
});

describe('draftId', () => {
  it('is a random UUID (version 4), made without crypto.randomUUID', () => {
    const ids = new Set(Array.from({ length: 100 }, () => draftId()));
    expect(ids.size).toBe(100);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
