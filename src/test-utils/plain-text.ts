/** Intl puts (narrow) no-break spaces in French numbers and dates; tests compare with plain spaces. */
export function plain(text: string | null | undefined): string {
  return (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
}
