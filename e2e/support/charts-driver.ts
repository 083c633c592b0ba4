/** Domain actions on the timeline, the time cursor and the investments chart, beside AtlasDriver. */
import type { Page } from '@playwright/test';

const DAY_MS = 86_400_000;
const dayMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

export class ChartsDriver {
  constructor(readonly page: Page) {}

  cursor() {
    return this.page.getByRole('slider', { name: /As of date|À la date du/ });
  }

  playButton() {
    return this.page.getByRole('button', { name: /^(Play|Lecture)$/ });
  }

  pauseButton() {
    return this.page.getByRole('button', { name: /^Pause$/ });
  }

  timeline() {
    return this.page.getByRole('group', { name: /Timeline of events|Chronologie des événements/ });
  }

  timelineEvent(name: string | RegExp) {
    return this.timeline().getByRole('button', { name });
  }

  investments() {
    return this.page.getByRole('group', { name: /Money figures grouped by|Montants groupés par/ });
  }

  investmentBar(name: string | RegExp) {
    return this.investments().getByRole('button', { name });
  }

  /** The cursor's day as the slider exposes it to assistive technology. */
  async cursorDay(): Promise<string> {
    const now = Number(await this.cursor().getAttribute('aria-valuenow'));
    return new Date(now * DAY_MS).toISOString().slice(0, 10);
  }

  /** Keyboard: Home, then ArrowRight `steps` times (one event day each). */
  async stepFromStart(steps: number) {
    await this.cursor().focus();
    await this.page.keyboard.press('Home');
    for (let i = 0; i < steps; i += 1) await this.page.keyboard.press('ArrowRight');
  }

  /** Drags the thumb along its track to the day `iso`, as a mouse user would. */
  async dragCursorTo(iso: string) {
    const track = this.page.locator('.time-slider-track');
    await track.scrollIntoViewIfNeeded();
    const [start, end] = await Promise.all([
      track.getAttribute('data-start'),
      track.getAttribute('data-end'),
    ]);
    const box = await track.boundingBox();
    const thumb = await this.cursor().boundingBox();
    if (!start || !end || !box || !thumb) throw new Error('the time cursor is not on screen');
    // Aim at the middle of the day so rounding lands on it.
    const ratio = (dayMs(iso) + DAY_MS / 2 - dayMs(start)) / (dayMs(end) - dayMs(start));
    const y = box.y + box.height / 2;
    await this.page.mouse.move(thumb.x + thumb.width / 2, y);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + box.width * ratio, y, { steps: 8 });
    await this.page.mouse.up();
  }
}
