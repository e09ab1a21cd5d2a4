import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The OParl 1.1 JSON schemas (copied unchanged with their licence, see schemas/SOURCE.md) compiled
 * with ajv. OParl writes `format: url`, patterns with escapes that unicode mode refuses (`\:`), and its own `schema`/`references` keywords: `url` is checked
 * as an absolute http(s) URL, the other keywords are annotations (strict mode off).
 */
export function oparlValidators(): Record<string, ValidateFunction> {
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv, ['date', 'date-time']);
  ajv.addFormat('url', /^https?:\/\/[^\s]+$/);
  const dir = join(__dirname, 'schemas');
  const validators: Record<string, ValidateFunction> = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const schema = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    validators[file.replace(/\.json$/, '')] = ajv.compile(schema);
  }
  return validators;
}
