/*! Compute Atlas embed helper: sizes every <iframe data-compute-atlas> to its content; defines
 * <compute-atlas> (an attribute per URL parameter). Docs: EMBEDDING.md */
/* global window, document, Reflect, HTMLElement, customElements, URL */
(function (w, d) {
  'use strict';
  var s = d.currentScript, base = s && s.src;
  w.addEventListener('message', function (e) {
    var m = e.data, h = m && m.height, f, i;
    if (!m || m.type !== 'atlas:resize' || typeof m.version !== 'number') return;
    if (typeof h !== 'number' || !(h >= 0 && h <= 100000)) return;
    // Per message, so later iframes are sized too; the sender must be one of them (no origin
    // test, which a redirect would break).
    f = d.querySelectorAll('iframe[data-compute-atlas]');
    for (i = 0; i < f.length; i++) {
      if (f[i].contentWindow === e.source) {
        f[i].style.height = Math.ceil(h) + 'px';
        return;
      }
    }
  });
  // ES5: Reflect.construct, not class syntax.
  var P = ['site', 'date', 'lang', 'theme', 'panels', 'group', 'scale', 'table', 'view', 'data', 'origin', 'version'];
  if (!w.customElements || !w.Reflect || !base || customElements.get('compute-atlas')) return;
  function CA() {
    return Reflect.construct(HTMLElement, [], CA);
  }
  CA.prototype = Object.create(HTMLElement.prototype);
  CA.prototype.constructor = CA;
  CA.prototype.connectedCallback = function () {
    if (this.firstChild) return;
    var u = new URL('./', base), f = d.createElement('iframe'), i, v;
    for (i = 0; i < P.length; i++) {
      v = this.getAttribute(P[i]);
      if (v !== null) u.searchParams.set(P[i], v);
    }
    u.searchParams.set('embed', '1');
    f.src = u.href;
    f.title = this.getAttribute('title') || 'Compute Atlas';
    f.setAttribute('data-compute-atlas', '');
    f.style.cssText = 'width:100%;border:0;height:' + (parseInt(this.getAttribute('height'), 10) || 640) + 'px';
    this.style.display = 'block';
    this.appendChild(f);
  };
  customElements.define('compute-atlas', CA);
})(window, document);
