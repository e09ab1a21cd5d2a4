import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import {
  AgendaItemEntity,
  agendaReferenceOf,
  DocumentStorage,
  MeetingDocumentEntity,
  Repositories,
  stateOf,
  UnitOfWork,
  Work,
} from '@quorum/db';
import {
  assertDocumentDeletable,
  assertExpectedSha256,
  assertMeetingAllows,
  canReadDocument,
  DOCUMENT_TYPES,
  documentFileName,
  documentTypeUnsupported,
  NotFoundError,
  sniffDocumentType,
  UnavailableError,
} from '@quorum/domain';
import type { FastifyRequest } from 'fastify';
import type { Readable } from 'node:stream';
import { AuthenticatedUser } from '../auth/authenticated-user';
import { validated } from '../common/validated';
import { UploadDocumentFieldsDto } from './dto/document.dto';
import { DocumentResponse, toDocumentResponse } from './dto/document.response';
import { receiveUpload } from './multipart-upload';

/** A document ready to be sent: its row and its bytes, checked against their SHA-256. */
export interface DocumentDownload {
  document: MeetingDocumentEntity;
  size: number;
  open(): Readable;
}

/**
 * Meeting documents: uploaded by the secretariat (type read from the bytes, SHA-256 checked),
 * attached to agenda items, served to whoever reads the agenda that lists them.
 */
@Injectable()
export class DocumentsService {
  private readonly logger = new Logger('Documents');

  constructor(
    private readonly repos: Repositories,
    private readonly unitOfWork: UnitOfWork,
    private readonly storage: DocumentStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async upload(actorId: string, meetingId: string, request: FastifyRequest): Promise<DocumentResponse> {
    await this.repos.meetings.assertExists(meetingId);
    const { staged, fileName, fields } = await receiveUpload(request, this.storage, this.config.documents.maxBytes);
    let kept = false;
    try {
      const dto = await validated(UploadDocumentFieldsDto, fields);
      const kind = sniffDocumentType(staged.head, staged.tail);
      if (kind === null) throw documentTypeUnsupported();
      assertExpectedSha256(dto.sha256, staged.sha256);
      return await this.unitOfWork.run(actorId, async (work) => {
        const { repos, audit } = work;
        const { meeting } = await repos.meetings.lockWithBody(meetingId);
        const item = dto.itemId === undefined ? undefined : await itemOfMeeting(repos, dto.itemId, meetingId);
        if (item) assertMeetingAllows(meeting.status, 'editAgenda');
        // Under the content's lock: a concurrent delete cannot remove the bytes this row is about to name.
        await repos.documents.lockContent(staged.sha256);
        await this.storage.keep(staged);
        kept = true;
        const document = await repos.documents.create({
          meetingId,
          name: documentFileName(fileName, DOCUMENT_TYPES[kind].extension),
          title: dto.title?.trim() || null,
          mediaType: DOCUMENT_TYPES[kind].mediaType,
          size: staged.size,
          sha256: staged.sha256,
          uploadedBy: actorId,
        });
        audit({ action: 'document.upload', entityType: 'document', entityId: document.id, after: stateOf(document) });
        if (item) await attachTo(work, item, document);
        return toDocumentResponse(document, false);
      });
    } catch (error) {
      // The row naming the bytes did not commit: they are nobody's, unless another document has the same.
      if (kept) await this.forgetUnreferenced(actorId, staged.sha256);
      throw error;
    } finally {
      // Kept bytes are no longer staged; anything refused is dropped.
      await this.storage.discard(staged);
    }
  }

  /** The meeting's documents; others than the staff see those a published agenda lists. */
  async list(reader: AuthenticatedUser, meetingId: string): Promise<DocumentResponse[]> {
    await this.repos.meetings.assertExists(meetingId);
    const [documents, published] = await Promise.all([
      this.repos.documents.ofMeeting(meetingId),
      this.repos.documents.publishedIds(meetingId),
    ]);
    return documents
      .filter((d) => canReadDocument(reader.role, published.has(d.id)))
      .map((d) => toDocumentResponse(d, published.has(d.id)));
  }

  /** The document's bytes, re-checked against its SHA-256: altered or lost bytes are never served. */
  async download(reader: AuthenticatedUser, documentId: string): Promise<DocumentDownload> {
    const document = await this.repos.documents.get(documentId);
    const listing = await this.repos.documents.publishedVersionsListing(document.meetingId, documentId);
    // A document on a draft only is the secretariat's: to others it does not exist yet.
    if (!canReadDocument(reader.role, listing.length > 0)) throw new NotFoundError('document.not_found', documentId);
    const content = await this.storage.read(document.sha256);
    if (content.state === 'intact') return { document, size: content.size, open: content.open };
    this.logger.error(
      {
        documentId,
        sha256: document.sha256,
        state: content.state,
        ...(content.state === 'altered' ? { actualSha256: content.actualSha256 } : {}),
      },
      `Stored bytes of document ${documentId} ${content.state === 'missing' ? 'are missing' : 'no longer match their SHA-256'}`,
    );
    throw new UnavailableError(content.state === 'missing' ? 'document.content_missing' : 'document.content_altered', {
      id: documentId,
    });
  }

  /** Deletes a document no published agenda lists, detaching it from the working agenda. */
  async remove(actorId: string, documentId: string): Promise<void> {
    const sha256 = await this.unitOfWork.run(actorId, async (work) => {
      const { repos, audit } = work;
      const found = await repos.documents.get(documentId);
      await repos.meetings.lockWithBody(found.meetingId);
      const document = await repos.documents.get(documentId);
      assertDocumentDeletable(
        documentId,
        await repos.documents.publishedVersionsListing(document.meetingId, documentId),
      );
      for (const item of await repos.agenda.itemsOf(document.meetingId)) {
        if (item.documents.some((d) => d.documentId === documentId)) await detachFrom(work, item, documentId);
      }
      await repos.documents.remove(documentId);
      audit({ action: 'document.delete', entityType: 'document', entityId: documentId, before: stateOf(document) });
      return document.sha256;
    });
    // The bytes go with their last document (same bytes uploaded twice are kept once), once the
    // deletion has committed: removed before, they would be lost to a row whose deletion then failed.
    await this.forgetUnreferenced(actorId, sha256);
  }

  /**
   * Removes the bytes under `sha256` when no document names them, under the content's lock (an
   * upload keeps bytes under it until it commits, so none is counted out while it is under way).
   * Failing, it leaves the bytes and says so: an unreferenced file is waste, a missing one is loss.
   */
  private async forgetUnreferenced(actorId: string, sha256: string): Promise<void> {
    try {
      await this.unitOfWork.run(actorId, async ({ repos }) => {
        await repos.documents.lockContent(sha256);
        if ((await repos.documents.countWithContent(sha256)) === 0) await this.storage.remove(sha256);
      });
    } catch (error) {
      this.logger.warn(
        { sha256, err: error },
        `Stored bytes ${sha256} may be left without a document: ${error instanceof Error ? error.message : error}`,
      );
    }
  }

  /** Lists a document of the meeting on one of its agenda items (once). */
  attach(actorId: string, itemId: string, documentId: string): Promise<DocumentResponse> {
    return this.unitOfWork.run(actorId, async (work) => {
      const { item, document } = await lockItemAndDocument(work.repos, itemId, documentId);
      if (!item.documents.some((d) => d.documentId === documentId)) await attachTo(work, item, document);
      const listing = await work.repos.documents.publishedVersionsListing(document.meetingId, documentId);
      return toDocumentResponse(document, listing.length > 0);
    });
  }

  /** Takes a document off an agenda item; the document stays with the meeting. */
  async detach(actorId: string, itemId: string, documentId: string): Promise<void> {
    await this.unitOfWork.run(actorId, async (work) => {
      const { item } = await lockItemAndDocument(work.repos, itemId, documentId);
      if (!item.documents.some((d) => d.documentId === documentId)) {
        throw new NotFoundError('document_on_item.not_found', documentId, { itemId });
      }
      await detachFrom(work, item, documentId);
    });
  }
}

/** The item, when it is on this meeting's agenda; else a 404 naming it. */
async function itemOfMeeting(repos: Repositories, itemId: string, meetingId: string): Promise<AgendaItemEntity> {
  const item = await repos.agenda.item(itemId);
  if (item.meetingId !== meetingId) throw new NotFoundError('agenda_item_of_meeting.not_found', itemId, { meetingId });
  return item;
}

/** Locks the item's meeting, checks its agenda may change, and finds the document among the meeting's. */
async function lockItemAndDocument(
  repos: Repositories,
  itemId: string,
  documentId: string,
): Promise<{ item: AgendaItemEntity; document: MeetingDocumentEntity }> {
  const found = await repos.agenda.item(itemId);
  const { meeting } = await repos.meetings.lockWithBody(found.meetingId);
  assertMeetingAllows(meeting.status, 'editAgenda');
  const item = await repos.agenda.item(itemId);
  const document = await repos.documents.get(documentId);
  if (document.meetingId !== item.meetingId) {
    throw new NotFoundError('document_of_meeting.not_found', documentId, { meetingId: item.meetingId });
  }
  return { item, document };
}

async function attachTo(
  { repos, audit }: Work,
  item: AgendaItemEntity,
  document: MeetingDocumentEntity,
): Promise<void> {
  const before = stateOf(item);
  item.documents = [...item.documents, agendaReferenceOf(document)];
  const saved = await repos.agenda.saveItem(item);
  audit({
    action: 'agenda.item.document.attach',
    entityType: 'agenda_item',
    entityId: item.id,
    before,
    after: stateOf(saved),
  });
}

async function detachFrom({ repos, audit }: Work, item: AgendaItemEntity, documentId: string): Promise<void> {
  const before = stateOf(item);
  item.documents = item.documents.filter((d) => d.documentId !== documentId);
  const saved = await repos.agenda.saveItem(item);
  audit({
    action: 'agenda.item.document.detach',
    entityType: 'agenda_item',
    entityId: item.id,
    before,
    after: stateOf(saved),
  });
}
