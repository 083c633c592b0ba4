/**
 * Hard budgets: going over fails. The first view's target is 700 KB, which maplibre's two files
 * (~430 KB) plus the charts, basemap and font do not fit yet; until they do, the hard ceiling is
 * the size measured when the issue was filed (872 KB), so it can only shrink, and the gap to the
 * target is printed. Lower `firstViewGzip` to `firstViewTarget` once the first view fits.
 */
export const BUDGETS = {
  firstPaintJsGzip: 120 * 1024,
  firstViewGzip: 872 * 1024,
  firstViewTarget: 700 * 1024,
};
