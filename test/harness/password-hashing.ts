/**
 * argon2id at its cheapest: tests log in hundreds of times, and the cost a hash is made with changes
 * nothing they assert (test/auth/auth.e2e-spec.ts logs in with a hash made at the production cost).
 */
export const CHEAP_PASSWORD_HASHING = {
  PASSWORD_HASH_MEMORY_KIB: '256',
  PASSWORD_HASH_TIME_COST: '1',
  PASSWORD_HASH_PARALLELISM: '1',
};
