/**
 * A country's pledges (money promised to a country, not to a site). Folded to one line so that it
 * does not cover the map; unfolds on click, or by itself when one of its pledges is selected or
 * hovered elsewhere. Each pledge is a button that selects it like a site.
 *
 * A narrow map (a phone, a portrait tablet) has no free spot for the unfolded list, so there the
 * list docks below the map (`dock`, a portal target after the map frame) and only the toggle stays
 * on the map.
 */
import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { formatQuantity } from '../../../i18n/format';
import { useLang } from '../../../i18n/use-lang';
import { useLinkedItem } from '../../../components/use-linked-item';
import { regionName } from '../../../i18n/region-name';
import { useAtlasStore } from '../../../store/store-context';
import type { CountryPledges } from '../pledge-features';
import { landmark } from '../../../components/export-landmarks';

interface PledgeCalloutProps {
  group: CountryPledges;
  side: 'left' | 'right';
  /** How far (px) the card slides down (up if negative) beside its pin to spare a label. */
  shift?: number;
  /** Where the unfolded list goes instead of the card (phones); null keeps it on the map. */
  dock?: HTMLElement | null;
}

export function PledgeCallout({ group, side, shift = 0, dock = null }: PledgeCalloutProps) {
  const { t } = useTranslation('map');
  const lang = useLang();
  const [unfolded, setUnfolded] = useState(false);
  const country = regionName(group.country, lang);
  const listId = `pledges-${group.country}`;
  // A docked list pushes the page down: unfolding it on a hover elsewhere (a chart row) would move
  // what the pointer is on, and unfold and fold it again under the pointer. Docked, only a
  // selection or the toggle unfolds it.
  const active = useAtlasStore((s) =>
    group.pledges.some((p) => p.id === s.selectedId || (!dock && p.id === s.hoveredId)),
  );
  const open = unfolded || active;
  const list = (
    <ul id={listId} hidden={!open}>
      {group.pledges.map((pledge) => (
        <PledgeItem key={pledge.id} pledge={pledge} />
      ))}
    </ul>
  );
  return (
    <div className={`pledge-callout side-${side}${open ? ' is-open' : ''}`}>
      <span className="pledge-pin" aria-hidden="true" />
      <section
        className="pledge-card"
        {...landmark('pledge-card')}
        aria-label={t('pledges.group', { country })}
        style={shift ? { translate: `0 ${shift}px` } : undefined}
      >
        <button
          type="button"
          className="pledge-toggle"
          {...landmark('pledge-line')}
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setUnfolded(!open)}
        >
          <span className="pledge-country">{country}</span>
          <span className="pledge-count">{t('pledges.count', { count: group.pledges.length })}</span>
        </button>
        {!dock && list}
      </section>
      {dock &&
        open &&
        createPortal(
          <section
            className="pledge-card pledge-docked"
            {...landmark('pledge-card')}
            aria-label={t('pledges.group', { country })}
          >
            <h3 className="pledge-country">{country}</h3>
            {list}
          </section>,
          dock,
        )}
    </div>
  );
}

function PledgeItem({ pledge }: { pledge: CountryPledges['pledges'][number] }) {
  const lang = useLang();
  const { hovered, buttonProps } = useLinkedItem(pledge.id);
  return (
    <li {...landmark('pledge-line')}>
      <button type="button" className={hovered ? 'pledge is-hovered' : 'pledge'} {...buttonProps}>
        <strong>{formatQuantity(pledge.amount, lang)}</strong>
        <span>{pledge.label[lang]}</span>
      </button>
    </li>
  );
}
