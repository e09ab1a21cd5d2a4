import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError } from '@quorum/domain';
import { CONSTRAINTS } from './constraint-errors';

const MIGRATIONS = join(__dirname, 'migrations');

/** Every named unique, exclusion, check and foreign-key constraint the migrations create. */
function constraintsOfMigrations(): string[] {
  const names = new Set<string>();
  for (const file of readdirSync(MIGRATIONS).filter((f) => /^\d+-.*\.ts$/.test(f))) {
    const up = readFileSync(join(MIGRATIONS, file), 'utf8').split('public async down')[0];
    for (const [, name] of up.matchAll(/(?:CONSTRAINT|UNIQUE INDEX) "((?:uq|ex|ck|fk)_[a-z_]+)"/g)) names.add(name);
  }
  return [...names].sort();
}

describe('constraint errors', () => {
  it.each(constraintsOfMigrations())('gives %s a domain error with a message and a field', (name) => {
    const error = CONSTRAINTS[name]?.();
    expect(error).toBeInstanceOf(DomainError);
    expect(error!.message).not.toContain(name);
    if (error!.kind !== 'not_found') expect(error!.details?.[0]?.field).toEqual(expect.any(String));
  });
});
