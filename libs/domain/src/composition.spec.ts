import { GRAM_LIKE as GRAM } from './testing';
import { compositionOn, PersonSummary, StoredMandate } from './composition';

const people: PersonSummary[] = [
  { id: 'ana', fullName: 'Ana Martin', organisation: 'AFM-Téléthon' },
  { id: 'bruno', fullName: 'Bruno Petit', organisation: 'Inserm U1234' },
  { id: 'chloe', fullName: 'Chloé Durand', organisation: 'DRH Inserm' },
  { id: 'david', fullName: 'David Leroy', organisation: 'France Rein' },
];

const mandates: StoredMandate[] = [
  // Ana chairs for a first term, then a second one.
  {
    id: 'm1',
    personId: 'ana',
    category: 'association',
    role: 'chair',
    startDate: '2023-01-01',
    endDate: '2026-12-31',
  },
  {
    id: 'm2',
    personId: 'ana',
    category: 'association',
    role: 'chair',
    startDate: '2027-01-01',
    endDate: '2030-12-31',
  },
  // Bruno left early; David took an association seat later.
  {
    id: 'm3',
    personId: 'bruno',
    category: 'researcher',
    role: 'member',
    startDate: '2025-01-01',
    endDate: '2027-02-15',
  },
  {
    id: 'm4',
    personId: 'chloe',
    category: 'administration',
    role: 'vice_chair',
    startDate: '2026-06-01',
    endDate: '2030-05-31',
  },
  {
    id: 'm5',
    personId: 'david',
    category: 'association',
    role: 'member',
    startDate: '2027-03-01',
    endDate: '2031-02-28',
  },
];

describe('the composition on a date', () => {
  it('counts seats, members and vacancies per category', () => {
    const composition = compositionOn('2027-01-15', GRAM, mandates, people);
    expect(composition).toMatchObject({ date: '2027-01-15', seats: 20, filled: 3, vacant: 17 });
    expect(composition.categories.map((c) => [c.code, c.seats, c.filled, c.vacant])).toEqual([
      ['association', 10, 1, 9],
      ['researcher', 5, 1, 4],
      ['administration', 5, 1, 4],
    ]);
  });

  it('names the chair and vice-chair, with their organisation and term', () => {
    const composition = compositionOn('2027-01-15', GRAM, mandates, people);
    expect(composition.chair).toEqual({
      membershipId: 'm2',
      personId: 'ana',
      fullName: 'Ana Martin',
      organisation: 'AFM-Téléthon',
      category: 'association',
      role: 'chair',
      startDate: '2027-01-01',
      endDate: '2030-12-31',
      consecutiveTerm: 2,
      mayBeRenewed: false,
    });
    expect(composition.viceChair?.fullName).toBe('Chloé Durand');
  });

  it('shows who sat on a past date, and who will sit on a future one', () => {
    const sittingOn = (date: string) =>
      compositionOn(date, GRAM, mandates, people)
        .categories.flatMap((c) => c.members)
        .map((m) => m.personId);
    expect(sittingOn('2024-06-01')).toEqual(['ana']);
    expect(sittingOn('2027-03-01')).toEqual(['ana', 'david', 'chloe']);
    expect(sittingOn('2030-12-31')).toEqual(['ana', 'david']);
    expect(sittingOn('2031-01-01')).toEqual(['david']);
  });

  it('lists mandates ending within 90 days, soonest first, with whether each may be renewed', () => {
    const composition = compositionOn('2026-11-20', GRAM, mandates, people);
    expect(composition.endingSoon.map((m) => [m.personId, m.endDate, m.mayBeRenewed])).toEqual([
      ['ana', '2026-12-31', false],
      ['bruno', '2027-02-15', true],
    ]);
    expect(composition.categories[0].members[0]).toMatchObject({ consecutiveTerm: 1, mayBeRenewed: false });
  });

  it('keeps a member of a category since removed from the body on a past date', () => {
    const body = { ...GRAM, categories: GRAM.categories.filter((c) => c.code !== 'researcher') };
    const composition = compositionOn('2025-06-01', body, mandates, people);
    expect(composition.categories.at(-1)).toMatchObject({ code: 'researcher', seats: 0, filled: 1, vacant: 0 });
  });
});
