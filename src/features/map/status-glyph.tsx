/** The status symbol as inline SVG (legend, tooltip, SVG fallback): the same shapes as the map's icons. */
import type { SiteStatus } from '../../dataset/schema';

const VAR: Record<SiteStatus, string> = {
  announced: 'var(--status-announced)',
  planned: 'var(--status-planned)',
  'under-construction': 'var(--status-under-construction)',
  operational: 'var(--status-operational)',
};

export function StatusGlyph({ status, size = 14 }: { status: SiteStatus; size?: number }) {
  const color = VAR[status];
  const common = { stroke: 'var(--map-halo)', strokeWidth: 1.5, vectorEffect: 'non-scaling-stroke' as const };
  return (
    <svg className="status-glyph" width={size} height={size} viewBox="-12 -12 24 24" aria-hidden="true">
      {status === 'announced' && <circle r={10.5} fill={color} {...common} />}
      {status === 'planned' && (
        <>
          <circle r={10.5} fill="var(--map-halo)" />
          <circle r={8.2} fill="none" stroke={color} strokeWidth={4} />
        </>
      )}
      {status === 'under-construction' && (
        <path d="M0 -10.5 L11.5 9.5 L-11.5 9.5 Z" fill={color} {...common} />
      )}
      {status === 'operational' && (
        <rect x={-9} y={-9} width={18} height={18} rx={1.5} fill={color} {...common} />
      )}
    </svg>
  );
}
