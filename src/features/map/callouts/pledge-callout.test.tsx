// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildAtlasModel } from '../../../dataset/model';
import { atlasWithCountryPledge } from '../../../test-utils/atlas-with-country-pledge';
import { renderWithAtlas } from '../../../test-utils/render-with-atlas';
import { PledgeCallout } from './pledge-callout';
import { countryPledges } from '../pledge-features';

const model = buildAtlasModel(atlasWithCountryPledge());
const [group] = countryPledges(model.atlas.investments, null, new Map());

describe('PledgeCallout', () => {
  it('has country pledges to show', () => {
    expect(group?.pledges.length).toBeGreaterThan(0);
  });

  it('unfolds its list in the card when it has no dock', async () => {
    const { container } = renderWithAtlas(<PledgeCallout group={group!} side="right" />, { model });
    const toggle = screen.getByRole('button', { expanded: false });
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const list = container.querySelector(`#${toggle.getAttribute('aria-controls')}`);
    expect(list?.closest('.pledge-callout')).not.toBeNull();
    expect(list).toBeVisible();
  });

  it('docks the unfolded list, named by its country, outside the card (a phone)', async () => {
    const dock = document.body.appendChild(document.createElement('div'));
    renderWithAtlas(<PledgeCallout group={group!} side="right" dock={dock} />, { model });
    const toggle = screen.getByRole('button', { expanded: false });
    expect(dock).toBeEmptyDOMElement();
    await userEvent.click(toggle);
    expect(within(dock).getByRole('region')).toHaveAccessibleName('Pledges to France');
    expect(within(dock).getByRole('heading')).toHaveTextContent('France');
    const list = document.getElementById(toggle.getAttribute('aria-controls')!);
    expect(dock.contains(list)).toBe(true);
    expect(within(list!).getAllByRole('button')).toHaveLength(group!.pledges.length);
    await userEvent.click(toggle);
    expect(dock).toBeEmptyDOMElement();
    dock.remove();
  });

  it('unfolds when one of its pledges is hovered elsewhere, but not when docked (it would push the page under the pointer)', () => {
    const hovered = { hoveredId: group!.pledges[0]!.id };
    const { unmount } = renderWithAtlas(<PledgeCallout group={group!} side="right" />, {
      model,
      state: hovered,
    });
    expect(screen.getByRole('button', { expanded: true })).toBeInTheDocument();
    unmount();
    const dock = document.body.appendChild(document.createElement('div'));
    renderWithAtlas(<PledgeCallout group={group!} side="right" dock={dock} />, { model, state: hovered });
    expect(screen.getByRole('button', { expanded: false })).toBeInTheDocument();
    expect(dock).toBeEmptyDOMElement();
    dock.remove();
  });
});
