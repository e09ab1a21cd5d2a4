import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import * as argon2 from 'argon2';

/** The rule for every new password: at least 12 characters, at most 200. */
export const PASSWORD_LENGTH = { min: 12, max: 200 } as const;

/**
 * Password hashes: argon2id at the configured cost (PASSWORD_HASH_*; the library's recommended
 * parameters by default). A hash carries its own parameters, so verifying never depends on today's.
 */
@Injectable()
export class Passwords {
  // Verified against when the email is unknown, so both paths take the same time.
  private decoyHash: Promise<string> | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  hash(password: string): Promise<string> {
    const { memoryKib, timeCost, parallelism } = this.config.auth.passwordHashing;
    return argon2.hash(password, { type: argon2.argon2id, memoryCost: memoryKib, timeCost, parallelism });
  }

  async verify(hash: string | undefined, password: string): Promise<boolean> {
    if (hash === undefined) {
      this.decoyHash ??= this.hash('decoy password that matches no one');
      await argon2.verify(await this.decoyHash, password);
      return false;
    }
    return argon2.verify(hash, password);
  }
}
