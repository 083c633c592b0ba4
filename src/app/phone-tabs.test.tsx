// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithAtlas } from '../test-utils/render-with-atlas';
import { PhoneTabs } from './phone-tabs';

function renderTabs() {
  renderWithAtlas(
    <PhoneTabs
      tabs={[
        { id: 'a', label: 'Details', content: <p>details body</p> },
        { id: 'b', label: 'Timeline', content: <p>timeline body</p> },
        { id: 'c', label: 'Investments', content: <p>investments body</p> },
      ]}
    />,
  );
}

describe('PhoneTabs', () => {
  it('shows one panel at a time and switches on click', async () => {
    renderTabs();
    expect(screen.getByText('details body')).toBeVisible();
    expect(screen.queryByText('timeline body')).not.toBeVisible();
    await userEvent.click(screen.getByRole('tab', { name: 'Timeline' }));
    expect(screen.getByRole('tab', { name: 'Timeline' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel', { name: 'Timeline' })).toHaveTextContent('timeline body');
  });

  it('moves with the arrow keys, Home and End, wrapping around', async () => {
    renderTabs();
    screen.getByRole('tab', { name: 'Details' }).focus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'Investments' })).toHaveFocus();
    await userEvent.keyboard('{Home}');
    expect(screen.getByRole('tab', { name: 'Details' })).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{End}{ArrowRight}{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Timeline' })).toHaveFocus();
    expect(screen.getAllByRole('tab').filter((tab) => tab.tabIndex === 0)).toHaveLength(1);
  });
});
