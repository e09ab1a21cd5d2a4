/** How a broken rule maps onto the HTTP contract: the filter turns `kind` into a status code. */
export type DomainErrorKind =
  'invalid' | 'not_found' | 'conflict' | 'rule' | 'forbidden' | 'too_large' | 'unsupported_type' | 'unavailable';

export interface FieldProblem {
  field: string;
  message: string;
}

/** Base of every typed error a rule or a service may raise towards a user. */
export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    message: string,
    readonly details?: FieldProblem[],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  constructor(entity: string, id: string) {
    super('not_found', `${entity} ${id} does not exist`);
  }
}

export class ValidationError extends DomainError {
  constructor(message: string, details?: FieldProblem[]) {
    super('invalid', message, details);
  }
}

/** A request that conflicts with the current state (quota full, wrong transition, duplicate). */
export class ConflictError extends DomainError {
  constructor(message: string, details?: FieldProblem[]) {
    super('conflict', message, details);
  }
}

/** A well-formed request that a governance rule refuses (notice period, no quorum). */
export class RuleViolationError extends DomainError {
  constructor(message: string, details?: FieldProblem[]) {
    super('rule', message, details);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message: string) {
    super('forbidden', message);
  }
}

/** A request body past the size the service accepts (413). */
export class TooLargeError extends DomainError {
  constructor(message: string, details?: FieldProblem[]) {
    super('too_large', message, details);
  }
}

/** Content of a type the service does not take (415). */
export class UnsupportedTypeError extends DomainError {
  constructor(message: string, details?: FieldProblem[]) {
    super('unsupported_type', message, details);
  }
}

/** Something the service holds cannot be served as it should right now (503): stored data failing its check. */
export class UnavailableError extends DomainError {
  constructor(message: string) {
    super('unavailable', message);
  }
}
