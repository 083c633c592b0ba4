export type CountryName = { iso: string; en: string; fr: string };

/**
 * Every Natural Earth country with land in the Europe box, keyed by world-atlas id (ISO 3166-1
 * numeric) or, for the few without one, by its Natural Earth name. The build fails on a country
 * missing here, so the table cannot silently fall behind the data.
 *
 * Kosovo has no ISO code; XK is the code the European Commission and most software use.
 * Northern Cyprus is drawn as part of Cyprus (see MERGED_INTO).
 */
export const COUNTRY_NAMES: Record<string, CountryName> = {
  '008': { iso: 'AL', en: 'Albania', fr: 'Albanie' },
  '012': { iso: 'DZ', en: 'Algeria', fr: 'Algérie' },
  '020': { iso: 'AD', en: 'Andorra', fr: 'Andorre' },
  '031': { iso: 'AZ', en: 'Azerbaijan', fr: 'Azerbaïdjan' },
  '040': { iso: 'AT', en: 'Austria', fr: 'Autriche' },
  '051': { iso: 'AM', en: 'Armenia', fr: 'Arménie' },
  '056': { iso: 'BE', en: 'Belgium', fr: 'Belgique' },
  '070': { iso: 'BA', en: 'Bosnia and Herzegovina', fr: 'Bosnie-Herzégovine' },
  '100': { iso: 'BG', en: 'Bulgaria', fr: 'Bulgarie' },
  '112': { iso: 'BY', en: 'Belarus', fr: 'Biélorussie' },
  '191': { iso: 'HR', en: 'Croatia', fr: 'Croatie' },
  '196': { iso: 'CY', en: 'Cyprus', fr: 'Chypre' },
  '203': { iso: 'CZ', en: 'Czechia', fr: 'Tchéquie' },
  '208': { iso: 'DK', en: 'Denmark', fr: 'Danemark' },
  '233': { iso: 'EE', en: 'Estonia', fr: 'Estonie' },
  '234': { iso: 'FO', en: 'Faroe Islands', fr: 'Îles Féroé' },
  '246': { iso: 'FI', en: 'Finland', fr: 'Finlande' },
  '248': { iso: 'AX', en: 'Åland Islands', fr: 'Îles Åland' },
  '250': { iso: 'FR', en: 'France', fr: 'France' },
  '268': { iso: 'GE', en: 'Georgia', fr: 'Géorgie' },
  '276': { iso: 'DE', en: 'Germany', fr: 'Allemagne' },
  '292': { iso: 'GI', en: 'Gibraltar', fr: 'Gibraltar' },
  '300': { iso: 'GR', en: 'Greece', fr: 'Grèce' },
  '304': { iso: 'GL', en: 'Greenland', fr: 'Groenland' },
  '348': { iso: 'HU', en: 'Hungary', fr: 'Hongrie' },
  '352': { iso: 'IS', en: 'Iceland', fr: 'Islande' },
  '364': { iso: 'IR', en: 'Iran', fr: 'Iran' },
  '368': { iso: 'IQ', en: 'Iraq', fr: 'Irak' },
  '372': { iso: 'IE', en: 'Ireland', fr: 'Irlande' },
  '380': { iso: 'IT', en: 'Italy', fr: 'Italie' },
  '422': { iso: 'LB', en: 'Lebanon', fr: 'Liban' },
  '428': { iso: 'LV', en: 'Latvia', fr: 'Lettonie' },
  '438': { iso: 'LI', en: 'Liechtenstein', fr: 'Liechtenstein' },
  '440': { iso: 'LT', en: 'Lithuania', fr: 'Lituanie' },
  '442': { iso: 'LU', en: 'Luxembourg', fr: 'Luxembourg' },
  '470': { iso: 'MT', en: 'Malta', fr: 'Malte' },
  '492': { iso: 'MC', en: 'Monaco', fr: 'Monaco' },
  '498': { iso: 'MD', en: 'Moldova', fr: 'Moldavie' },
  '499': { iso: 'ME', en: 'Montenegro', fr: 'Monténégro' },
  '504': { iso: 'MA', en: 'Morocco', fr: 'Maroc' },
  '528': { iso: 'NL', en: 'Netherlands', fr: 'Pays-Bas' },
  '578': { iso: 'NO', en: 'Norway', fr: 'Norvège' },
  '616': { iso: 'PL', en: 'Poland', fr: 'Pologne' },
  '620': { iso: 'PT', en: 'Portugal', fr: 'Portugal' },
  '642': { iso: 'RO', en: 'Romania', fr: 'Roumanie' },
  '643': { iso: 'RU', en: 'Russia', fr: 'Russie' },
  '674': { iso: 'SM', en: 'San Marino', fr: 'Saint-Marin' },
  '688': { iso: 'RS', en: 'Serbia', fr: 'Serbie' },
  '703': { iso: 'SK', en: 'Slovakia', fr: 'Slovaquie' },
  '705': { iso: 'SI', en: 'Slovenia', fr: 'Slovénie' },
  '724': { iso: 'ES', en: 'Spain', fr: 'Espagne' },
  '752': { iso: 'SE', en: 'Sweden', fr: 'Suède' },
  '756': { iso: 'CH', en: 'Switzerland', fr: 'Suisse' },
  '760': { iso: 'SY', en: 'Syria', fr: 'Syrie' },
  '788': { iso: 'TN', en: 'Tunisia', fr: 'Tunisie' },
  '792': { iso: 'TR', en: 'Türkiye', fr: 'Turquie' },
  '804': { iso: 'UA', en: 'Ukraine', fr: 'Ukraine' },
  '807': { iso: 'MK', en: 'North Macedonia', fr: 'Macédoine du Nord' },
  '826': { iso: 'GB', en: 'United Kingdom', fr: 'Royaume-Uni' },
  '831': { iso: 'GG', en: 'Guernsey', fr: 'Guernesey' },
  '832': { iso: 'JE', en: 'Jersey', fr: 'Jersey' },
  '833': { iso: 'IM', en: 'Isle of Man', fr: 'Île de Man' },
  '336': { iso: 'VA', en: 'Vatican City', fr: 'Vatican' },
  Kosovo: { iso: 'XK', en: 'Kosovo', fr: 'Kosovo' },
};

/**
 * Natural Earth splits these off; we draw them as part of the country keyed here. At zoom 3–6 the
 * island of Cyprus reads as one shape, and a line across it would be a political statement.
 * The last three only exist in the 10m data.
 */
export const MERGED_INTO: Record<string, string> = {
  'N. Cyprus': '196',
  'Cyprus U.N. Buffer Zone': '196',
  Akrotiri: '196',
  Dhekelia: '196',
};

/** The world-atlas key of a TopoJSON geometry: its ISO numeric id, else its name. */
export function countryKey(id: string | number | undefined, name: string): string {
  const key = id === undefined ? name : String(id);
  return MERGED_INTO[key] ?? key;
}
