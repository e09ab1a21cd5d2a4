import { FieldProblem, ValidationError } from './errors';

/** A seat category of a body and its quota, e.g. GRAM's 10 `association` seats. */
export interface Category {
  code: string;
  label: string;
  seats: number;
}

/**
 * How quorum is counted for a body. Default (décret 2006-672): at least half of the sitting
 * members present, remote or represented.
 */
export interface QuorumRule {
  /** Count against the members actually sitting, or against all seats. */
  base: 'sitting_members' | 'seats';
  /** Numerator / denominator of the share needed, e.g. 1/2. */
  numerator: number;
  denominator: number;
  /** Whether members represented by a proxy count towards quorum. */
  countProxies: boolean;
  /** Optional minimum present (or represented) per category code. */
  minimumPerCategory: Record<string, number>;
}

export const MAJORITIES = ['simple', 'absolute', 'two_thirds', 'unanimity'] as const;
export type Majority = (typeof MAJORITIES)[number];

export const DEFAULT_QUORUM_RULE: QuorumRule = {
  base: 'sitting_members',
  numerator: 1,
  denominator: 2,
  countProxies: true,
  minimumPerCategory: {},
};

/**
 * The settings a new body takes unless told otherwise: décret 2006-672's defaults (CRPA R133-x), which
 * are also GRAM's. Where and when a body meets is no décret's business: see libs/db/src/seed/gram.ts.
 */
export const BODY_DEFAULTS = {
  meetingsPerYear: 4,
  noticeDays: 5,
  quorum: DEFAULT_QUORUM_RULE,
  defaultMajority: 'simple' as Majority,
  chairHasCastingVote: true,
  maxProxiesPerMember: 1,
  termYears: 4,
  maxRenewals: 1,
};

/** Total seats of a body: the sum of its category quotas. */
export function totalSeats(categories: readonly Category[]): number {
  return categories.reduce((sum, c) => sum + c.seats, 0);
}

/** The parts of a body's settings whose coherence a rule checks. */
export interface BodySettings {
  categories: readonly Category[];
  quorum: QuorumRule;
}

/** Problems that make a body's settings incoherent; empty when they hold together. */
export function bodySettingsProblems(settings: BodySettings): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const codes = settings.categories.map((c) => c.code);
  codes.forEach((code, i) => {
    if (codes.indexOf(code) !== i)
      problems.push({ field: `categories.${i}.code`, code: 'body.category_code_repeated', params: { code } });
  });
  const { quorum } = settings;
  if (quorum.numerator > quorum.denominator) {
    problems.push({ field: 'quorum.numerator', code: 'body.quorum_numerator_too_big' });
  }
  for (const [code, minimum] of Object.entries(quorum.minimumPerCategory)) {
    const category = settings.categories.find((c) => c.code === code);
    if (!category) {
      problems.push({ field: `quorum.minimumPerCategory.${code}`, code: 'body.quorum_minimum_unknown_category' });
    } else if (!Number.isInteger(minimum) || minimum < 0 || minimum > category.seats) {
      problems.push({
        field: `quorum.minimumPerCategory.${code}`,
        code: 'body.quorum_minimum_range',
        params: { seats: category.seats },
      });
    }
  }
  return problems;
}

/** Refuses incoherent settings with a 400 naming each field. */
export function assertBodySettings(settings: BodySettings): void {
  const problems = bodySettingsProblems(settings);
  if (problems.length > 0) {
    throw new ValidationError('body.invalid_settings', {}, problems);
  }
}
