// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildAtlasModel } from '../../dataset/model';
import { sampleAtlas } from '../../dataset/sample-atlas';
import type { Atlas } from '../../dataset/schema';
import { renderWithAtlas } from '../../test-utils/render-with-atlas';
import { DetailsPanel } from './details-panel';

const correction = () => document.querySelector<HTMLElement>('[data-correction="note-borlange-date"]');

describe('corrections beside the article’s claim', () => {
  it('shows the article’s claim and the external correction with its reference, beside the status', () => {
    const atlas = sampleAtlas();
    renderWithAtlas(<DetailsPanel />, {
      model: buildAtlasModel(atlas),
      state: { selectedId: 'site-borlange' },
    });
    const note = correction();
    expect(note).not.toBeNull();
    expect(note).toHaveTextContent('Article 000: 2024 (AFP) · External Announced 11 Feb 2026 [reference]');
    expect(within(note!).getByRole('link', { name: '[reference]' })).toHaveAttribute(
      'href',
      'https://example.org/release',
    );
    // Beside the corrected fact: inside the status term's description, not in a list elsewhere.
    const status = screen.getByText('Status').nextElementSibling;
    expect(status).toContainElement(note);
  });

  it('says it in French', () => {
    renderWithAtlas(<DetailsPanel />, {
      model: buildAtlasModel(sampleAtlas()),
      lang: 'fr',
      state: { selectedId: 'site-borlange' },
    });
    expect(correction()).toHaveTextContent(
      'Article 000 : 2024 (AFP) · Externe Annoncé le 11 février 2026 [référence]',
    );
  });

  it('shows nothing for a record without a correction', () => {
    renderWithAtlas(<DetailsPanel />, {
      model: buildAtlasModel(sampleAtlas()),
      state: { selectedId: 'site-paris' },
    });
    expect(document.querySelector('.correction-note')).toBeNull();
  });
});

describe('bilingual investor and target', () => {
  function withInvestor(): Atlas {
    const atlas = sampleAtlas();
    atlas.investments[0]!.investor = { fr: 'Investisseurs non nommés', en: 'Unnamed investors' };
    return atlas;
  }

  it.each([
    ['en', 'Unnamed investors', 'Paris site'],
    ['fr', 'Investisseurs non nommés', 'Site de Paris'],
  ] as const)('renders them in the interface language (%s)', (lang, investor, target) => {
    renderWithAtlas(<DetailsPanel />, {
      model: buildAtlasModel(withInvestor()),
      lang,
      state: { selectedId: 'inv-paris' },
    });
    const investorTerm = screen.getByText(lang === 'en' ? 'Investor' : 'Investisseur');
    expect(investorTerm.nextElementSibling).toHaveTextContent(investor);
    expect(
      screen.getByText(lang === 'en' ? 'Recipient' : 'Bénéficiaire').nextElementSibling,
    ).toHaveTextContent(target);
  });
});

describe('overdue forecasts in details', () => {
  function withOpening(): Atlas {
    const atlas = sampleAtlas();
    atlas.sites[0]!.statusHistory.push({
      status: 'operational',
      forecast: true,
      date: { start: '2025-03', end: '2025-12', precision: 'range', certainty: 'inferred' },
      citations: [],
      external: [],
    });
    return atlas;
  }

  it('marks the opening overdue once the cursor is past its window, and not before', () => {
    const text = 'expected Mar–Dec 2025; no opening reported in the sources';
    renderWithAtlas(<DetailsPanel />, {
      model: buildAtlasModel(withOpening()),
      state: { selectedId: 'site-paris', asOf: '2026-01-15' },
    });
    expect(screen.getByText(new RegExp(text))).toBeInTheDocument();
    expect(screen.getByText('Overdue')).toBeInTheDocument();
  });

  it('keeps it a plan while its window is open', () => {
    renderWithAtlas(<DetailsPanel />, {
      model: buildAtlasModel(withOpening()),
      state: { selectedId: 'site-paris', asOf: '2025-06-01' },
    });
    expect(screen.queryByText('Overdue')).toBeNull();
  });

  it('says it in French', () => {
    renderWithAtlas(<DetailsPanel />, {
      model: buildAtlasModel(withOpening()),
      lang: 'fr',
      state: { selectedId: 'site-paris', asOf: '2026-01-15' },
    });
    expect(
      screen.getByText(/attendue mars–déc\. 2025 ; aucune ouverture rapportée par les sources/),
    ).toBeInTheDocument();
  });
});
