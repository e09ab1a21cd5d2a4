import fc from 'fast-check';
import { NBSP, NNBSP, typeset } from './typography';

describe('typeset', () => {
  it.each([
    ['Quorum : atteint', `Quorum${NNBSP}: atteint`],
    ['Quorum: atteint', `Quorum${NNBSP}: atteint`],
    [`Quorum${NBSP}: atteint`, `Quorum${NNBSP}: atteint`],
    ['Approuvez-vous le texte ?', `Approuvez-vous le texte${NNBSP}?`],
    ['Vraiment ?!', `Vraiment${NNBSP}?!`],
    ['un ; deux', `un${NNBSP}; deux`],
    ['« Science et société »', `«${NNBSP}Science et société${NNBSP}»`],
    ["l'Inserm", 'l’Inserm'],
    ['réunion à 14:30', 'réunion à 14:30'],
    ['https://visio.inserm.fr/gram', 'https://visio.inserm.fr/gram'],
  ])('sets %j in French as %j', (input, expected) => {
    expect(typeset(input, 'fr')).toBe(expected);
  });

  it('leaves English spacing alone but curls apostrophes', () => {
    expect(typeset("The chair's vote: yes?", 'en')).toBe('The chair’s vote: yes?');
  });

  it('never leaves a breaking space before a French high punctuation mark, and is idempotent', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'é', ' ', '\u00a0', ':', ';', '!', '?', '«', '»', "'") });
    fc.assert(
      fc.property(text, (input) => {
        const once = typeset(input, 'fr');
        expect(once).not.toMatch(/[ \u00a0][:;!?»]/);
        expect(typeset(once, 'fr')).toBe(once);
      }),
    );
  });
});
