/**
 * A country's pledges (money promised to a country, not to a site). Folded to one line so that it
 * does not cover the map; unfolds on click, or by itself when one of its pledges is selected or
 * hovered elsewhere. Each pledge is a button that selects it like a site.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatQuantity } from '../../i18n/format';
import type { Lang } from '../../i18n/languages';
import type { CountryPledges } from './pledge-features';

interface PledgeCalloutProps {
  group: CountryPledges;
  side: 'left' | 'right';
  lang: Lang;
  selectedId: string | null;
  hoveredId: string | null;
  onSelect: (id: string | null) => void;
  onHover: (id: string | null) => void;
}

export function countryName(code: string, lang: Lang): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function PledgeCallout({
  group,
  side,
  lang,
  selectedId,
  hoveredId,
  onSelect,
  onHover,
}: PledgeCalloutProps) {
  const { t } = useTranslation('map');
  const [unfolded, setUnfolded] = useState(false);
  const country = countryName(group.country, lang);
  const listId = `pledges-${group.country}`;
  const active = group.pledges.some((p) => p.id === selectedId || p.id === hoveredId);
  const open = unfolded || active;
  return (
    <div className={`pledge-callout side-${side}${open ? ' is-open' : ''}`}>
      <span className="pledge-pin" aria-hidden="true" />
      <section className="pledge-card" aria-label={t('pledges.group', { country })}>
        <button
          type="button"
          className="pledge-toggle"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setUnfolded(!open)}
        >
          <span className="pledge-country">{country}</span>
          <span className="pledge-count">{t('pledges.count', { count: group.pledges.length })}</span>
        </button>
        <ul id={listId} hidden={!open}>
          {group.pledges.map((pledge) => (
            <li key={pledge.id}>
              <button
                type="button"
                className={hoveredId === pledge.id ? 'pledge is-hovered' : 'pledge'}
                aria-pressed={selectedId === pledge.id}
                onClick={() => onSelect(selectedId === pledge.id ? null : pledge.id)}
                onMouseEnter={() => onHover(pledge.id)}
                onMouseLeave={() => onHover(null)}
                onFocus={() => onHover(pledge.id)}
                onBlur={() => onHover(null)}
              >
                <strong>{formatQuantity(pledge.amount, lang)}</strong>
                <span>{pledge.label[lang]}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
