import { ConflictError, localizeError, NotFoundError } from '../errors';
import { en, MessageCode } from './en';
import { fr } from './fr';
import { negotiateLanguage, placeholdersOf, translate } from './translate';

const codes = Object.keys(en) as MessageCode[];

describe('the message catalogues', () => {
  it('hold the same codes in French and English', () => {
    expect(Object.keys(fr).sort()).toEqual([...codes].sort());
  });

  it.each(codes)('give %s the same parameters in both languages', (code) => {
    expect(placeholdersOf(fr[code])).toEqual(placeholdersOf(en[code]));
  });

  it('write French with typographic apostrophes, quotes and spaces', () => {
    for (const code of codes) {
      expect([code, fr[code]]).not.toEqual([code, expect.stringMatching(/'|"| [:;?!]|« | »/)]);
    }
  });

  // Screen readers spell out « enregistré·e » or « seul(e) »: the messages use words that need neither.
  it('write French without the point médian or bracketed endings', () => {
    for (const code of codes) {
      expect([code, fr[code]]).not.toEqual([code, expect.stringMatching(/\p{L}·\p{L}|\p{L}\((e|s|es|x)\)/u)]);
    }
  });

  it('name the field in every validation message', () => {
    for (const code of codes.filter(
      (c) =>
        c.startsWith('validation.') &&
        !/^validation\.(failed|invalid_json|empty_json|no_body|nothing_to_change)/.test(c),
    )) {
      expect([code, placeholdersOf(en[code])]).toEqual([code, expect.arrayContaining(['field'])]);
    }
  });
});

describe('translate', () => {
  it('fills parameters, translates terms and writes lists the language’s way', () => {
    const params = {
      action: { term: 'meeting_action.open' },
      status: { term: 'meeting_status.planned' },
      allowed: { anyOf: [{ term: 'meeting_status.planned' }, { term: 'meeting_status.convened' }] },
    } as const;
    expect(translate('meeting.invalid_transition', params, 'en')).toBe(
      'Cannot open a meeting that is planned: allowed only when it is planned or convened',
    );
    expect(translate('meeting.invalid_transition', params, 'fr')).toBe(
      'Action impossible (ouverture)\u00a0: la séance est planifiée\u202f; il faudrait qu’elle soit planifiée ou convoquée',
    );
  });

  it('writes a counted word in the form its language gives the number (French: 0 and 1 singular)', () => {
    const notice = (given: number, days: number, language: 'fr' | 'en') =>
      translate('convening.notice_too_short', { given, days }, language).split(/[,;] /)[0];
    expect(notice(0, 1, 'fr')).toBe('La séance a lieu dans 0 jour');
    expect(notice(1, 5, 'fr')).toBe('La séance a lieu dans 1 jour');
    expect(notice(2, 5, 'fr')).toBe('La séance a lieu dans 2 jours');
    expect(notice(0, 1, 'en')).toBe('The meeting is 0 days away but the body requires 1 day’s notice');
    expect(notice(1, 5, 'en')).toBe('The meeting is 1 day away but the body requires 5 days’ notice');
    expect(placeholdersOf(fr['convening.notice_too_short'])).toEqual(['days', 'given']);
  });

  it('renders an error and its details, the English text being its message', () => {
    const error = new ConflictError('attendance.proxy_limit', { held: 1, max: 1 }, ['proxyHolderMembershipId']);
    expect(error.message).toBe('The proxy holder already holds 1 proxy; the body allows 1 per member');
    expect(localizeError(error, 'fr').details).toEqual([
      {
        field: 'proxyHolderMembershipId',
        code: 'attendance.proxy_limit',
        message: 'Le mandataire détient déjà 1 procuration\u202f; l’instance en permet 1 par membre',
        params: { held: 1, max: 1 },
      },
    ]);
    expect(new NotFoundError('meeting.not_found', 'x').message).toBe('Meeting x does not exist');
  });

  it('gives as parameters the values its message shows, and no other', () => {
    const error = new NotFoundError('meeting.not_found', 'x', { note: 'kept for the log only' });
    expect(localizeError(error, 'en')).toEqual({ message: 'Meeting x does not exist', params: { id: 'x' } });
    expect(localizeError(new ConflictError('meeting.not_found'), 'fr').params).toEqual({});
  });
});

describe('negotiateLanguage', () => {
  it.each([
    [undefined, 'fr'],
    ['', 'fr'],
    ['en', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['de-DE, en;q=0.5, fr;q=0.8', 'fr'],
    ['de, en;q=0.3', 'en'],
    ['fr;q=0, en;q=0.1', 'en'],
    ['de', 'fr'],
    ['*', 'fr'],
    ['en;q=0.5, *;q=0.9', 'fr'],
    ['EN-us', 'en'],
    ['en;q=abc', 'fr'],
  ])('reads %j as %s', (header, language) => {
    expect(negotiateLanguage(header)).toBe(language);
  });
});
