import type { AgendaItemSnapshot, MinutesDraftContent } from '@quorum/domain';
import { NotFoundError } from '@quorum/domain';
import { EntityManager, In } from 'typeorm';
import { MinutesDraftEntity } from '../entities/minutes-draft.entity';
import { MinutesCopy, MinutesPdfEntity } from '../entities/minutes-pdf.entity';
import { MeetingEntity } from '../entities/meeting.entity';
import { MinutesVersionEntity } from '../entities/minutes-version.entity';
import { agendaItemSnapshot, AgendaRepository } from './agenda.repository';
import { onePage } from './paging';

export type NewMinutesVersion = Pick<
  MinutesVersionEntity,
  'meetingId' | 'number' | 'language' | 'draft' | 'draftSha256' | 'requestedAt' | 'requestedBy'
>;

/** A stored PDF: its bytes, page count and SHA-256. */
export interface StoredPdf {
  pdf: Buffer;
  pages: number;
  sha256: string;
}

/** An approved version's public copy as open data lists it: no bytes, only what describes the file. */
export interface PublicMinutesFile {
  versionId: string;
  meetingId: string;
  meetingTitle: string;
  language: string;
  approvedAt: string;
  size: number;
  pages: number;
  sha256: string;
  storedAt: Date;
}

/** An approved version with the meeting it records, as a reader's list of minutes shows it. */
export interface ApprovedMinutes {
  version: MinutesVersionEntity;
  meeting: { id: string; title: string; startsAt: Date };
  body: { id: string; name: string; timeZone: string };
}

/** Which approved minutes a list holds: of these bodies (every body when absent), one page of them. */
export interface ApprovedMinutesFilter {
  bodyIds?: readonly string[];
  limit: number;
  offset: number;
}

/**
 * Where the PDFs of minutes versions are kept. PostgreSQL (bytea) today: a minutes PDF weighs tens
 * of kilobytes and then commits with its version's status; a file or object store can take its place.
 */
export interface MinutesPdfStore {
  /** Stores a copy once: false when that copy of the version was already stored (a retried job). */
  put(versionId: string, copy: MinutesCopy, pdf: StoredPdf): Promise<boolean>;
  get(versionId: string, copy: MinutesCopy): Promise<StoredPdf | null>;
}

/**
 * Every query on a meeting's minutes: the secretariat's draft and the rendered versions. Writes of
 * drafts and new versions assume the caller holds the meeting's lock (`meetings.lockWithBody`).
 */
export class MinutesRepository implements MinutesPdfStore {
  constructor(private readonly manager: EntityManager) {}

  private get drafts() {
    return this.manager.getRepository(MinutesDraftEntity);
  }

  private get versions() {
    return this.manager.getRepository(MinutesVersionEntity);
  }

  private get pdfs() {
    return this.manager.getRepository(MinutesPdfEntity);
  }

  draft(meetingId: string): Promise<MinutesDraftEntity | null> {
    return this.drafts.findOneBy({ meetingId });
  }

  saveDraft(meetingId: string, content: MinutesDraftContent, updatedBy: string): Promise<MinutesDraftEntity> {
    return this.drafts.save(this.drafts.create({ meetingId, ...content, updatedBy }));
  }

  /** The agenda the minutes follow: the last published version, or the working items when none was published. */
  async agendaAsHeld(meetingId: string): Promise<AgendaItemSnapshot[]> {
    const agenda = new AgendaRepository(this.manager);
    const published = await agenda.latestVersion(meetingId);
    const items = published?.items ?? (await agenda.itemsOf(meetingId)).map(agendaItemSnapshot);
    return [...items].sort((a, b) => a.position - b.position);
  }

  versionsOf(meetingId: string): Promise<MinutesVersionEntity[]> {
    return this.versions.find({ where: { meetingId }, order: { number: 'ASC' } });
  }

  /** Version `number` of a meeting's minutes, or a 404 naming it. */
  async version(meetingId: string, number: number, lock = false): Promise<MinutesVersionEntity> {
    const version = await this.versions.findOne({
      where: { meetingId, number },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!version) throw new NotFoundError('minutes_version.not_found', String(number), { meetingId });
    return version;
  }

  /** The version with this id, locked for the caller's transaction; null when there is none. */
  lockById(id: string): Promise<MinutesVersionEntity | null> {
    return this.versions.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  byId(id: string): Promise<MinutesVersionEntity | null> {
    return this.versions.findOneBy({ id });
  }

  /** The number of the meeting's approved version, if one is. */
  async approvedNumber(meetingId: string): Promise<number | null> {
    return (await this.versions.findOneBy({ meetingId, status: 'approved' }))?.number ?? null;
  }

  async nextNumber(meetingId: string): Promise<number> {
    const rows: { n: number }[] = await this.manager.query(
      `SELECT coalesce(max(number), 0)::int + 1 AS n FROM minutes_versions WHERE meeting_id = $1`,
      [meetingId],
    );
    return rows[0].n;
  }

  createVersion(fields: NewMinutesVersion): Promise<MinutesVersionEntity> {
    return this.versions.save(
      this.versions.create({
        ...fields,
        status: 'queued',
        renderedAt: null,
        pages: null,
        sha256: null,
        error: null,
        approval: null,
        approvedPages: null,
        approvedSha256: null,
      }),
    );
  }

  saveVersion(version: MinutesVersionEntity): Promise<MinutesVersionEntity> {
    return this.versions.save(version);
  }

  async put(versionId: string, copy: MinutesCopy, stored: StoredPdf): Promise<boolean> {
    const result = await this.manager
      .createQueryBuilder()
      .insert()
      .into(MinutesPdfEntity)
      .values({ versionId, copy, ...stored })
      .orIgnore()
      .returning(['versionId'])
      .execute();
    return result.raw.length > 0;
  }

  get(versionId: string, copy: MinutesCopy): Promise<StoredPdf | null> {
    return this.pdfs.findOne({ where: { versionId, copy }, select: { pdf: true, pages: true, sha256: true } });
  }

  /** The public copies of the approved minutes of a body's meetings, oldest meeting first (without their bytes). */
  async publicFilesOfBody(bodyId: string): Promise<PublicMinutesFile[]> {
    const rows: {
      version_id: string;
      meeting_id: string;
      meeting_title: string;
      language: string;
      approved_at: string;
      size: number;
      pages: number;
      sha256: string;
      stored_at: Date;
    }[] = await this.manager.query(
      `SELECT v.id AS version_id, m.id AS meeting_id, m.title AS meeting_title, v.language,
              v.approval->>'approvedAt' AS approved_at, octet_length(p.pdf)::int AS size, p.pages, p.sha256,
              p.stored_at
         FROM minutes_versions v
         JOIN meetings m ON m.id = v.meeting_id
         JOIN minutes_pdfs p ON p.version_id = v.id AND p.copy = 'public'
        WHERE m.body_id = $1 AND v.status = 'approved'
        ORDER BY m.starts_at, v.number`,
      [bodyId],
    );
    return rows.map((r) => ({
      versionId: r.version_id,
      meetingId: r.meeting_id,
      meetingTitle: r.meeting_title,
      language: r.language,
      approvedAt: r.approved_at,
      size: r.size,
      pages: r.pages,
      sha256: r.sha256,
      storedAt: r.stored_at,
    }));
  }

  /** One page of approved minutes, the latest meeting first, plus whether more rows follow. */
  async approved(filter: ApprovedMinutesFilter): Promise<{ items: ApprovedMinutes[]; more: boolean }> {
    if (filter.bodyIds?.length === 0) return { items: [], more: false };
    const q = this.versions
      .createQueryBuilder('v')
      .innerJoin(MeetingEntity, 'm', 'm.id = v.meeting_id')
      .where(`v.status = 'approved'`);
    if (filter.bodyIds) q.andWhere('m.body_id IN (:...bodyIds)', { bodyIds: filter.bodyIds });
    const { items: page, more } = await onePage(q.orderBy('m.starts_at', 'DESC').addOrderBy('v.id', 'ASC'), filter);
    const meetings = page.length
      ? await this.manager
          .getRepository(MeetingEntity)
          .find({ where: { id: In(page.map((v) => v.meetingId)) }, relations: { body: true } })
      : [];
    const items = page.map((version) => {
      // The page's meetings were joined above: each version finds its own.
      const { id, title, startsAt, body } = meetings.find((m) => m.id === version.meetingId)!;
      return {
        version,
        meeting: { id, title, startsAt },
        body: { id: body!.id, name: body!.name, timeZone: body!.meetingSlot.timeZone },
      };
    });
    return { items, more };
  }

  /** Which copies of a version are stored (without their bytes). */
  async copiesOf(versionId: string): Promise<MinutesCopy[]> {
    const rows = await this.pdfs.find({ where: { versionId }, select: { copy: true } });
    return rows.map((r) => r.copy);
  }
}
