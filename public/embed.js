/*! Compute Atlas embed helper: sizes every <iframe data-compute-atlas> to its content.
 * <script src="https://ATLAS-HOST/embed.js" defer></script>  Docs: EMBEDDING.md */
/* global window, document */
(function (w, d) {
  'use strict';
  w.addEventListener('message', function (e) {
    var m = e.data, h = m && m.height, f, i;
    if (!m || m.type !== 'atlas:resize' || typeof m.version !== 'number') return;
    if (typeof h !== 'number' || !(h >= 0 && h <= 100000)) return;
    // Looked up per message, so iframes added later are sized too. The sender must be one of
    // them (event.source): no origin test, which a redirect (http -> https) would break.
    f = d.querySelectorAll('iframe[data-compute-atlas]');
    for (i = 0; i < f.length; i++) {
      if (f[i].contentWindow === e.source) {
        f[i].style.height = Math.ceil(h) + 'px';
        return;
      }
    }
  });
})(window, document);
