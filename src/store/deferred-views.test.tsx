// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAtlasStore } from './atlas-store';
import { useDeferredAtlasStore, viewsSettled } from './deferred-views';
import { AtlasStoreProvider, useAtlasStore } from './store-context';

function Views() {
  const urgent = useAtlasStore((s) => s.asOf);
  const deferred = useDeferredAtlasStore((s) => s.asOf);
  return (
    <p>
      <span data-testid="urgent">{urgent ?? 'today'}</span>
      <span data-testid="deferred">{deferred ?? 'today'}</span>
    </p>
  );
}

const shown = (id: string) => screen.getByTestId(id).textContent;

describe('useDeferredAtlasStore and viewsSettled', () => {
  // First: module state (the lag count) is shared by the tests of this file.
  describe('outside act, as in a browser', () => {
    // React then schedules the deferred render as it does for a visitor, after the urgent one.
    beforeEach(() => {
      (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
    });
    afterEach(() => {
      (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    });

    it('shows the urgent value first and the deferred one after, and says when all caught up', async () => {
      const store = createAtlasStore();
      render(
        <AtlasStoreProvider store={store}>
          <Views />
        </AtlasStoreProvider>,
      );
      store.getState().setAsOf('2025-02-10');
      // The store's update renders in a microtask; the deferred one only in a later task.
      await Promise.resolve();
      await Promise.resolve();
      expect(shown('urgent')).toBe('2025-02-10');
      expect(shown('deferred')).toBe('today');
      let settled = false;
      const done = viewsSettled().then(() => (settled = true));
      await Promise.resolve();
      expect(settled).toBe(false);
      await done;
      expect(shown('deferred')).toBe('2025-02-10');
    });
  });

  it('resolves at once when no view is behind', async () => {
    const store = createAtlasStore();
    render(
      <AtlasStoreProvider store={store}>
        <Views />
      </AtlasStoreProvider>,
    );
    await expect(viewsSettled()).resolves.toBeUndefined();
    act(() => store.getState().setAsOf('2025-02-10'));
    expect(shown('deferred')).toBe('2025-02-10');
  });
});
