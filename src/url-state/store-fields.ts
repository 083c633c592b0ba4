/**
 * Each URL parameter and the store field it stands for: the one place where the URL's short public
 * names (`site=`, `date=`) meet the store's (`selectedId`, `asOf`). Everything else is the same
 * word on both sides, and the state moves across by this table, not field by field.
 */
import type { AtlasStateData } from '../store/atlas-store';
import type { UrlState } from './url-state';

export const STORE_FIELD = {
  site: 'selectedId',
  date: 'asOf',
  lang: 'lang',
  theme: 'theme',
  embed: 'embed',
  panels: 'panels',
  group: 'group',
  scale: 'scale',
  table: 'table',
  present: 'present',
  view: 'view',
  origin: 'origin',
  data: 'data',
} as const satisfies { [K in keyof UrlState]: keyof AtlasStateData };

type StoreField = (typeof STORE_FIELD)[keyof UrlState];
/** The store's fields the URL carries. */
export type UrlFields = Pick<AtlasStateData, StoreField>;

// Each pair holds the same kind of value on both sides: tsc names the parameter that does not.
type Mismatch = {
  [K in keyof UrlState]: UrlState[K] extends UrlFields[(typeof STORE_FIELD)[K]] ? never : K;
}[keyof UrlState];
export const FIELDS_AGREE: [Mismatch] extends [never] ? true : Mismatch = true;

const PARAMS = Object.keys(STORE_FIELD) as (keyof UrlState)[];

export function toUrlState(state: UrlFields): UrlState {
  return Object.fromEntries(PARAMS.map((param) => [param, state[STORE_FIELD[param]]])) as unknown as UrlState;
}

export function fromUrlState(url: UrlState): UrlFields {
  return Object.fromEntries(PARAMS.map((param) => [STORE_FIELD[param], url[param]])) as unknown as UrlFields;
}
