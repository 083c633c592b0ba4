import { afterEach, describe, expect, it, vi } from 'vitest';
import { joinPresenterChannel, parsePresenterMessage, type ChannelLike } from './presenter-channel';

/** An in-memory BroadcastChannel: a message reaches every other member, never the sender. */
function bus() {
  const members: ChannelLike[] = [];
  return (): ChannelLike => {
    const member: ChannelLike = {
      onmessage: null,
      postMessage: (data) => {
        for (const other of members) if (other !== member) other.onmessage?.({ data } as MessageEvent);
      },
      close: () => members.splice(members.indexOf(member), 1),
    };
    members.push(member);
    return member;
  };
}

describe('presenter channel', () => {
  it('reads only well-formed messages', () => {
    expect(
      parsePresenterMessage(
        { type: 'presenter:step', from: 'notes', step: 3, startedAt: 5, token: 'T' },
        'T',
      ),
    ).toEqual({
      type: 'presenter:step',
      from: 'notes',
      step: 3,
      startedAt: 5,
    });
    for (const bad of [
      null,
      'step',
      { type: 'presenter:step', from: 'x', step: 3, startedAt: null },
      { type: 'presenter:step', from: 'main', step: 0, startedAt: null },
      { type: 'presenter:step', from: 'main', step: 2.5, startedAt: null },
      { type: 'presenter:step', from: 'main', step: 2, startedAt: 'now' },
      { type: 'other', from: 'main' },
    ].map((m) => (typeof m === 'object' && m !== null ? { ...m, token: 'T' } : m)))
      expect(parsePresenterMessage(bad, 'T')).toBeNull();
  });

  it('the notes follow the presentation and drive it, and a reloaded notes window catches up', () => {
    const open = bus();
    let mainStep = 2;
    const notesSteps: number[] = [];
    const main = joinPresenterChannel({
      role: 'main',
      token: 'T',
      current: () => ({ step: mainStep, startedAt: 100 }),
      onStep: (step) => (mainStep = step),
      open,
    });
    // The notes window opens (or reloads): it asks, the presentation answers with step 2.
    const notes = joinPresenterChannel({
      role: 'notes',
      token: 'T',
      current: () => ({ step: 1, startedAt: null }),
      onStep: (step) => notesSteps.push(step),
      open,
    });
    expect(notesSteps).toEqual([2]);
    main?.sendStep(3, 100);
    expect(notesSteps).toEqual([2, 3]);
    notes?.sendStep(4, 100);
    expect(mainStep).toBe(4);
    notes?.close();
    main?.sendStep(5, 100);
    expect(notesSteps).toEqual([2, 3]);
  });

  it('a reloaded presentation announces its step to the notes window', () => {
    const open = bus();
    const notesSteps: number[] = [];
    joinPresenterChannel({
      role: 'notes',
      token: 'T',
      current: () => ({ step: 1, startedAt: null }),
      onStep: (s) => notesSteps.push(s),
      open,
    });
    joinPresenterChannel({
      role: 'main',
      token: 'T',
      current: () => ({ step: 6, startedAt: null }),
      onStep: () => {},
      open,
    });
    expect(notesSteps).toEqual([6]);
  });

  it('the presentation hands its story to a notes window of the same presentation only', () => {
    const open = bus();
    const heard: unknown[] = [];
    joinPresenterChannel({
      role: 'main',
      token: 'T',
      current: () => ({ step: 1, startedAt: null }),
      onStep: () => {},
      story: () => ({ id: 'mine' }),
      open,
    });
    joinPresenterChannel({
      role: 'notes',
      token: 'T',
      current: () => ({ step: 1, startedAt: null }),
      onStep: () => {},
      onStory: (s) => heard.push(s),
      open,
    });
    joinPresenterChannel({
      role: 'notes',
      token: 'other',
      current: () => ({ step: 1, startedAt: null }),
      onStep: () => {},
      onStory: (s) => heard.push(['wrong', s]),
      open,
    });
    expect(heard).toEqual([{ id: 'mine' }]);
  });
});

describe('without BroadcastChannel (an old or locked-down browser)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('joins nothing and throws nothing: the presentation runs alone', () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    const onStep = vi.fn();
    for (const role of ['main', 'notes'] as const) {
      expect(() =>
        joinPresenterChannel({
          role,
          token: 'pairing',
          current: () => ({ step: 1, startedAt: null }),
          onStep,
        }),
      ).not.toThrow();
      expect(
        joinPresenterChannel({
          role,
          token: 'pairing',
          current: () => ({ step: 1, startedAt: null }),
          onStep,
        }),
      ).toBeNull();
    }
    expect(onStep).not.toHaveBeenCalled();
  });
});
