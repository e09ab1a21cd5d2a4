import type { MinutesDraftContent } from '@quorum/domain';
import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every level: the same draft always gives the same text (jsonb reorders keys). */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The SHA-256 (hex) printed in the footer of a version: anyone holding the draft data can check it. */
export function draftSha256(draft: MinutesDraftContent): string {
  return createHash('sha256').update(canonicalJson(draft)).digest('hex');
}
