import type { Category } from './body';
import { addDays, addYears, IsoDate } from './dates';
import { ConflictError, FieldProblem, ValidationError } from './errors';
import { MessageCode } from './i18n/en';
import { MessageParams, termOf } from './i18n/translate';
import type { MembershipRole } from './roles';

/** A mandate as the rules see it: a person's seat in one category of a body, for a period. */
export interface Mandate {
  /** Absent for a mandate not stored yet. */
  id?: string;
  personId: string;
  category: string;
  role: MembershipRole;
  startDate: IsoDate;
  /** Last day in office, inclusive; null while open-ended. */
  endDate: IsoDate | null;
}

type Period = Pick<Mandate, 'startDate' | 'endDate'>;

/** The parts of a body that rule its mandates. */
export interface MandateRules {
  categories: readonly Category[];
  /** Length of a term, in years. */
  termYears: number;
  /** How many times a term may be renewed in a row (GRAM: once, so two terms in a row). */
  maxRenewals: number;
}

/** A broken rule: `invalid` for a mandate that cannot exist (400), `conflict` for one the composition refuses (409). */
export interface MandateProblem extends FieldProblem {
  kind: 'invalid' | 'conflict';
}

/** Whether a mandate is in force on a day, its first and last days included. */
export function isActiveOn(mandate: Period, date: IsoDate): boolean {
  return mandate.startDate <= date && (mandate.endDate === null || date <= mandate.endDate);
}

/** Whether two periods share at least one day. */
export function periodsOverlap(a: Period, b: Period): boolean {
  return (a.endDate === null || b.startDate <= a.endDate) && (b.endDate === null || a.startDate <= b.endDate);
}

/** The last day of a full term that starts on `startDate`: four-year terms from 2027-01-01 end on 2030-12-31. */
export function termEndDate(startDate: IsoDate, termYears: number): IsoDate {
  return addDays(addYears(startDate, termYears), -1);
}

/** The mandate, lasting a full term when no end date is given. */
export function withTermEnd<T extends Mandate>(mandate: T, termYears: number): T {
  return mandate.endDate === null ? { ...mandate, endDate: termEndDate(mandate.startDate, termYears) } : mandate;
}

/**
 * The busiest day of a category between `from` and `to` (null: with no end): how many of the
 * mandates sit then, and the first day that count is reached. A count only rises when a mandate
 * starts, so `from` and the start days inside the period are the only days to look at.
 */
export function peakOccupancy(
  mandates: readonly Mandate[],
  category: string,
  from: IsoDate,
  to: IsoDate | null,
): { count: number; on: IsoDate } {
  const ofCategory = mandates.filter((m) => m.category === category);
  const days = [from, ...ofCategory.map((m) => m.startDate).filter((d) => d > from && (to === null || d <= to))];
  let peak = { count: 0, on: from };
  for (const day of [...new Set(days)].sort()) {
    const count = ofCategory.filter((m) => isActiveOn(m, day)).length;
    if (count > peak.count) peak = { count, on: day };
  }
  return peak;
}

/** Whether `next` continues `previous` without a day's gap (it starts on the day after, or earlier). */
function continues(previous: Mandate, next: Mandate): boolean {
  return previous.endDate !== null && next.startDate <= addDays(previous.endDate, 1);
}

/**
 * The run of consecutive terms of one person that includes `mandate`, in order. How terms are
 * counted: every mandate is one term, even one cut short or one that completes a predecessor's
 * term; a mandate that starts at the latest the day after the previous one ends continues the run,
 * whatever its category; a gap of one day or more starts a new run.
 */
export function consecutiveRun(mandate: Mandate, bodyMandates: readonly Mandate[]): Mandate[] {
  const isSelf = (m: Mandate) => m === mandate || (mandate.id !== undefined && m.id === mandate.id);
  const terms = [mandate, ...bodyMandates.filter((m) => m.personId === mandate.personId && !isSelf(m))].sort(
    (a, b) => a.startDate.localeCompare(b.startDate) || Number(a === mandate) - Number(b === mandate),
  );
  let first = terms.indexOf(mandate);
  let last = first;
  while (first > 0 && continues(terms[first - 1], terms[first])) first -= 1;
  while (last < terms.length - 1 && continues(terms[last], terms[last + 1])) last += 1;
  return terms.slice(first, last + 1);
}

/** Which term in a row a mandate is: 1 for a first appointment, 2 for its renewal. */
export function consecutiveTerms(mandate: Mandate, bodyMandates: readonly Mandate[]): number {
  const run = consecutiveRun(mandate, bodyMandates);
  return run.indexOf(mandate) + 1;
}

/** Whether the person may be appointed for another term right after this mandate ends. */
export function mayBeRenewed(
  mandate: Mandate,
  bodyMandates: readonly Mandate[],
  rules: Pick<MandateRules, 'maxRenewals'>,
): boolean {
  const run = consecutiveRun(mandate, bodyMandates);
  return mandate.endDate !== null && run.at(-1) === mandate && run.length < rules.maxRenewals + 1;
}

/** `once`, `3 times`, or `not` renewable, as a sentence says it. */
export function describeRenewals(maxRenewals: number): string {
  if (maxRenewals === 0) return 'terms are not renewable';
  return `terms are renewable ${maxRenewals === 1 ? 'once' : `${maxRenewals} times`}`;
}

/** A problem naming another mandate's period: its end date, or that it has none. */
function periodProblem(
  code: MessageCode,
  openCode: MessageCode,
  m: Period,
  params: MessageParams = {},
): Pick<FieldProblem, 'code' | 'params'> {
  return m.endDate === null
    ? { code: openCode, params: { ...params, from: m.startDate } }
    : { code, params: { ...params, from: m.startDate, to: m.endDate } };
}

/** Problems that make a mandate impossible whatever the composition: its category, its dates. */
function shapeProblems(candidate: Mandate, rules: MandateRules): MandateProblem[] {
  const problems: MandateProblem[] = [];
  if (!rules.categories.some((c) => c.code === candidate.category)) {
    const known = rules.categories.map((c) => c.code).join(', ');
    problems.push({
      kind: 'invalid',
      field: 'category',
      code: 'membership.unknown_category',
      params: { category: candidate.category, known },
    });
  }
  const longest = termEndDate(candidate.startDate, rules.termYears);
  if (candidate.endDate !== null && candidate.endDate < candidate.startDate) {
    problems.push({
      kind: 'invalid',
      field: 'endDate',
      code: 'membership.end_before_start',
      params: { startDate: candidate.startDate },
    });
  } else if (candidate.endDate === null || candidate.endDate > longest) {
    problems.push({
      kind: 'invalid',
      field: 'endDate',
      code: 'membership.term_too_long',
      params: { latest: longest, years: rules.termYears },
    });
  }
  return problems;
}

/** Problems with the rest of the body's composition: seats, overlaps, offices, renewals. */
function compositionProblems(candidate: Mandate, others: readonly Mandate[], rules: MandateRules): MandateProblem[] {
  const problems: MandateProblem[] = [];
  const seats = rules.categories.find((c) => c.code === candidate.category)?.seats ?? 0;
  const peak = peakOccupancy(others, candidate.category, candidate.startDate, candidate.endDate);
  if (peak.count >= seats) {
    problems.push({
      kind: 'conflict',
      field: 'category',
      code: 'membership.category_full',
      params: { category: candidate.category, seats, date: peak.on },
    });
  }
  const overlapping = others.find((m) => m.personId === candidate.personId && periodsOverlap(m, candidate));
  if (overlapping) {
    problems.push({
      kind: 'conflict',
      field: 'personId',
      ...periodProblem('membership.overlapping', 'membership.overlapping_open', overlapping),
    });
  }
  if (candidate.role !== 'member') {
    const holder = others.find((m) => m.role === candidate.role && periodsOverlap(m, candidate));
    if (holder) {
      problems.push({
        kind: 'conflict',
        field: 'role',
        ...periodProblem('membership.office_held', 'membership.office_held_open', holder, {
          role: termOf('membership_role', candidate.role),
        }),
      });
    }
  }
  const run = overlapping ? [] : consecutiveRun(candidate, others);
  if (run.length > rules.maxRenewals + 1) {
    problems.push({
      kind: 'conflict',
      field: 'startDate',
      code: 'membership.too_many_terms',
      params: { count: run.length, renewals: rules.maxRenewals, max: rules.maxRenewals + 1 },
    });
  }
  return problems;
}

/**
 * Every rule a new or changed mandate would break, given the body's other mandates (for a change,
 * without the mandate's stored version). On every day, a category's active mandates never exceed
 * its seats; a person never holds two overlapping mandates; one chair and one vice-chair at most;
 * a mandate ends on or after its start and lasts at most one term; consecutive terms never exceed
 * the allowed renewals. Composition is only judged for a well-formed mandate.
 */
export function mandateProblems(candidate: Mandate, others: readonly Mandate[], rules: MandateRules): MandateProblem[] {
  const invalid = shapeProblems(candidate, rules);
  return invalid.length > 0 ? invalid : compositionProblems(candidate, others, rules);
}

/** Throws a ValidationError (400) or a ConflictError (409) naming every broken rule; returns when none is. */
export function assertMandateAllowed(candidate: Mandate, others: readonly Mandate[], rules: MandateRules): void {
  const problems = mandateProblems(candidate, others, rules);
  if (problems.length === 0) return;
  const details = problems.map(({ field, code, params }) => ({ field, code, ...(params ? { params } : {}) }));
  if (problems.some((p) => p.kind === 'invalid')) throw new ValidationError('membership.invalid', {}, details);
  throw new ConflictError('membership.refused', {}, details);
}

/**
 * Why a body's new categories would not hold its mandates active on `today` or later: a category
 * still in use removed, or seats fewer than the mandates that will sit together. Empty when they hold.
 */
export function categoryChangeProblems(
  categories: readonly Category[],
  mandates: readonly Mandate[],
  today: IsoDate,
): FieldProblem[] {
  const current = mandates.filter((m) => m.endDate === null || m.endDate >= today);
  const problems: FieldProblem[] = [];
  for (const code of [...new Set(current.map((m) => m.category))].sort()) {
    const index = categories.findIndex((c) => c.code === code);
    const peak = peakOccupancy(current, code, today, null);
    if (index < 0) {
      const held = current.filter((m) => m.category === code).length;
      problems.push({
        field: 'categories',
        code: 'body.category_still_used',
        params: { category: code, held, date: today },
      });
    } else if (categories[index].seats < peak.count) {
      problems.push({
        field: `categories.${index}.seats`,
        code: 'body.category_seats_too_few',
        params: { count: peak.count, category: code, date: peak.on },
      });
    }
  }
  return problems;
}

/** Refuses new categories that would not hold the body's current and future mandates (409). */
export function assertCategoriesHoldMandates(
  categories: readonly Category[],
  mandates: readonly Mandate[],
  today: IsoDate,
): void {
  const problems = categoryChangeProblems(categories, mandates, today);
  if (problems.length > 0) {
    throw new ConflictError('body.categories_too_small', {}, problems);
  }
}
