/** European metros where datacenters gather, with a rough weight (bigger market, more sites). */
import cities from './synth-cities.json';

export interface SynthCity {
  name: string;
  country: string;
  lat: number;
  lon: number;
  weight: number;
}

export const SYNTH_CITIES: readonly SynthCity[] = cities;
