// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MissingIdsPanel } from './story-problem-panel';
import { renderWithAtlas } from '../../test-utils/render-with-atlas';

const missing = [{ id: 'no-such-site', steps: [2, 3] }];

describe('MissingIdsPanel', () => {
  it('names each missing id with the steps it affects', () => {
    renderWithAtlas(<MissingIdsPanel missing={missing} />);
    expect(screen.getByRole('listitem').textContent).toBe('no-such-site: steps 2, 3');
  });

  it('in French, with a no-break space before the colon', () => {
    renderWithAtlas(<MissingIdsPanel missing={missing} />, { lang: 'fr' });
    expect(screen.getByRole('listitem').textContent).toBe('no-such-site\u00a0: étapes 2, 3');
  });
});
