import type { AnswerStatus, Recommendation } from '../../api/recommendations';

/** The answer statuses in the order the charts stack and list them. */
export const ANSWER_ORDER: readonly AnswerStatus[] = [
  'under_review',
  'accepted',
  'partially_accepted',
  'rejected',
  'implemented',
];

export interface QuarterFigures {
  /** e.g. `2026-T1`'s key `2026-Q1`. */
  quarter: string;
  /** Answers given in the quarter, by the status they gave. */
  answers: Record<AnswerStatus, number>;
  total: number;
  /** Median days from transmission to the first answer, for first answers given in the quarter. */
  medianDays: number | null;
}

const DAY_MS = 86_400_000;

function quarterOf(iso: string): string {
  const date = new Date(iso);
  return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return Math.round(value * 10) / 10;
}

/** Per quarter: the direction's answers by status, and the median delay of first answers. */
export function answersOverTime(recommendations: readonly Recommendation[]): QuarterFigures[] {
  const quarters = new Map<string, { answers: Record<AnswerStatus, number>; delays: number[] }>();
  const entry = (quarter: string) => {
    let found = quarters.get(quarter);
    if (!found) {
      found = {
        answers: Object.fromEntries(ANSWER_ORDER.map((s) => [s, 0])) as Record<AnswerStatus, number>,
        delays: [],
      };
      quarters.set(quarter, found);
    }
    return found;
  };
  for (const r of recommendations) {
    const answers = r.responses.filter((step) => step.status !== 'transmitted' && step.status !== 'adopted');
    for (const step of answers) entry(quarterOf(step.at)).answers[step.status as AnswerStatus] += 1;
    const first = answers[0];
    if (first && r.transmittedAt) {
      entry(quarterOf(first.at)).delays.push((Date.parse(first.at) - Date.parse(r.transmittedAt)) / DAY_MS);
    }
  }
  return [...quarters.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([quarter, { answers, delays }]) => ({
      quarter,
      answers,
      total: ANSWER_ORDER.reduce((sum, s) => sum + answers[s], 0),
      medianDays: median(delays),
    }));
}
