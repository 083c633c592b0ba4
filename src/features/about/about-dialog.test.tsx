// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAtlasModel } from '../../dataset/model';
import { sampleAtlas } from '../../dataset/sample-atlas';
import { renderWithAtlas } from '../../test-utils/render-with-atlas';
import { AboutDialog } from './about-dialog';

const model = buildAtlasModel(sampleAtlas());

// jsdom has <dialog> but not its methods; real Chromium runs them in e2e/details.spec.ts.
beforeAll(() => {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

async function openAbout(lang: 'en' | 'fr' = 'en', atlas = sampleAtlas()) {
  const view = renderWithAtlas(
    <AboutDialog>
      <p>extra slot</p>
    </AboutDialog>,
    { lang, model: buildAtlasModel(atlas) },
  );
  await userEvent.click(
    screen.getByRole('button', { name: lang === 'en' ? 'About the data' : 'À propos des données' }),
  );
  const dialog = screen.getByRole('dialog');
  // The colophon is a chunk of its own, fetched at the first opening.
  await within(dialog).findByText('Licence', { selector: 'h3' });
  return { ...view, dialog };
}

describe('AboutDialog', () => {
  it('opens a labelled dialog with version and update date', async () => {
    const { dialog } = await openAbout();
    expect(dialog).toHaveAccessibleName('About the data');
    expect(within(dialog).getByText('Dataset version 1.0.0, updated 22 Nov 2026.')).toBeInTheDocument();
    for (const heading of [
      'What the atlas covers',
      'How the data was extracted',
      'Vague figures',
      'Uncertain dates',
      'Licence',
      'How to cite',
    ]) {
      expect(within(dialog).getByRole('heading', { name: heading })).toBeInTheDocument();
    }
    expect(within(dialog).getByText('extra slot')).toBeInTheDocument();
  });

  it('lists each source with its kind and reliability in a captioned table', async () => {
    const { dialog } = await openAbout();
    const table = within(dialog).getByRole('table', { name: /five articles/ });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Article', 'Outlet', 'Published', 'Kind', 'Reliability']);
    const row = within(table).getByRole('row', { name: /Un article/ });
    expect(within(row).getByRole('rowheader')).toHaveTextContent('000 Un article');
    expect(row).toHaveTextContent('Sample Outlet');
    expect(row).toHaveTextContent('news');
    expect(row).toHaveTextContent('Reliable.');
  });

  it('lists every note and selects its record from the table', async () => {
    const { dialog, store } = await openAbout();
    const table = within(dialog).getByRole('table', { name: /Every note/ });
    expect(within(table).getAllByRole('row')).toHaveLength(1 + model.atlas.notes.length);
    expect(within(table).getAllByRole('rowheader', { name: 'Wrong date' })).toHaveLength(2);
    await userEvent.click(within(table).getAllByRole('button', { name: 'Borlänge campus' })[0]!);
    expect(store.getState().selectedId).toBe('site-borlange');
    expect(dialog).not.toHaveAttribute('open');
  });

  it('speaks French', async () => {
    const { dialog } = await openAbout('fr');
    expect(dialog).toHaveAccessibleName('À propos des données');
    expect(within(dialog).getByRole('heading', { name: 'Comment citer' })).toBeInTheDocument();
    expect(
      within(dialog).getByText(/Jeu de données version 1\.0\.0, mis à jour le 22 nov\. 2026\./),
    ).toBeInTheDocument();
  });

  it('closes with its close button', async () => {
    const { dialog } = await openAbout();
    expect(dialog).toHaveAttribute('open');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(dialog).not.toHaveAttribute('open');
  });
});

describe('AboutDialog: source policy and freshness', () => {
  it('shows the dataset’s "as of" day and the source policy, linking its full text', async () => {
    const { dialog } = await openAbout('en', { ...sampleAtlas(), asOf: '2026-12-07' });
    expect(within(dialog).getByText(/Data as of 7 Dec 2026\./)).toBeInTheDocument();
    const policy = within(dialog).getByRole('region', { name: 'Source policy' });
    expect(within(policy).getByText('The atlas reflects reporting up to 7 Dec 2026.')).toBeInTheDocument();
    expect(within(policy).getByText(/^What never counts alone: aggregators/)).toBeInTheDocument();
    // A page of the site that declares UTF-8, never the raw Markdown (served without a charset).
    expect(within(policy).getByRole('link', { name: 'The full source policy' })).toHaveAttribute(
      'href',
      './source-policy.html',
    );
  });

  it('in French', async () => {
    const { dialog } = await openAbout('fr', sampleAtlas());
    const policy = within(dialog).getByRole('region', { name: 'Politique des sources' });
    expect(within(policy).getByText(/^Ce qui ne compte jamais seul/)).toBeInTheDocument();
  });
});
