import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinPresenterChannel, type ChannelLike, type PresenterRole } from './presenter-channel';

const TOKEN = '0123456789abcdef0123456789abcdef';

/** One side joined to a fake channel; `deliver` hands it a message as another document would. */
function joined(role: PresenterRole) {
  const channel: ChannelLike = { onmessage: null, postMessage: () => {}, close: () => {} };
  const steps: number[] = [];
  joinPresenterChannel({
    role,
    token: TOKEN,
    current: () => ({ step: 1, startedAt: null }),
    onStep: (step) => steps.push(step),
    open: () => channel,
  });
  return { steps, deliver: (data: unknown) => channel.onmessage?.({ data } as MessageEvent) };
}

const wellFormedStep = (token: fc.Arbitrary<unknown>) =>
  fc.record({
    type: fc.constant('presenter:step'),
    from: fc.constantFrom('main', 'notes'),
    step: fc.integer({ min: 1, max: 1000 }),
    startedAt: fc.oneof(fc.constant(null), fc.integer()),
    token,
  });
const otherToken = fc.oneof(
  fc.string().filter((s) => s !== TOKEN),
  fc.constant(TOKEN.toUpperCase()),
  fc.constant(` ${TOKEN}`),
  fc.constant(undefined),
  fc.anything(),
);
// Anything another document of the origin could post: junk, and well-formed steps with a wrong
// token or none, or a message that looks right with a mangled field.
const hostile = fc.oneof(
  fc.anything(),
  wellFormedStep(otherToken),
  fc.record(
    {
      type: fc.oneof(fc.constant('presenter:step'), fc.string()),
      from: fc.oneof(fc.constantFrom('main', 'notes'), fc.anything()),
      step: fc.oneof(fc.integer({ min: 1, max: 100 }), fc.anything()),
      startedAt: fc.anything(),
      token: otherToken,
    },
    { requiredKeys: [] },
  ),
);

describe('presenter channel against random messages', () => {
  // fast-check's `anything` builds deep values: give a busy machine room, the count is what matters.
  for (const role of ['main', 'notes'] as const) {
    it(`as ${role}: never changes the step without the token, and never throws (10,000 cases)`, () => {
      const side = joined(role);
      fc.assert(
        fc.property(hostile, (data) => {
          side.deliver(data); // a throw fails the property
          return side.steps.length === 0;
        }),
        { numRuns: 10_000 },
      );
    }, 120_000);
  }

  it('follows every well-formed step that carries the token, from the other side only', () => {
    fc.assert(
      fc.property(wellFormedStep(fc.constant(TOKEN)), (message) => {
        const side = joined('notes');
        side.deliver(message);
        expect(side.steps).toEqual(message.from === 'main' ? [message.step] : []);
      }),
      { numRuns: 10_000 },
    );
  }, 120_000);
});
