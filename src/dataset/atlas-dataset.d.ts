/** scripts/dataset/checked-atlas-plugin.ts: the atlas's own dataset, and whether the build checked it. */
declare module 'virtual:atlas-dataset' {
  export const atlasUrl: string;
  export const checkedAtBuild: boolean;
}
