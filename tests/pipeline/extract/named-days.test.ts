import { describe, expect, it } from 'vitest';
import { extract, mention } from './helpers';

// Named days are dated from the holiday calendars (date-holidays) and a table of international observances;
// the year from a year written with the name, "last"/"next", or the tense, as for a month name.
describe('named days', () => {
  it('places Holocaust Remembrance Day on 27 January and says where that date comes from', () => {
    const m = mention(
      'Speaking at a Holocaust Remembrance Day ceremony in Rome, Tajani said…',
      'Holocaust Remembrance Day',
    );
    expect(m.value).toEqual({ start: '2026-01-27' });
    expect(m.note).toMatch(/27 January/);
  });

  it('computes movable holidays for the year meant: Thanksgiving, Easter Monday', () => {
    expect(mention('Shops were busy on Thanksgiving.', 'Thanksgiving').value).toEqual({ start: '2025-11-27' });
    expect(mention('The parade will be held on Thanksgiving.', 'Thanksgiving').value).toEqual({ start: '2026-11-26' });
    expect(mention('Easter Monday 2025 was quiet.', 'Easter Monday 2025').value).toEqual({ start: '2025-04-21' });
    expect(mention('Next Christmas Eve we travel.', 'Next Christmas Eve').value).toEqual({ start: '2026-12-24' });
  });

  it('reads named days in Dutch, Spanish and Italian', () => {
    // 27 April 2025 was a Sunday, so King's Day moved to Saturday the 26th: the calendar knows.
    expect(mention('Op Koningsdag was het druk in Amsterdam.', 'Koningsdag', 'nl').value).toEqual({
      start: '2025-04-26',
    });
    expect(mention('El Día de la Hispanidad se celebró en Madrid.', 'Día de la Hispanidad', 'es').value).toEqual({
      start: '2025-10-12',
    });
    expect(mention('Il Giorno della Memoria è stato celebrato.', 'Giorno della Memoria', 'it').value).toEqual({
      start: '2026-01-27',
    });
  });

  it('does not read places, names or stretches of time as days', () => {
    expect(extract('Protesters prayed as Easter week began.').map((m) => m.text)).not.toContain('Easter');
    expect(extract('Ela mora em Natal desde 2010.', 'pt').map((m) => m.text)).not.toContain('Natal');
    expect(extract('Llegó a Asunción y luego a San José.', 'es').map((m) => m.text)).toEqual([]);
  });
});
