/**
 * The baseline Quorum is measured against: bare Fastify and `pg`, answering the agenda read, the
 * attendance read and the attendance write from the same database with the same JWT library, the
 * same domain rules (libs/domain) and the same audit chain, with byte-identical JSON. Every check
 * Quorum makes is made here too (token, current user and role, meeting state, membership, proxies);
 * only the framework and the ORM are gone, and each request costs the statements it needs.
 *
 * Run: node -r ./bench/register.cjs bench/bare-server.ts (PORT, DATABASE_URL, JWT_SECRET, AUDIT_KEY).
 */
import { chainHash, GENESIS_HASH, toJsonValue } from '@quorum/db/audit/audit-chain';
import {
  AgendaItemSnapshot,
  assertMeetingAllows,
  ATTENDANCE_STATUSES,
  AttendanceRecord,
  AttendanceStatus,
  Category,
  checkAttendanceChange,
  computeQuorum,
  DomainError,
  ForbiddenError,
  isSameAgenda,
  MeetingState,
  NotFoundError,
  pollMayOpen,
  QuorumRule,
  Role,
  ROLES,
  ValidationError,
  FieldProblem,
  translate,
} from '@quorum/domain';
import Fastify, { FastifyReply, FastifyRequest } from 'fastify';
import jwt from 'jsonwebtoken';
import { createSecretKey, randomUUID } from 'node:crypto';
import { Pool, PoolClient } from 'pg';

const NO_QUORUM_NOTE =
  'Reconvened on the same agenda after a meeting without quorum: this meeting deliberates with no quorum required (décret 2006-672).';
const AUDIT_CHAIN_LOCK = 7_274_261;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10, application_name: 'bench-bare' });
// Prepared once: handed a string, jsonwebtoken would first try it as a PEM public key on every call.
const auditKey = process.env.AUDIT_KEY ?? '';
const key = createSecretKey(Buffer.from(process.env.JWT_SECRET ?? '', 'utf8'));

type Db = Pool | PoolClient;
interface Caller {
  id: string;
  role: Role;
  personId: string | null;
}
interface MeetingRow {
  id: string;
  status: MeetingState;
  quorumRequired: boolean;
  startsAt: Date;
  bodyId: string;
  categories: Category[];
  quorum: QuorumRule;
  maxProxiesPerMember: number;
  timeZone: string;
}

class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
  }
}

/** The same checks as Quorum's guard: a valid token, a user that still exists, a role the route allows. */
async function authenticate(request: FastifyRequest, allowed: readonly Role[]): Promise<Caller> {
  const token = /^Bearer (\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
  if (!token) throw new HttpError(401, 'A bearer token is required (Authorization: Bearer <token>)');
  let sub: string;
  try {
    sub = (jwt.verify(token, key, { algorithms: ['HS256'] }) as { sub: string }).sub;
  } catch {
    throw new HttpError(401, 'The token is invalid or has expired; log in again');
  }
  const { rows } = await pool.query<{ role: Role; person_id: string | null }>(
    'SELECT role, person_id FROM users WHERE id = $1',
    [sub],
  );
  const user = rows[0];
  if (!user || !ROLES.includes(user.role)) throw new HttpError(401, 'The token belongs to no current user');
  if (!allowed.includes(user.role)) throw new HttpError(403, `The role ${user.role} may not call this route`);
  return { id: sub, role: user.role, personId: user.person_id };
}

function uuidParam(request: FastifyRequest, name: string): string {
  const value = (request.params as Record<string, string>)[name];
  if (!UUID.test(value)) throw new ValidationError('validation.is_uuid', { field: name }, [name]);
  return value;
}

async function loadMeeting(db: Db, meetingId: string, lock: boolean): Promise<MeetingRow> {
  const { rows } = await db.query<MeetingRow>(
    `SELECT m.id, m.status, m.quorum_required AS "quorumRequired", m.starts_at AS "startsAt", m.body_id AS "bodyId",
            b.categories, b.quorum, b.max_proxies_per_member AS "maxProxiesPerMember",
            b.meeting_slot->>'timeZone' AS "timeZone"
       FROM meetings m JOIN bodies b ON b.id = m.body_id WHERE m.id = $1${lock ? ' FOR UPDATE OF m' : ''}`,
    [meetingId],
  );
  if (!rows[0]) throw new NotFoundError('meeting.not_found', meetingId);
  return rows[0];
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function localDate(instant: Date, timeZone: string): string {
  let format = dateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateFormats.set(timeZone, format);
  }
  return format.format(instant);
}

interface Sitting {
  membershipId: string;
  personId: string;
  fullName: string;
  organisation: string | null;
  category: string;
  role: string;
}

/** The roll of a meeting: mandates sitting on its date and the attendance recorded, read once. */
async function roll(db: Db, meeting: MeetingRow): Promise<{ sitting: Sitting[]; attendance: AttendanceRecord[] }> {
  const date = localDate(meeting.startsAt, meeting.timeZone);
  const sitting = await db.query<Sitting>(
    `SELECT m.id AS "membershipId", m.person_id AS "personId", p.full_name AS "fullName", p.organisation,
            m.category, m.role
       FROM memberships m JOIN people p ON p.id = m.person_id
      WHERE m.body_id = $1 AND m.start_date <= $2 AND (m.end_date IS NULL OR m.end_date >= $2)
      ORDER BY m.category, p.full_name`,
    [meeting.bodyId, date],
  );
  const attendance = await db.query<AttendanceRecord>(
    `SELECT membership_id AS "membershipId", status, proxy_holder_membership_id AS "proxyHolderMembershipId"
       FROM attendances WHERE meeting_id = $1`,
    [meeting.id],
  );
  return { sitting: sitting.rows, attendance: attendance.rows };
}

function sheet(meeting: MeetingRow, sitting: Sitting[], attendance: AttendanceRecord[]) {
  const quorum = computeQuorum({
    rule: meeting.quorum,
    categories: meeting.categories,
    sitting,
    attendance,
    quorumRequired: meeting.quorumRequired,
  });
  const byMembership = new Map(attendance.map((a) => [a.membershipId, a]));
  const poll = pollMayOpen(meeting, quorum);
  return {
    meetingId: meeting.id,
    meetingStatus: meeting.status,
    quorumRequired: meeting.quorumRequired,
    quorumNote: meeting.quorumRequired ? null : NO_QUORUM_NOTE,
    members: sitting.map((m) => ({
      ...m,
      status: byMembership.get(m.membershipId)?.status ?? null,
      proxyHolderMembershipId: byMembership.get(m.membershipId)?.proxyHolderMembershipId ?? null,
      proxiesHeld: attendance.filter((a) => a.proxyHolderMembershipId === m.membershipId).map((a) => a.membershipId),
    })),
    quorum,
    canDecide: poll.allowed,
    cannotDecideBecause: poll.allowed ? null : translate(poll.code, poll.params),
  };
}

async function agenda(meetingId: string) {
  const meeting = await pool.query('SELECT 1 FROM meetings WHERE id = $1', [meetingId]);
  if (meeting.rowCount === 0) throw new NotFoundError('meeting.not_found', meetingId);
  const items = await pool.query(
    `SELECT id, position, title, kind, description, presenter, duration_minutes AS "durationMinutes",
            proposal_id AS "proposalId", documents, meeting_id AS "meetingId", standard
       FROM agenda_items WHERE meeting_id = $1 ORDER BY position`,
    [meetingId],
  );
  const version = await pool.query<{ number: number; items: AgendaItemSnapshot[] }>(
    'SELECT number, items FROM agenda_versions WHERE meeting_id = $1 ORDER BY number DESC LIMIT 1',
    [meetingId],
  );
  const latest = version.rows[0];
  const snapshots = items.rows.map(({ meetingId: _m, standard: _s, ...snapshot }) => snapshot as AgendaItemSnapshot);
  return {
    meetingId,
    publishedVersion: latest?.number ?? null,
    unpublishedChanges: latest ? !isSameAgenda(latest.items, snapshots) : items.rows.length > 0,
    items: items.rows,
  };
}

interface AttendanceBody {
  status?: unknown;
  proxyHolderMembershipId?: unknown;
}

function parseAttendance(body: AttendanceBody | undefined): Omit<AttendanceRecord, 'membershipId'> {
  const status = body?.status;
  const holder = body?.proxyHolderMembershipId ?? null;
  const problems: FieldProblem[] = [];
  if (!ATTENDANCE_STATUSES.includes(status as AttendanceStatus)) {
    problems.push({ field: 'status', code: 'validation.is_in', params: { values: ATTENDANCE_STATUSES.join(', ') } });
  }
  if (holder !== null && (typeof holder !== 'string' || !UUID.test(holder))) {
    problems.push({ field: 'proxyHolderMembershipId', code: 'validation.is_uuid' });
  }
  if (problems.length) throw new ValidationError('validation.failed', {}, problems);
  return { status: status as AttendanceStatus, proxyHolderMembershipId: holder as string | null };
}

/** The attendance write in one transaction: lock, check, upsert, audit, and the sheet from the roll read once. */
async function recordAttendance(caller: Caller, meetingId: string, membershipId: string, body: AttendanceBody) {
  const change: AttendanceRecord = { membershipId, ...parseAttendance(body) };
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const meeting = await loadMeeting(client, meetingId, true);
    const found = await client.query<{ body_id: string; person_id: string }>(
      'SELECT body_id, person_id FROM memberships WHERE id = $1',
      [membershipId],
    );
    const membership = found.rows[0];
    if (!membership || membership.body_id !== meeting.bodyId)
      throw new NotFoundError('membership.not_found', membershipId);
    if (caller.role === 'member') {
      if (!caller.personId || membership.person_id !== caller.personId) {
        throw new ForbiddenError('attendance.own_only');
      }
      if (change.status !== 'excused') {
        throw new ForbiddenError('attendance.excused_only');
      }
      assertMeetingAllows(meeting.status, 'declareOwnAttendance');
    } else {
      assertMeetingAllows(meeting.status, 'recordAttendance');
    }
    const { sitting, attendance } = await roll(client, meeting);
    checkAttendanceChange(change, {
      sittingIds: new Set(sitting.map((m) => m.membershipId)),
      attendance,
      maxProxiesPerMember: meeting.maxProxiesPerMember,
    });
    const existing = attendance.find((a) => a.membershipId === membershipId);
    const saved = await client.query<{ id: string }>(
      `INSERT INTO attendances (meeting_id, membership_id, status, proxy_holder_membership_id, recorded_by)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (meeting_id, membership_id) DO UPDATE
         SET status = EXCLUDED.status, proxy_holder_membership_id = EXCLUDED.proxy_holder_membership_id,
             recorded_by = EXCLUDED.recorded_by, recorded_at = now()
       RETURNING id`,
      [meetingId, membershipId, change.status, change.proxyHolderMembershipId, caller.id],
    );
    await appendAudit(client, {
      actorId: caller.id,
      action: 'attendance.record',
      entityType: 'attendance',
      entityId: saved.rows[0].id,
      before: existing
        ? {
            meetingId,
            membershipId,
            status: existing.status,
            proxyHolderMembershipId: existing.proxyHolderMembershipId,
          }
        : null,
      after: {
        meetingId,
        membershipId,
        status: change.status,
        proxyHolderMembershipId: change.proxyHolderMembershipId,
      },
    });
    await client.query('COMMIT');
    const after = [...attendance.filter((a) => a.membershipId !== membershipId), change];
    return sheet(meeting, sitting, existing ? attendance.map((a) => (a === existing ? change : a)) : after);
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

/** The same chained audit append as libs/db's appendAudit, in the caller's transaction. */
async function appendAudit(
  client: PoolClient,
  entry: { actorId: string; action: string; entityType: string; entityId: string; before: unknown; after: unknown },
): Promise<void> {
  await client.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK]);
  const last = await client.query<{ seq: string; hash: string }>(
    'SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1',
  );
  const seq = last.rows[0] ? Number(last.rows[0].seq) + 1 : 1;
  const prevHash = last.rows[0]?.hash ?? GENESIS_HASH;
  const now = new Date();
  const fields = {
    ...entry,
    seq,
    at: now.toISOString(),
    before: toJsonValue(entry.before),
    after: toJsonValue(entry.after),
  };
  await client.query(
    `INSERT INTO audit_events (seq, at, actor_id, action, entity_type, entity_id, before, after, prev_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      seq,
      now,
      entry.actorId,
      entry.action,
      entry.entityType,
      entry.entityId,
      JSON.stringify(fields.before),
      JSON.stringify(fields.after),
      prevHash,
      chainHash(auditKey, prevHash, fields),
    ],
  );
}

const STATUS_OF_KIND = {
  invalid: 400,
  unauthenticated: 401,
  not_found: 404,
  conflict: 409,
  rule: 422,
  forbidden: 403,
  rate_limited: 429,
  too_large: 413,
  unsupported_type: 415,
  unavailable: 503,
} as const;

function sendError(reply: FastifyReply, error: unknown): FastifyReply {
  const statusCode =
    error instanceof HttpError ? error.statusCode : error instanceof DomainError ? STATUS_OF_KIND[error.kind] : 500;
  const message = error instanceof Error ? error.message : String(error);
  if (statusCode === 500) console.error(error);
  return reply.status(statusCode).send({ statusCode, message });
}

async function main(): Promise<void> {
  const app = Fastify({ bodyLimit: 1_048_576, genReqId: () => randomUUID() });
  app.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
  app.get('/meetings/:meetingId/agenda', async (request, reply) => {
    try {
      await authenticate(request, ROLES);
      return await agenda(uuidParam(request, 'meetingId'));
    } catch (error) {
      return sendError(reply, error);
    }
  });
  app.get('/meetings/:meetingId/attendance', async (request, reply) => {
    try {
      await authenticate(request, ROLES);
      const meeting = await loadMeeting(pool, uuidParam(request, 'meetingId'), false);
      const { sitting, attendance } = await roll(pool, meeting);
      return sheet(meeting, sitting, attendance);
    } catch (error) {
      return sendError(reply, error);
    }
  });
  app.put('/meetings/:meetingId/attendance/:membershipId', async (request, reply) => {
    try {
      const caller = await authenticate(request, ['admin', 'secretariat', 'member']);
      const meetingId = uuidParam(request, 'meetingId');
      const membershipId = uuidParam(request, 'membershipId');
      return await recordAttendance(caller, meetingId, membershipId, request.body as AttendanceBody);
    } catch (error) {
      return sendError(reply, error);
    }
  });
  await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
  process.on('SIGTERM', () => void app.close().then(() => pool.end()));
}

void main();
