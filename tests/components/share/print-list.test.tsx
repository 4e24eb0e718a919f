import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PrintList, loadPrintContent } from '../../../src/components/share/print-list';
import { renderWith } from './render';

describe('print list', () => {
  it('renders nothing until the page is printed', () => {
    renderWith(<PrintList />);
    expect(screen.queryByRole('heading', { name: 'All events in date order' })).toBeNull();
  });

  it('lists the visible events in date order with dates in words, flags in words and marked evidence when printing', async () => {
    renderWith(<PrintList />, { hiddenSources: ['nos', 'asianews'] });
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(await screen.findByRole('heading', { name: 'All events in date order' })).toBeInTheDocument();
    const items = within(screen.getByRole('region', { name: 'Events for printing' })).getAllByRole('heading', {
      level: 3,
    });
    // Without NOS and Asia News: the Independent's and the Guardian's events (the Games through the Guardian).
    expect(items.map((h) => h.textContent)).toEqual([
      '2024 HSI present at the Paris Olympic Games',
      'January 2026 Fatal shootings of Renee Good and Alex Pretti',
      'Wednesday 7 January 2026 Renee Good shot dead in Minneapolis by an ICE agent',
      'Saturday 24 January 2026 Alex Pretti shot dead',
      'Saturday 24 January 2026 Piantedosi says he has no confirmation',
      'Monday 26 January 2026 Fontana says ICE "bodyguards" will protect Vance and Rubio',
      '6–22 February 2026 Milan-Cortina Winter Olympics',
    ]);
    const games = items[6]!.closest('li')!;
    expect(games).toHaveTextContent('3 sources');
    expect(games).toHaveTextContent('Sources disagree about the date.');
    expect(games).toHaveTextContent('The Guardian (ICE agents to have security role at Winter Olympics)');
    const marks = [...games.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toContain('on 6 February');
    // Paper cannot follow a link: the original's address is printed.
    expect(games).toHaveTextContent('https://guardian.example/article');
    expect(screen.getByText(/7 events of 9 \(filtered\)/)).toBeInTheDocument();
  });

  it('goes back to nothing after printing', async () => {
    renderWith(<PrintList />);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(await screen.findByRole('heading', { name: 'All events in date order' })).toBeInTheDocument();
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(screen.queryByRole('heading', { name: 'All events in date order' })).toBeNull();
  });

  it('is there synchronously when the browser asks to print, once its code has loaded', async () => {
    await loadPrintContent();
    renderWith(<PrintList />);
    // A real print lays the page out right after 'beforeprint': no time to wait for anything.
    window.dispatchEvent(new Event('beforeprint'));
    expect(screen.getByRole('heading', { name: 'All events in date order' })).toBeInTheDocument();
    expect(document.querySelectorAll('.print-event')).toHaveLength(9);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
  });
});
