/** Written at build by scripts/releases/releases-plugin.ts. */
declare module 'virtual:atlas-releases' {
  const releases: {
    /** The version of data/atlas.json, the one the atlas shows by default. */
    current: string;
    /** Its `updated` day. */
    updated: string;
    /** Versions published under data/releases/<version>.json, oldest first. */
    released: readonly string[];
  };
  export default releases;
}
