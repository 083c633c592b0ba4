import { useTranslation } from 'react-i18next';
import type { SiteStatus } from '../dataset/schema';
import './status-badge.css';

/** Status by colour AND shape AND word: colour is never the only signal. */
export function StatusBadge({ status }: { status: SiteStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`status-badge status-${status}`}>
      <span className="status-shape" aria-hidden="true" />
      {t(`status.${status}`)}
    </span>
  );
}
