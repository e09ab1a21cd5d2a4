import { ConflictError, ForbiddenError } from './errors';
import type { Role } from './roles';

/** A recommendation's life (DESIGN.md, Recommendation). */
export const RECOMMENDATION_STATES = [
  'adopted',
  'transmitted',
  'under_review',
  'accepted',
  'partially_accepted',
  'rejected',
  'implemented',
] as const;
export type RecommendationState = (typeof RECOMMENDATION_STATES)[number];

export function isRecommendationState(value: unknown): value is RecommendationState {
  return typeof value === 'string' && (RECOMMENDATION_STATES as readonly string[]).includes(value);
}

/** The statuses the direction may answer with. */
export const ANSWER_STATES = ['under_review', 'accepted', 'partially_accepted', 'rejected', 'implemented'] as const;
export type AnswerState = (typeof ANSWER_STATES)[number];

/**
 * Where each state may go. The secretariat transmits; every later step is the direction's answer.
 * Answering again with the same status (a new text, owner or due date) is allowed while the matter is
 * still open; a rejection or an implementation is final.
 */
const NEXT: Record<RecommendationState, readonly RecommendationState[]> = {
  adopted: ['transmitted'],
  transmitted: ['under_review', 'accepted', 'partially_accepted', 'rejected'],
  under_review: ['under_review', 'accepted', 'partially_accepted', 'rejected'],
  accepted: ['accepted', 'implemented'],
  partially_accepted: ['partially_accepted', 'implemented'],
  rejected: [],
  implemented: [],
};

/** The state reached by a step, or a 409 naming the states the current one allows. */
export function nextRecommendationState(
  current: RecommendationState,
  wanted: RecommendationState,
): RecommendationState {
  const allowed = NEXT[current];
  if (!allowed.includes(wanted)) {
    throw allowed.length > 0
      ? new ConflictError(
          'recommendation.invalid_transition',
          { status: current, wanted, allowed: { anyOf: allowed } },
          ['status'],
        )
      : new ConflictError('recommendation.final', { status: current, wanted }, ['status']);
  }
  return wanted;
}

/** The statuses the direction may answer with now: none before transmission, none once final. */
export function answersAllowedFrom(current: RecommendationState): AnswerState[] {
  return ANSWER_STATES.filter((s) => NEXT[current].includes(s));
}

/** Only the direction answers a recommendation: the body's staff and members may not speak for it. */
export function assertMayAnswer(role: Role): void {
  if (role !== 'direction') {
    throw new ForbiddenError('recommendation.direction_only');
  }
}

/** Overdue: a due date past (strictly before `today`) on a matter neither implemented nor rejected. */
export function isRecommendationOverdue(
  r: { status: RecommendationState; dueDate: string | null },
  today: string,
): boolean {
  return r.dueDate !== null && r.dueDate < today && r.status !== 'implemented' && r.status !== 'rejected';
}

/** The median of a list of numbers (the mean of the two middle ones for an even count); null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export interface RecommendationFacts {
  status: RecommendationState;
  dueDate: string | null;
  /** When it was transmitted to the direction; null while only adopted. */
  transmittedAt: Date | null;
  /** When the direction first answered; null while unanswered. */
  firstAnsweredAt: Date | null;
}

export interface YearSummary {
  year: number;
  transmitted: number;
  answered: number;
  medianDaysToFirstAnswer: number | null;
}

export interface RecommendationSummary {
  byStatus: Record<RecommendationState, number>;
  overdue: number;
  /** Per year of transmission: how many went, how many got an answer, the median delay in days. */
  years: YearSummary[];
}

const DAY_MS = 86_400_000;

/** Counts by status, overdue count, and per year of transmission the median days to the first answer. */
export function summariseRecommendations(all: readonly RecommendationFacts[], today: string): RecommendationSummary {
  const byStatus = Object.fromEntries(RECOMMENDATION_STATES.map((s) => [s, 0])) as Record<RecommendationState, number>;
  const delays = new Map<number, { transmitted: number; days: number[] }>();
  let overdue = 0;
  for (const r of all) {
    byStatus[r.status] += 1;
    if (isRecommendationOverdue(r, today)) overdue += 1;
    if (!r.transmittedAt) continue;
    const year = r.transmittedAt.getUTCFullYear();
    const entry = delays.get(year) ?? { transmitted: 0, days: [] };
    entry.transmitted += 1;
    if (r.firstAnsweredAt) entry.days.push((r.firstAnsweredAt.getTime() - r.transmittedAt.getTime()) / DAY_MS);
    delays.set(year, entry);
  }
  const years = [...delays.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, e]) => ({
      year,
      transmitted: e.transmitted,
      answered: e.days.length,
      medianDaysToFirstAnswer: e.days.length ? Math.round(median(e.days)! * 10) / 10 : null,
    }));
  return { byStatus, overdue, years };
}

const STATUS_LABELS_FR: Record<RecommendationState, string> = {
  adopted: 'adoptée',
  transmitted: 'transmise à la direction générale',
  under_review: 'à l’étude',
  accepted: 'acceptée',
  partially_accepted: 'partiellement acceptée',
  rejected: 'refusée',
  implemented: 'mise en œuvre',
};

/** Title of the information item that reports, at each meeting, what became of the body's recommendations. */
export const FOLLOW_UP_ITEM_TITLE = 'Suivi des recommandations';

/**
 * The text of the follow-up item: one line per recommendation sent to the direction, with its latest
 * status, owner and due date (French, as the agenda is); null when none was sent yet.
 */
export function recommendationsFollowUp(
  recommendations: readonly {
    title: string;
    status: RecommendationState;
    owner: string | null;
    dueDate: string | null;
  }[],
): string | null {
  const sent = recommendations.filter((r) => r.status !== 'adopted');
  if (sent.length === 0) return null;
  return sent
    .map((r) => {
      const owner = r.owner ? ` ; responsable : ${r.owner}` : '';
      const due = r.dueDate ? ` ; échéance : ${r.dueDate}` : '';
      return `– ${r.title} : ${STATUS_LABELS_FR[r.status]}${owner}${due}`;
    })
    .join('\n');
}
