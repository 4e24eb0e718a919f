import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Filters, groupByOutlet } from '../../src/components/filters';
import { renderWith } from './share/render';

async function openPicker() {
  const user = userEvent.setup();
  const r = renderWith(<Filters />);
  await user.click(screen.getByText(/^Sources: all 4$/));
  return { user, ...r, list: screen.getByRole('list', { name: 'Sources by outlet' }) };
}

describe('the source picker', () => {
  it('"Only this" keeps one outlet, "None" hides all, "All" shows all again', async () => {
    const { user, store, list } = await openPicker();
    await user.click(within(list).getByRole('button', { name: /^Only this\W+The Guardian$/ }));
    expect(store.getState().hiddenSources).toEqual(['asianews', 'independent', 'nos']);
    expect(screen.getByText(/^Sources: 1 of 4$/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'None' }));
    expect(store.getState().hiddenSources).toHaveLength(4);
    await user.click(screen.getByRole('button', { name: 'All' }));
    expect(store.getState().hiddenSources).toEqual([]);
  });

  it('finds an outlet by name or headline, ignoring accents and case', async () => {
    const { user, list } = await openPicker();
    await user.type(screen.getByRole('searchbox', { name: 'Find a source' }), 'WINTERSPÈLEN');
    expect(
      within(list)
        .getAllByRole('checkbox')
        .map((c) => c.closest('label')!.textContent),
    ).toEqual(['NOS (Dutch) ICE helpt bij beveiliging Winterspelen']);
    await user.clear(screen.getByRole('searchbox', { name: 'Find a source' }));
    await user.type(screen.getByRole('searchbox', { name: 'Find a source' }), 'no such outlet');
    expect(screen.getByText(/No source matches/)).toBeInTheDocument();
  });

  it('groups the articles of one outlet under one line that hides or shows them together', () => {
    const groups = groupByOutlet([
      { id: 'a', source: 'Reuters', title: 'One', language: 'en' },
      { id: 'b', source: 'BBC', title: 'Two', language: 'en' },
      { id: 'c', source: 'Reuters', title: 'Three', language: 'en' },
    ]);
    expect(groups.map((g) => [g.outlet, g.sources.map((s) => s.id)])).toEqual([
      ['BBC', ['b']],
      ['Reuters', ['a', 'c']],
    ]);
  });
});
