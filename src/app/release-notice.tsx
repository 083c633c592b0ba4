/** What a pinned link (`?version=`) says: one quiet line when newer data exists, or that no such version exists. */
import { useTranslation } from 'react-i18next';
import { latestHref } from '../lib/release-choice';
import { useAtlasStore } from '../store/store-context';
import './release-notice.css';

export function PinnedNotice({ version, latest }: { version: string; latest: string }) {
  const { t } = useTranslation('newsroom');
  // Inside an article the pinned figures are the ones its text cites: the latest opens beside it
  // (like "Open the full atlas"), never in place of them.
  const embed = useAtlasStore((s) => s.embed);
  return (
    <p className="release-notice" data-pinned-version={version}>
      {t('release.pinned', { version, latest })}{' '}
      {embed ? (
        <a href={latestHref(window.location)} target="_blank" rel="noopener">
          {t('release.seeLatest')} ↗
        </a>
      ) : (
        <a href={latestHref(window.location)}>{t('release.seeLatest')}</a>
      )}
    </p>
  );
}

export function UnknownVersion({
  version,
  latest,
  released,
}: {
  version: string;
  latest: string;
  released: readonly string[];
}) {
  const { t } = useTranslation('newsroom');
  return (
    <section className="error-panel panel" role="alert" aria-labelledby="unknown-version-title">
      <h2 id="unknown-version-title">{t('release.unknownTitle', { version })}</h2>
      <p>{t('release.unknownBody', { latest, released: released.map((v) => `v${v}`).join(', ') })}</p>
      <p className="error-actions">
        <a href={latestHref(window.location)}>{t('release.showCurrent', { latest })}</a>
      </p>
    </section>
  );
}
