/** European metros where datacenters gather, with a rough weight (bigger market, more sites). */
export interface SynthCity {
  name: string;
  country: string;
  lat: number;
  lon: number;
  weight: number;
}

export const SYNTH_CITIES: readonly SynthCity[] = [
  { name: 'Paris', country: 'FR', lat: 48.86, lon: 2.35, weight: 10 },
  { name: 'Marseille', country: 'FR', lat: 43.3, lon: 5.37, weight: 3 },
  { name: 'Lyon', country: 'FR', lat: 45.76, lon: 4.84, weight: 2 },
  { name: 'Frankfurt', country: 'DE', lat: 50.11, lon: 8.68, weight: 10 },
  { name: 'Berlin', country: 'DE', lat: 52.52, lon: 13.4, weight: 4 },
  { name: 'Munich', country: 'DE', lat: 48.14, lon: 11.58, weight: 3 },
  { name: 'London', country: 'GB', lat: 51.51, lon: -0.13, weight: 10 },
  { name: 'Manchester', country: 'GB', lat: 53.48, lon: -2.24, weight: 2 },
  { name: 'Amsterdam', country: 'NL', lat: 52.37, lon: 4.9, weight: 8 },
  { name: 'Dublin', country: 'IE', lat: 53.35, lon: -6.26, weight: 6 },
  { name: 'Brussels', country: 'BE', lat: 50.85, lon: 4.35, weight: 2 },
  { name: 'Luxembourg', country: 'LU', lat: 49.61, lon: 6.13, weight: 1 },
  { name: 'Zurich', country: 'CH', lat: 47.37, lon: 8.54, weight: 3 },
  { name: 'Milan', country: 'IT', lat: 45.46, lon: 9.19, weight: 4 },
  { name: 'Rome', country: 'IT', lat: 41.9, lon: 12.5, weight: 2 },
  { name: 'Madrid', country: 'ES', lat: 40.42, lon: -3.7, weight: 5 },
  { name: 'Barcelona', country: 'ES', lat: 41.39, lon: 2.17, weight: 2 },
  { name: 'Lisbon', country: 'PT', lat: 38.72, lon: -9.14, weight: 2 },
  { name: 'Stockholm', country: 'SE', lat: 59.33, lon: 18.07, weight: 3 },
  { name: 'Borlänge', country: 'SE', lat: 60.49, lon: 15.44, weight: 1 },
  { name: 'Luleå', country: 'SE', lat: 65.58, lon: 22.15, weight: 1 },
  { name: 'Oslo', country: 'NO', lat: 59.91, lon: 10.75, weight: 2 },
  { name: 'Copenhagen', country: 'DK', lat: 55.68, lon: 12.57, weight: 3 },
  { name: 'Helsinki', country: 'FI', lat: 60.17, lon: 24.94, weight: 2 },
  { name: 'Warsaw', country: 'PL', lat: 52.23, lon: 21.01, weight: 3 },
  { name: 'Prague', country: 'CZ', lat: 50.08, lon: 14.44, weight: 1 },
  { name: 'Vienna', country: 'AT', lat: 48.21, lon: 16.37, weight: 2 },
  { name: 'Budapest', country: 'HU', lat: 47.5, lon: 19.04, weight: 1 },
  { name: 'Bucharest', country: 'RO', lat: 44.43, lon: 26.1, weight: 1 },
  { name: 'Athens', country: 'GR', lat: 37.98, lon: 23.73, weight: 1 },
  { name: 'Sofia', country: 'BG', lat: 42.7, lon: 23.32, weight: 1 },
  { name: 'Tallinn', country: 'EE', lat: 59.44, lon: 24.75, weight: 1 },
];
