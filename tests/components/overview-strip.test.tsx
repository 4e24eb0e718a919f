/**
 * The overview strip under the chart keeps every event: a filter draws the events it hides as an outline
 * above the shown ones and says how many, and clearing the filter fills the strip again.
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from './render-app';

const strip = () => screen.getByTestId('timeline-overview');
const outlined = () => strip().querySelectorAll('rect.ov-hidden').length;
const filled = () => strip().querySelectorAll('rect.ov-event').length;

describe('the overview strip', () => {
  it('outlines the events a search hides, and fills in again when the search is cleared', async () => {
    renderApp();
    const user = userEvent.setup();
    await screen.findByTestId('timeline-main');
    await waitFor(() => expect(filled()).toBeGreaterThan(0));
    expect(outlined()).toBe(0);
    const box = await screen.findByRole('searchbox', { name: 'Search' });
    await user.type(box, 'opening ceremony');
    await waitFor(() => expect(screen.getByText(/8 of 9 events hidden by filters/)).toBeInTheDocument());
    expect(outlined()).toBeGreaterThan(0);
    expect(strip().querySelector('svg')).toHaveAttribute('aria-label', expect.stringContaining('8 hidden by filters'));
    await user.clear(box);
    await waitFor(() => expect(outlined()).toBe(0));
    expect(screen.queryByText(/hidden by filters/)).toBeNull();
  });
});
