import { describe, expect, it } from 'vitest';
import { extract, mention, spans } from './helpers';

// Spanish news dates at Spanish TimeBank's conventions (the article stays in the span: "el 5 de mayo").
// Reference: Tuesday 27 January 2026.
const es = (text: string, span: string) => mention(text, span, 'es');

describe('Spanish dates', () => {
  it('reads years, "este año", "el año pasado" and "hace dos años"', () => {
    expect(es('El acuerdo se firmó en 1998 en Madrid.', '1998').value).toEqual({ start: '1998' });
    expect(es('Las ventas crecieron este año un 5 %.', 'este año').value).toEqual({ start: '2026' });
    expect(es('El año pasado hubo elecciones.', 'El año pasado').value).toEqual({ start: '2025' });
    expect(es('La fábrica cerró hace dos años.', 'hace dos años').value).toEqual({ start: '2024' });
  });

  it('keeps the article with days and weekdays, and reads them with their tense', () => {
    expect(es('Los Juegos empiezan el 6 de febrero de 2026.', 'el 6 de febrero de 2026').value).toEqual({
      start: '2026-02-06',
    });
    expect(es('El presidente llegó el 5 de mayo a Lima.', 'el 5 de mayo').value).toEqual({ start: '2025-05-05' });
    expect(es('La cumbre se celebrará el 5 de mayo.', 'el 5 de mayo').value).toEqual({ start: '2026-05-05' });
    expect(es('El ministro viajará el próximo lunes a Bruselas.', 'el próximo lunes').value).toEqual({
      start: '2026-02-02',
    });
    expect(es('Hoy, jueves, se reúne el consejo.', 'Hoy, jueves').value).toEqual({ start: '2026-01-27' });
  });

  it('finds durations, sets and generic references', () => {
    expect(es('Estuvo preso durante cuatro años.', 'cuatro años').timex).toEqual({ type: 'DURATION', value: 'P4Y' });
    expect(es('Lleva más de un año sin trabajo.', 'más de un año').timex.value).toBe('P1Y');
    expect(es('El informe anual se publicó.', 'anual').timex).toEqual({ type: 'SET', value: 'P1Y' });
    expect(es('Ahora la empresa tiene 300 empleados.', 'Ahora').timex.value).toBe('PRESENT_REF');
  });

  it('counts "al día siguiente" and "el mismo día" from the date talked about', () => {
    const text = 'El ataque ocurrió el 3 de marzo de 2004. Al día siguiente, el gobierno dimitió.';
    expect(es(text, 'día siguiente').value).toEqual({ start: '2004-03-04' });
  });
});

describe('Spanish words that are not dates', () => {
  it('does not read "Mayo" or "Marzo" inside a sentence as months (a square, a surname)', () => {
    expect(spans('Miles de personas llenaron la Plaza de Mayo ayer.', 'es')).not.toContain('Mayo');
    expect(spans('El técnico Luis Marzo dijo que ganarán.', 'es')).not.toContain('Marzo');
  });

  it('does not read counts, amounts or the sea as dates', () => {
    expect(spans('Llegaron 2000 personas y costó 1500 euros.', 'es')).toEqual([]);
    expect(spans('El barco se hundió en el mar.', 'es')).toEqual([]);
    expect(extract('El diario El País publicó la noticia.', 'es').map((m) => m.kind)).not.toContain('set');
  });
});
