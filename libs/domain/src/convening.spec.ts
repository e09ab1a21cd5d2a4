import { conveningAgendaVersion } from './convening';
import { ConflictError } from './errors';

describe('conveningAgendaVersion', () => {
  it('names the latest published version', () => {
    expect(conveningAgendaVersion({ number: 3 })).toBe(3);
  });

  it('refuses to convene without a published agenda, naming agenda', () => {
    expect(() => conveningAgendaVersion(null)).toThrow(ConflictError);
    expect(() => conveningAgendaVersion(null)).toThrow(/publish the agenda first/);
  });
});
