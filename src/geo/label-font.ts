/** The shape of maplibre's FontFacesSpecification (root `font-faces` of the style spec). */
export type FontFaces = Record<string, Array<{ url: string; 'unicode-range': string[] }>>;

/** The name layers put in `text-font`; any name works, it only has to match the `font-faces` key. */
export const LABEL_FONT = 'Inter Regular';

/**
 * Inter's variable woff2 files from @fontsource-variable/inter. maplibre hands font-faces files to
 * the browser's FontFace API, so woff2 works (no TTF needed). Two subsets, each with the
 * unicode-range fontsource gives it, so the 85 KB latin-ext file only loads if a label needs it.
 */
export const FONT_FILES = [
  {
    file: 'inter-latin-wght-normal.woff2',
    unicodeRange:
      'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  },
  {
    file: 'inter-latin-ext-wght-normal.woff2',
    unicodeRange:
      'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
  },
] as const;

/**
 * The style's `font-faces` value. `baseUrl` is where public/basemap/ is served, made absolute
 * (`new URL('basemap/', document.baseURI).href`) because the app is built with `base: './'`.
 */
export function labelFontFaces(baseUrl: string): FontFaces {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return {
    [LABEL_FONT]: FONT_FILES.map(({ file, unicodeRange }) => ({
      url: `${base}fonts/${file}`,
      'unicode-range': unicodeRange.split(','),
    })),
  };
}
