import { Category, totalSeats } from './body';
import { addDays, IsoDate } from './dates';
import { consecutiveTerms, isActiveOn, Mandate, MandateRules, mayBeRenewed } from './membership';
import type { MembershipRole } from './roles';

/** Mandates ending within this many days of the composition's date are flagged for renewal. */
export const ENDING_SOON_DAYS = 90;

/** A stored mandate: it has an id. */
export interface StoredMandate extends Mandate {
  id: string;
}

/** What the composition shows of a person: never their email. */
export interface PersonSummary {
  id: string;
  fullName: string;
  organisation: string | null;
}

/** A member sitting on the composition's date, with their term. */
export interface SittingMember {
  membershipId: string;
  personId: string;
  fullName: string;
  organisation: string | null;
  category: string;
  role: MembershipRole;
  startDate: IsoDate;
  endDate: IsoDate | null;
  /** 1 for a first term, 2 for a renewal. */
  consecutiveTerm: number;
  /** Whether another term may follow this one. */
  mayBeRenewed: boolean;
}

export interface CategoryComposition extends Category {
  filled: number;
  vacant: number;
  members: SittingMember[];
}

/** Who sits on a body on one day. */
export interface Composition {
  date: IsoDate;
  seats: number;
  filled: number;
  vacant: number;
  categories: CategoryComposition[];
  chair: SittingMember | null;
  viceChair: SittingMember | null;
  /** Sitting members whose mandate ends within ENDING_SOON_DAYS, soonest first. */
  endingSoon: SittingMember[];
}

const ROLE_ORDER: Record<MembershipRole, number> = { chair: 0, vice_chair: 1, member: 2 };

function bySeniorityThenName(a: SittingMember, b: SittingMember): number {
  return ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.fullName.localeCompare(b.fullName, 'fr');
}

/**
 * The composition of a body on `date`: per category its seats, the members sitting then and the
 * vacancies; the chair and vice-chair; and who leaves within 90 days, each with whether they may be
 * renewed. `mandates` hold at least every mandate of the people sitting then (their past and later
 * terms count for renewals). A category since removed from the body still shows, with no seats, on a
 * past date when someone held it.
 */
export function compositionOn(
  date: IsoDate,
  rules: MandateRules,
  mandates: readonly StoredMandate[],
  people: readonly PersonSummary[],
): Composition {
  const personById = new Map(people.map((p) => [p.id, p]));
  const sitting: SittingMember[] = mandates
    .filter((m) => isActiveOn(m, date))
    .map((m) => {
      const person = personById.get(m.personId);
      return {
        membershipId: m.id,
        personId: m.personId,
        fullName: person?.fullName ?? '',
        organisation: person?.organisation ?? null,
        category: m.category,
        role: m.role,
        startDate: m.startDate,
        endDate: m.endDate,
        consecutiveTerm: consecutiveTerms(m, mandates),
        mayBeRenewed: mayBeRenewed(m, mandates, rules),
      };
    })
    .sort(bySeniorityThenName);

  const removed = [...new Set(sitting.map((s) => s.category))]
    .filter((code) => !rules.categories.some((c) => c.code === code))
    .map((code) => ({ code, label: code, seats: 0 }));
  const categories = [...rules.categories, ...removed].map((category) => {
    const members = sitting.filter((s) => s.category === category.code);
    const { code, label, seats } = category;
    return { code, label, seats, filled: members.length, vacant: Math.max(0, seats - members.length), members };
  });

  const horizon = addDays(date, ENDING_SOON_DAYS);
  const endingSoon = sitting
    .filter((s) => s.endDate !== null && s.endDate <= horizon)
    .sort((a, b) => (a.endDate ?? '').localeCompare(b.endDate ?? '') || a.fullName.localeCompare(b.fullName, 'fr'));
  return {
    date,
    seats: totalSeats(categories),
    filled: sitting.length,
    vacant: categories.reduce((sum, c) => sum + c.vacant, 0),
    categories,
    chair: sitting.find((s) => s.role === 'chair') ?? null,
    viceChair: sitting.find((s) => s.role === 'vice_chair') ?? null,
    endingSoon,
  };
}
