import { FieldProblem, MessageCode } from '@quorum/domain';

// C0 controls but tab, line feed and carriage return, and DEL: PostgreSQL refuses NUL outright,
// and none of the others belongs in a name, a title or a text a person wrote.
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// A UTF-16 surrogate without its pair: JSON can carry it, UTF-8 (and so the database, e-mail, PDF) cannot.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a string may not be stored, or undefined when it may. */
function problemOf(text: string): MessageCode | undefined {
  if (CONTROL.test(text)) return 'validation.control_characters';
  if (LONE_SURROGATE.test(text)) return 'validation.lone_surrogate';
  return undefined;
}

/**
 * Every string in a parsed request part (body, query, path parameters) that may not be stored, named
 * by its dotted path; keys are checked too. Walks without recursion, so deep nesting cannot overflow the stack.
 */
export function unsafeTextProblems(value: unknown, root: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const pending: [unknown, string][] = [[value, root]];
  while (pending.length > 0) {
    const [current, path] = pending.pop() as [unknown, string];
    if (typeof current === 'string') {
      const code = problemOf(current);
      if (code) problems.push({ field: path || 'body', code });
    } else if (typeof current === 'object' && current !== null) {
      for (const [key, child] of Object.entries(current)) {
        const childPath = path ? `${path}.${key}` : key;
        if (problemOf(key)) problems.push({ field: path || 'body', code: 'validation.forbidden_key' });
        else pending.push([child, childPath]);
      }
    }
  }
  // In document order, whatever order the walk met them in.
  return problems.reverse();
}
