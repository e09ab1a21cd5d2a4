import * as argon2 from 'argon2';

/** The rule for every new password: at least 12 characters, at most 200. */
export const PASSWORD_LENGTH = { min: 12, max: 200 } as const;

/** argon2id with the library's recommended parameters. */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

// Verified against when the email is unknown, so both paths take the same time.
let decoyHash: Promise<string> | undefined;

export async function verifyPassword(hash: string | undefined, password: string): Promise<boolean> {
  if (hash === undefined) {
    decoyHash ??= hashPassword('decoy password that matches no one');
    await argon2.verify(await decoyHash, password);
    return false;
  }
  return argon2.verify(hash, password);
}
