import { AgendaDocument, NotFoundError, ValidationError } from '@quorum/domain';
import { EntityManager, In } from 'typeorm';
import { AgendaVersionEntity } from '../entities/agenda-version.entity';
import { MeetingDocumentEntity } from '../entities/meeting-document.entity';

export type NewMeetingDocument = Pick<
  MeetingDocumentEntity,
  'meetingId' | 'name' | 'title' | 'mediaType' | 'size' | 'sha256' | 'uploadedBy'
>;

/** How an agenda item refers to an uploaded document: its id and a copy of what a reader needs. */
export function agendaReferenceOf(document: MeetingDocumentEntity): AgendaDocument {
  return {
    documentId: document.id,
    name: document.title ?? document.name,
    type: document.mediaType,
    size: document.size,
    sha256: document.sha256,
  };
}

/** Every query on meeting documents (their rows; the bytes are the DocumentStorage's). */
export class DocumentsRepository {
  constructor(private readonly manager: EntityManager) {}

  private get table() {
    return this.manager.getRepository(MeetingDocumentEntity);
  }

  /** The document, or a 404 naming it. */
  async get(id: string): Promise<MeetingDocumentEntity> {
    const document = await this.table.findOneBy({ id });
    if (!document) throw new NotFoundError('document.not_found', id);
    return document;
  }

  ofMeeting(meetingId: string): Promise<MeetingDocumentEntity[]> {
    return this.table.find({ where: { meetingId }, order: { uploadedAt: 'ASC', id: 'ASC' } });
  }

  create(fields: NewMeetingDocument): Promise<MeetingDocumentEntity> {
    return this.table.save(this.table.create(fields));
  }

  async remove(id: string): Promise<void> {
    await this.table.delete({ id });
  }

  /**
   * An item's documents as a client sent them, with each reference to an uploaded document checked
   * (a document of this meeting) and its metadata taken from it; declared-only entries pass as they are.
   */
  async asAgendaReferences(meetingId: string, documents: AgendaDocument[]): Promise<AgendaDocument[]> {
    const ids = documents.flatMap((d) => (d.documentId === undefined ? [] : [d.documentId]));
    const found = ids.length ? await this.table.findBy({ meetingId, id: In(ids) }) : [];
    const byId = new Map(found.map((d) => [d.id, d]));
    const unknown = ids.filter((id) => !byId.has(id));
    if (unknown.length > 0) {
      throw new ValidationError('document.references_unknown', { field: 'documents', ids: unknown.join(', ') }, [
        'documents',
      ]);
    }
    return documents.map((d) => (d.documentId === undefined ? d : agendaReferenceOf(byId.get(d.documentId)!)));
  }

  /** How many documents keep their bytes under `sha256`. */
  countWithContent(sha256: string): Promise<number> {
    return this.table.countBy({ sha256 });
  }

  /**
   * Serialises, until the transaction ends, every write that keeps or removes the bytes under
   * `sha256`, so that a removal never takes bytes a concurrent upload has just referred to.
   */
  async lockContent(sha256: string): Promise<void> {
    await this.manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 13))', [`document:${sha256}`]);
  }

  /** The numbers of the published agenda versions of its meeting that list the document. */
  async publishedVersionsListing(meetingId: string, documentId: string): Promise<number[]> {
    const rows = await this.manager
      .getRepository(AgendaVersionEntity)
      .createQueryBuilder('v')
      .select('v.number', 'number')
      .where('v.meeting_id = :meetingId', { meetingId })
      .andWhere('v.items @> :listing::jsonb', { listing: JSON.stringify([{ documents: [{ documentId }] }]) })
      .orderBy('v.number', 'ASC')
      .getRawMany<{ number: number }>();
    return rows.map((row) => Number(row.number));
  }

  /** The ids of the documents some published version of a meeting's agenda lists. */
  async publishedIds(meetingId: string): Promise<Set<string>> {
    const rows: { id: string }[] = await this.manager.query(
      `SELECT DISTINCT d->>'documentId' AS id
         FROM agenda_versions v, jsonb_array_elements(v.items) i, jsonb_array_elements(i->'documents') d
        WHERE v.meeting_id = $1 AND d ? 'documentId'`,
      [meetingId],
    );
    return new Set(rows.map((row) => row.id));
  }

  /** The body whose meeting holds the document, or undefined when there is no such document. */
  async bodyOf(documentId: string): Promise<string | undefined> {
    const rows: { body_id: string }[] = await this.manager.query(
      'SELECT m.body_id FROM meeting_documents d JOIN meetings m ON m.id = d.meeting_id WHERE d.id = $1',
      [documentId],
    );
    return rows[0]?.body_id;
  }
}
