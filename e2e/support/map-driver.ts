/** Map-specific domain actions on top of AtlasDriver: read the live map through its `__atlasMap` handle. */
import type { Page } from '@playwright/test';
import type { DebugContainer, MapDebugHandle } from '../../src/features/map/map-debug';
import { AtlasDriver } from './atlas-driver';

/** A RegExp matching `text` literally (site names hold parentheses). */
export function exactly(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}

export class MapDriver extends AtlasDriver {
  constructor(page: Page) {
    super(page);
  }

  map() {
    return this.page.locator('.map-container');
  }

  /** Runs `fn(handle, arg)` in the page against the live map's test handle. */
  async ask<T, A = undefined>(fn: (handle: MapDebugHandle, arg: A) => T, arg?: A): Promise<T> {
    return this.map().evaluate(
      (element, [source, value]) => {
        const handle = (element as DebugContainer).__atlasMap;
        if (!handle) throw new Error('the map is not mounted');
        return new Function('handle', 'arg', `return (${source})(handle, arg)`)(handle, value);
      },
      [fn.toString(), arg] as const,
    ) as Promise<T>;
  }

  async pointOf(id: string) {
    const point = await this.ask((h, siteId: string) => h.project(siteId), id);
    const box = await this.map().boundingBox();
    if (!point || !box) throw new Error(`${id} is not on the map`);
    return {
      x: box.x + point.x,
      y: box.y + point.y,
      inside: point.x >= 0 && point.y >= 0 && point.x <= box.width && point.y <= box.height,
    };
  }

  async hoverSite(id: string) {
    const { x, y } = await this.pointOf(id);
    await this.page.mouse.move(x, y);
  }

  async camera() {
    return this.ask((h) => h.camera());
  }

  /** Waits until the map has stopped moving (two identical cameras 150 ms apart). */
  async settle() {
    let previous = '';
    for (let i = 0; i < 40; i++) {
      const now = JSON.stringify(await this.camera());
      if (now === previous) return;
      previous = now;
      await this.page.waitForTimeout(150);
    }
  }

  tooltip() {
    return this.page.getByRole('tooltip');
  }

  control(name: RegExp) {
    return this.page
      .getByRole('group', { name: /map controls|commandes de la carte/i })
      .getByRole('button', { name });
  }

  /** Loses the WebGL context through WEBGL_lose_context; returns once lost. */
  async loseContext() {
    await this.page.evaluate(() => {
      const canvas = document.querySelector('.map-container canvas') as HTMLCanvasElement;
      const gl = canvas.getContext('webgl2');
      const extension = gl?.getExtension('WEBGL_lose_context');
      if (!extension) throw new Error('no WEBGL_lose_context');
      (window as unknown as { __loseContext: WEBGL_lose_context }).__loseContext = extension;
      extension.loseContext();
    });
  }

  async restoreContext() {
    await this.page.evaluate(() =>
      (window as unknown as { __loseContext: WEBGL_lose_context }).__loseContext.restoreContext(),
    );
  }
}
