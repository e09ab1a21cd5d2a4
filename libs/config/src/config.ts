import { join } from 'node:path';
import { plainToInstance, Transform } from 'class-transformer';
import { isIP } from 'node:net';
import {
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const DEVELOPMENT_ADMIN = { email: 'admin@quorum.local', password: 'quorum-admin' } as const;
const DEVELOPMENT_JWT_SECRET = 'quorum-development-secret-change-me';
// Public on purpose: a development chain proves nothing against someone who reads this file.
const DEVELOPMENT_AUDIT_KEY = 'quorum-development-audit-key-change-me-now';
export const EMBEDDED_POSTGRES_DEFAULT_PORT = 54329;

// `quorum@example.org` or `Quorum GRAM <quorum@example.org>`: the display name, then the address.
const MAILBOX = /^(?:([^<>"\r\n]*?)\s*<)?([^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+)>?$/;
const DEFAULT_FROM = 'Quorum <no-reply@quorum.local>';

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;

/** The environment as Quorum reads it; every variable is optional and has a working default. */
class Environment {
  @IsOptional()
  @IsIn(['development', 'production', 'test'])
  NODE_ENV?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT?: number;

  @IsOptional()
  @IsString()
  HOST?: string;

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'must be a postgres:// URL' })
  DATABASE_URL?: string;

  @IsOptional()
  @Matches(/^rediss?:\/\/.+/, { message: 'must be a redis:// URL' })
  REDIS_URL?: string;

  @IsOptional()
  @Matches(/^[A-Za-z0-9_.:-]+$/, { message: 'may hold letters, digits and _ . : - only' })
  REDIS_PREFIX?: string;

  @IsOptional()
  @IsString()
  @MinLength(16)
  JWT_SECRET?: string;

  @IsOptional()
  @Matches(/^\d+[smhd]$/, { message: 'must be a duration such as 15m, 8h or 1d' })
  JWT_TTL?: string;

  @IsOptional()
  @IsEmail()
  ADMIN_EMAIL?: string;

  @IsOptional()
  @IsString()
  @MinLength(8)
  ADMIN_PASSWORD?: string;

  @IsOptional()
  @IsIn(LOG_LEVELS)
  LOG_LEVEL?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_RATE_LIMIT?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_ACCOUNT_RATE_LIMIT?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(64)
  @Max(4 * 1024 * 1024)
  PASSWORD_HASH_MEMORY_KIB?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(20)
  PASSWORD_HASH_TIME_COST?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(16)
  PASSWORD_HASH_PARALLELISM?: number;

  @IsOptional()
  @IsString()
  TRUST_PROXY?: string;

  @IsOptional()
  @IsIn(['auto', 'never', 'always'])
  EMBEDDED_POSTGRES?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  EMBEDDED_POSTGRES_PORT?: number;

  @IsOptional()
  @IsString()
  @MinLength(32)
  AUDIT_KEY?: string;

  @IsOptional()
  @IsString()
  DATA_DIR?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(2_147_483_647)
  DOCUMENT_MAX_BYTES?: number;

  @IsOptional()
  @Matches(/^smtps?:\/\/[^\s]+$/, { message: 'must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsOptional()
  @Matches(MAILBOX, { message: 'must be an address, alone or as "Name <address>"' })
  SMTP_FROM?: string;

  @IsOptional()
  @Matches(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, { message: 'must be an http:// or https:// URL' })
  PUBLIC_URL?: string;
}

/** false (trust no proxy), true (trust every hop), a hop count, or the proxies' addresses and CIDR ranges. */
export type TrustProxy = boolean | number | string[];

/**
 * Reads TRUST_PROXY: unset or `false` → false, `true` → true, `2` → two hops, else a comma-separated
 * list of IP addresses or CIDR ranges. Returns a string explaining the problem when the value is bad.
 */
export function parseTrustProxy(value: string | undefined): TrustProxy | string {
  const text = value?.trim() ?? '';
  if (text === '' || text === 'false') return false;
  if (text === 'true') return true;
  if (/^\d+$/.test(text)) return Number(text);
  const entries = text.split(',').map((entry) => entry.trim());
  const bad = entries.filter((entry) => !isAddressOrRange(entry));
  if (bad.length > 0) {
    return `must be false, true, a hop count or a comma-separated list of IP addresses or CIDR ranges (not ${bad.join(', ')})`;
  }
  return entries;
}

function isAddressOrRange(entry: string): boolean {
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address ?? '');
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  http: { host: string; port: number };
  database: {
    url: string;
    urlWasSet: boolean;
    /** `auto`: only when DATABASE_URL is unset and no PostgreSQL lets us in; `always`: whatever answers. */
    embedded: 'auto' | 'never' | 'always';
    embeddedPort: number;
    dataDir: string;
  };
  /** HMAC key of the audit chain and its checkpoints; the database never holds it. */
  audit: { key: string; keyIsDevelopmentDefault: boolean };
  redis: { url: string; prefix: string };
  auth: {
    jwtSecret: string;
    jwtTtl: string;
    /** Login attempts per minute for one email from one address. */
    loginRateLimitPerMinute: number;
    /** Login attempts per hour for one email, whatever the address. */
    loginAccountRateLimitPerHour: number;
    /** argon2id's cost for new password hashes; a hash keeps its own, so a change locks no one out. */
    passwordHashing: PasswordHashing;
  };
  /** Fastify's `trustProxy`: whose X-Forwarded-For to believe (none by default). */
  trustProxy: TrustProxy;
  admin: { email: string; password: string };
  logLevel: LogLevel;
  mail: MailConfig;
  documents: DocumentsConfig;
}

/** argon2id's parameters: memory in KiB, passes, lanes. */
export interface PasswordHashing {
  memoryKib: number;
  timeCost: number;
  parallelism: number;
}

/** The argon2 library's recommended parameters: 64 MiB, 3 passes, 4 lanes. */
export const DEFAULT_PASSWORD_HASHING: PasswordHashing = { memoryKib: 65536, timeCost: 3, parallelism: 4 };

/** OWASP's floor for argon2id (19 MiB, 2 passes): production refuses anything cheaper. */
const PASSWORD_HASHING_FLOOR = { memoryKib: 19456, timeCost: 2 } as const;

/** Meeting documents: the largest file accepted, and the folder holding the bytes by SHA-256. */
export interface DocumentsConfig {
  maxBytes: number;
  dir: string;
}

/** 20 MiB: a long report with images, well under what a member's mailbox or phone copes with. */
export const DEFAULT_DOCUMENT_MAX_BYTES = 20 * 1024 * 1024;

/** Where e-mail goes: SMTP when `smtpUrl` is set, else `.eml` files in `outboxDir`. */
export interface MailConfig {
  smtpUrl: string | null;
  from: { name: string; email: string };
  /** Quorum's public address, base of every link in a message (pages under /app), no trailing slash. */
  publicUrl: string;
  outboxDir: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment once; throws a ConfigError naming every bad variable. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const env = plainToInstance(Environment, raw);
  const errors = validateSync(env, { skipMissingProperties: false });
  const problems = errors.map(
    (e) => `${e.property}=${JSON.stringify(e.value)}: ${Object.values(e.constraints ?? {}).join('; ')}`,
  );
  const nodeEnv = (env.NODE_ENV ?? 'development') as AppConfig['env'];
  const trustProxy = parseTrustProxy(env.TRUST_PROXY);
  if (typeof trustProxy === 'string') problems.push(`TRUST_PROXY=${JSON.stringify(env.TRUST_PROXY)}: ${trustProxy}`);
  if (nodeEnv === 'production') {
    if (!env.JWT_SECRET) problems.push('JWT_SECRET: required when NODE_ENV=production');
    if (!env.ADMIN_PASSWORD) problems.push('ADMIN_PASSWORD: required when NODE_ENV=production');
    if (!env.AUDIT_KEY) problems.push('AUDIT_KEY: required when NODE_ENV=production');
  }
  const passwordHashing: PasswordHashing = {
    memoryKib: env.PASSWORD_HASH_MEMORY_KIB ?? DEFAULT_PASSWORD_HASHING.memoryKib,
    timeCost: env.PASSWORD_HASH_TIME_COST ?? DEFAULT_PASSWORD_HASHING.timeCost,
    parallelism: env.PASSWORD_HASH_PARALLELISM ?? DEFAULT_PASSWORD_HASHING.parallelism,
  };
  if (passwordHashing.memoryKib < 8 * passwordHashing.parallelism) {
    problems.push(
      `PASSWORD_HASH_MEMORY_KIB=${passwordHashing.memoryKib}: argon2 needs at least 8 KiB per lane (PASSWORD_HASH_PARALLELISM)`,
    );
  }
  if (
    nodeEnv === 'production' &&
    (passwordHashing.memoryKib < PASSWORD_HASHING_FLOOR.memoryKib ||
      passwordHashing.timeCost < PASSWORD_HASHING_FLOOR.timeCost)
  ) {
    problems.push(
      `PASSWORD_HASH_MEMORY_KIB / PASSWORD_HASH_TIME_COST: at least ${PASSWORD_HASHING_FLOOR.memoryKib} KiB and ${PASSWORD_HASHING_FLOOR.timeCost} passes when NODE_ENV=production (OWASP's minimum for argon2id)`,
    );
  }
  if (env.EMBEDDED_POSTGRES === 'always' && env.DATABASE_URL !== undefined) {
    problems.push('EMBEDDED_POSTGRES=always: the embedded PostgreSQL has its own URL; unset DATABASE_URL');
  }
  if (problems.length > 0) throw new ConfigError(problems);

  return {
    env: nodeEnv,
    http: { host: env.HOST ?? '127.0.0.1', port: env.PORT ?? 3000 },
    database: {
      url: env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/quorum',
      urlWasSet: env.DATABASE_URL !== undefined,
      embedded: (env.EMBEDDED_POSTGRES ?? 'auto') as AppConfig['database']['embedded'],
      embeddedPort: env.EMBEDDED_POSTGRES_PORT ?? EMBEDDED_POSTGRES_DEFAULT_PORT,
      dataDir: env.DATA_DIR ?? '.data',
    },
    audit: { key: env.AUDIT_KEY ?? DEVELOPMENT_AUDIT_KEY, keyIsDevelopmentDefault: env.AUDIT_KEY === undefined },
    redis: { url: env.REDIS_URL ?? 'redis://127.0.0.1:6379', prefix: env.REDIS_PREFIX ?? 'quorum' },
    auth: {
      jwtSecret: env.JWT_SECRET ?? DEVELOPMENT_JWT_SECRET,
      jwtTtl: env.JWT_TTL ?? '8h',
      loginRateLimitPerMinute: env.LOGIN_RATE_LIMIT ?? 10,
      loginAccountRateLimitPerHour: env.LOGIN_ACCOUNT_RATE_LIMIT ?? 100,
      passwordHashing,
    },
    trustProxy: trustProxy as TrustProxy,
    admin: {
      email: env.ADMIN_EMAIL ?? DEVELOPMENT_ADMIN.email,
      password: env.ADMIN_PASSWORD ?? DEVELOPMENT_ADMIN.password,
    },
    logLevel: (env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'silent' : 'info')) as LogLevel,
    mail: {
      smtpUrl: env.SMTP_URL ?? null,
      from: parseMailbox(env.SMTP_FROM ?? DEFAULT_FROM),
      publicUrl: (env.PUBLIC_URL ?? 'http://127.0.0.1:3000').replace(/\/+$/, ''),
      outboxDir: join(env.DATA_DIR ?? '.data', 'outbox'),
    },
    documents: {
      maxBytes: env.DOCUMENT_MAX_BYTES ?? DEFAULT_DOCUMENT_MAX_BYTES,
      dir: join(env.DATA_DIR ?? '.data', 'documents'),
    },
  };
}

function parseMailbox(value: string): MailConfig['from'] {
  const [, name, email] = MAILBOX.exec(value.trim()) ?? [];
  return { name: name?.trim() || 'Quorum', email: email ?? value };
}
