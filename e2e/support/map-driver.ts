/** Map-specific domain actions: read the live map through its `__atlasMap` test handle. */
import { expect, type Page } from '@playwright/test';
import type { DebugContainer, MapDebugHandle } from '../../src/features/map/webgl/map-test-handle';

/** A RegExp matching `text` literally (site names hold parentheses). */
export function exactly(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}

type Method = keyof MapDebugHandle;
type Args<M extends Method> = Parameters<MapDebugHandle[M]>;
type Result<M extends Method> = Awaited<ReturnType<MapDebugHandle[M]>>;

export class MapDriver {
  constructor(readonly page: Page) {}

  map() {
    return this.page.locator('.map-container');
  }

  /**
   * Calls one method of the live map's test handle by name. No code is sent as a string, so this
   * works under the app's strict CSP (no eval).
   */
  async ask<M extends Method>(method: M, ...args: Args<M>): Promise<Result<M>> {
    return this.map().evaluate(
      (element, [name, values]) => {
        const handle = (element as DebugContainer).__atlasMap;
        if (!handle) throw new Error('the map is not mounted');
        return (handle[name] as (...a: unknown[]) => unknown)(...values);
      },
      [method, args] as const,
    ) as Promise<Result<M>>;
  }

  /** Site ids the GPU actually drew (maplibre's rendered features), once it drew at least one. */
  async renderedSiteIds(): Promise<string[]> {
    await expect.poll(async () => (await this.ask('renderedSiteIds')).length).toBeGreaterThan(0);
    return this.ask('renderedSiteIds');
  }

  /** The sites drawn just now, none included. */
  async renderedSiteIdsNow(): Promise<string[]> {
    return this.ask('renderedSiteIds');
  }

  async expectRenderedSites(ids: string[]) {
    await expect.poll(async () => (await this.renderedSiteIdsNow()).sort()).toEqual([...ids].sort());
  }

  async featureState(id: string) {
    return this.ask('featureState', id);
  }

  /** How many sites the drawn clusters hold (a cluster cut by a tile edge is counted once). */
  async clusterCount(): Promise<number> {
    const clusters = new Map((await this.ask('renderedClusters')).map((c) => [c.id, c.count]));
    return [...clusters.values()].reduce((sum, count) => sum + count, 0);
  }

  /** How many sites the map shows now, each drawn on its own or counted in a cluster. */
  async shownSiteCount(): Promise<number> {
    return (await this.renderedSiteIdsNow()).length + (await this.clusterCount());
  }

  async pointOf(id: string) {
    const point = await this.ask('project', id);
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

  async selectSiteOnMap(id: string) {
    const { x, y } = await this.pointOf(id);
    await this.page.mouse.click(x, y);
  }

  async camera() {
    return this.ask('camera');
  }

  /** Waits for maplibre's 'idle': a frame drawn with no camera move, load or fade left. */
  async idle() {
    await this.ask('whenIdle');
  }

  tooltip() {
    return this.page.getByRole('tooltip');
  }

  control(name: RegExp) {
    return this.page
      .getByRole('group', { name: /map controls|commandes de la carte/i })
      .getByRole('button', { name });
  }

  /** Loses the WebGL context through WEBGL_lose_context; returns once the canvas reports it lost. */
  async loseContext() {
    await this.page.evaluate(() => {
      const canvas = document.querySelector('.map-container canvas') as HTMLCanvasElement;
      const gl = canvas.getContext('webgl2');
      const extension = gl?.getExtension('WEBGL_lose_context');
      if (!extension) throw new Error('no WEBGL_lose_context');
      extension.loseContext();
    });
    await expect
      .poll(() =>
        this.page.evaluate(
          () =>
            (document.querySelector('.map-container canvas') as HTMLCanvasElement | null)
              ?.getContext('webgl2')
              ?.isContextLost() ?? true,
        ),
      )
      .toBe(true);
  }

  /**
   * Loses the map's context and gives it back as soon as the page has heard of the loss, all in
   * the page: driven from here, the round trips between the two took longer than the grace period
   * on a busy machine, and the SVG map rightly took over. Returns once the context is back.
   */
  async loseContextBriefly() {
    await this.page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const canvas = document.querySelector('.map-container canvas') as HTMLCanvasElement;
          const extension = canvas.getContext('webgl2')?.getExtension('WEBGL_lose_context');
          if (!extension) return reject(new Error('no WEBGL_lose_context'));
          canvas.addEventListener('webglcontextrestored', () => resolve(), { once: true });
          // In the task after the loss's event (the browser allows a restore only once the map's
          // listener has kept the context restorable); a message, not a timer the clock controls.
          const next = new MessageChannel();
          next.port1.onmessage = () => extension.restoreContext();
          canvas.addEventListener('webglcontextlost', () => next.port2.postMessage(null), { once: true });
          extension.loseContext();
        }),
    );
  }
}
