// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';

const source = readFileSync(resolve(import.meta.dirname, '../../../public/embed.js'), 'utf8');

function addIframe(attrs: Record<string, string>): HTMLIFrameElement {
  const iframe = document.createElement('iframe');
  for (const [name, value] of Object.entries(attrs)) iframe.setAttribute(name, value);
  document.body.append(iframe);
  return iframe;
}

function post(data: unknown, source: Window | null) {
  window.dispatchEvent(new MessageEvent('message', { data, source, origin: 'https://atlas.example' }));
}

const resize = (height: unknown) => ({ type: 'atlas:resize', version: 1, height });

describe('public/embed.js', () => {
  beforeAll(() => {
    // As the browser would run `<script src="embed.js">`: global code, no module, no exports.
    new Function(source)();
  });

  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('sets the height of the iframe that sent the resize', () => {
    const atlas = addIframe({ 'data-compute-atlas': '', src: 'about:blank' });
    const other = addIframe({ 'data-compute-atlas': '', src: 'about:blank' });
    post(resize(612.4), atlas.contentWindow);
    expect(atlas.style.height).toBe('613px');
    expect(other.style.height).toBe('');
  });

  it('sizes an iframe added after the script ran', () => {
    const late = addIframe({ 'data-compute-atlas': '' });
    post(resize(300), late.contentWindow);
    expect(late.style.height).toBe('300px');
  });

  it('ignores a resize from elsewhere: an unmarked iframe, the page itself, no source', () => {
    const atlas = addIframe({ 'data-compute-atlas': '', style: 'height: 400px' });
    const unmarked = addIframe({});
    post(resize(10), unmarked.contentWindow);
    post(resize(20), window);
    post(resize(30), null);
    expect(atlas.style.height).toBe('400px');
    expect(unmarked.style.height).toBe('');
  });

  it('ignores other messages and insane heights', () => {
    const atlas = addIframe({ 'data-compute-atlas': '', style: 'height: 400px' });
    for (const data of [
      null,
      'atlas:resize',
      { type: 'atlas:state', version: 1, height: 10 },
      { type: 'atlas:resize', height: 10 },
      resize('10'),
      resize(-1),
      resize(Number.NaN),
      resize(Infinity),
      resize(1e9),
    ]) {
      post(data, atlas.contentWindow);
    }
    expect(atlas.style.height).toBe('400px');
  });

  it('stays within 2 KB and ES5 (no arrows, let/const, template literals)', () => {
    expect(Buffer.byteLength(source, 'utf8')).toBeLessThanOrEqual(2048);
    const code = source.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(code).not.toMatch(/=>|\blet\b|\bconst\b|`|\bclass\b/);
  });
});
