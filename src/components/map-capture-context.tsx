/** The page's map capture slot (lib/map-capture.ts), provided by the app to the map and to export. */
import { createContext, useContext, useState, type ReactNode } from 'react';
import { createMapCaptureSlot, type MapCaptureSlot } from '../lib/map-capture';

const MapCaptureContext = createContext<MapCaptureSlot | null>(null);

export function MapCaptureProvider({ children }: { children: ReactNode }) {
  const [slot] = useState(createMapCaptureSlot);
  return <MapCaptureContext value={slot}>{children}</MapCaptureContext>;
}

export function useMapCapture(): MapCaptureSlot {
  const slot = useContext(MapCaptureContext);
  if (!slot) throw new Error('useMapCapture outside MapCaptureProvider');
  return slot;
}
