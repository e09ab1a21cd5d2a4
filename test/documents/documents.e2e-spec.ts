import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AUDIT_CHAIN_LOCK } from '@quorum/db';
import { Client } from 'pg';
import { aGramLikeBody, aMeeting, aSittingMember, aUserWithRole } from '../harness/fixtures';
import { HttpClient } from '../harness/http-client';
import { startTestApp, TestApp } from '../harness/test-app';
import { waitFor } from '../harness/wait';
import { aDocx, aForm, aJpeg, anExe, anOdt, anXlsx, aPdf, aPng, sha256Of } from './sample-files';

// Logins hash argon2 passwords: generous limits, so a loaded machine is never a failure.
jest.setTimeout(120_000);

const MAX_BYTES = 64 * 1024;

/**
 * Meeting documents (issue 13, point 15): the secretariat uploads them (type read from the bytes,
 * size limited, SHA-256 checked), attaches them to agenda items, and whoever reads the published
 * agenda downloads them with the headers a browser needs; the stored bytes are checked on every read.
 */
describe('meeting documents', () => {
  let t: TestApp;
  let secretariat: HttpClient;
  let member: HttpClient;
  let memberOfB: HttpClient;
  let direction: HttpClient;
  let bodyA: string;

  beforeAll(async () => {
    t = await startTestApp({ DOCUMENT_MAX_BYTES: String(MAX_BYTES) });
    bodyA = (await aGramLikeBody(t, { name: 'Comité A' })).id;
    const bodyB = (await aGramLikeBody(t, { name: 'Comité B' })).id;
    secretariat = (await aUserWithRole(t, 'secretariat')).http;
    direction = (await aUserWithRole(t, 'direction')).http;
    member = (await aUserWithRole(t, 'member', (await aSittingMember(t, bodyA, 'association')).personId)).http;
    memberOfB = (await aUserWithRole(t, 'member', (await aSittingMember(t, bodyB, 'association')).personId)).http;
  });
  afterAll(() => t.close());

  /** A meeting of body A with one item on its working agenda. */
  async function aMeetingWithAnItem(): Promise<{ meetingId: string; itemId: string }> {
    const meeting = await aMeeting(t, bodyA);
    const item = await secretariat.post(`/meetings/${meeting.id}/agenda/items`, {
      title: 'Bilan du partenariat',
      kind: 'discussion',
    });
    return { meetingId: meeting.id, itemId: item.body.id };
  }

  /** The documents an item of the working agenda lists. */
  const documentsOf = async (meetingId: string, itemId: string) =>
    (await secretariat.get(`/meetings/${meetingId}/agenda`)).body.items.find((i: { id: string }) => i.id === itemId)
      .documents;

  const upload = (meetingId: string, bytes: Uint8Array, name: string, fields: Record<string, string> = {}) =>
    secretariat.multipart(`/meetings/${meetingId}/documents`, aForm(bytes, name, fields));

  it.each([
    ['PDF', 'Note.pdf', aPdf, 'application/pdf'],
    ['PNG', 'Schéma.png', async () => aPng(), 'image/png'],
    ['JPEG', 'Photo.jpg', async () => aJpeg(), 'image/jpeg'],
    ['ODT', 'Compte rendu.odt', async () => anOdt(), 'application/vnd.oasis.opendocument.text'],
    [
      'DOCX',
      'Rapport.docx',
      async () => aDocx(),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    ['XLSX', 'Budget.xlsx', async () => anXlsx(), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  ])('takes a %s, its type read from its bytes whatever the client declares', async (_kind, name, make, mediaType) => {
    const { meetingId } = await aMeetingWithAnItem();
    const bytes = await make();
    const response = await secretariat.multipart(
      `/meetings/${meetingId}/documents`,
      aForm(bytes, name, {}, 'text/plain'),
    );
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      meetingId,
      name,
      mediaType,
      size: bytes.length,
      sha256: sha256Of(bytes),
      onPublishedAgenda: false,
    });
  });

  it('refuses an executable renamed .pdf with 415 naming the allowed types, in French by default', async () => {
    const { meetingId } = await aMeetingWithAnItem();
    const response = await secretariat.multipart(
      `/meetings/${meetingId}/documents`,
      aForm(anExe(), 'Note.pdf', {}, 'application/pdf'),
    );
    expect(response.status).toBe(415);
    // French by default, naming every kind Quorum keeps.
    expect(response.body).toMatchObject({
      code: 'document.type_unsupported',
      message:
        'Quorum ne conserve que des documents PDF, ODT, DOCX, XLSX, PNG ou JPEG\u202f; ce fichier n’en est pas un ' +
        '(son type est lu dans son contenu, non dans son nom)',
    });
    expect(response.body.details).toEqual([
      expect.objectContaining({ field: 'file', code: 'document.file_type_unsupported' }),
    ]);
    expect(await t.sql('SELECT id FROM meeting_documents WHERE meeting_id = $1', [meetingId])).toEqual([]);
  });

  it('refuses a file larger than DOCUMENT_MAX_BYTES with 413, and keeps nothing of it', async () => {
    const { meetingId } = await aMeetingWithAnItem();
    const big = Buffer.concat([await aPdf(), Buffer.alloc(MAX_BYTES, 0x20)]);
    const response = await upload(meetingId, big, 'Trop gros.pdf');
    expect(response.status).toBe(413);
    expect(response.body).toMatchObject({
      statusCode: 413,
      code: 'document.too_large',
      message: 'Un document ne peut pas dépasser 64\u00a0Kio\u202f; ce fichier est plus volumineux',
      details: [{ field: 'file', code: 'document.file_too_large' }],
    });
    expect(existsSync(join(t.config.documents.dir, sha256Of(big)))).toBe(false);
    expect(readdirSync(join(t.config.documents.dir, '.staging'))).toEqual([]);
  });

  it('refuses with 422 a file whose SHA-256 is not the one the client sent', async () => {
    const { meetingId } = await aMeetingWithAnItem();
    const pdf = await aPdf('Sha');
    const response = await upload(meetingId, pdf, 'Note.pdf', { sha256: sha256Of(Buffer.from('autre chose')) });
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('document.sha256_mismatch');
    expect(response.body.details).toEqual([
      expect.objectContaining({ field: 'sha256', code: 'document.sha256_expected' }),
    ]);
    const good = await upload(meetingId, pdf, 'Note.pdf', { sha256: sha256Of(pdf).toUpperCase() });
    expect(good.status).toBe(201);
  });

  it('refuses a request without a file, with unknown fields or as JSON, with 4xx naming the problem', async () => {
    const { meetingId } = await aMeetingWithAnItem();
    const noFile = new FormData();
    noFile.append('title', 'Sans fichier');
    const withoutFile = await secretariat.multipart(`/meetings/${meetingId}/documents`, noFile);
    expect(withoutFile.status).toBe(400);
    expect(withoutFile.body.details).toEqual([
      expect.objectContaining({ field: 'file', code: 'document.file_required' }),
    ]);
    const unknown = await upload(meetingId, aPng(), 'a.png', { colour: 'red' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.details).toEqual([
      expect.objectContaining({ field: 'colour', code: 'document.unknown_field' }),
    ]);
    const badItem = await upload(meetingId, aPng(), 'a.png', { itemId: 'not-a-uuid' });
    expect(badItem.status).toBe(400);
    expect(badItem.body.details).toEqual([expect.objectContaining({ field: 'itemId', code: 'validation.is_uuid' })]);
    const badSha = await upload(meetingId, aPng(), 'a.png', { sha256: 'abc' });
    expect(badSha.body.details).toEqual([
      expect.objectContaining({ field: 'sha256', code: 'validation.sha256_any_case' }),
    ]);
    const json = await secretariat.request(
      'POST',
      `/meetings/${meetingId}/documents`,
      { file: 'x' },
      {
        'accept-language': 'en',
      },
    );
    expect(json.status).toBe(415);
    expect(json.body).toMatchObject({
      code: 'document.multipart_required',
      message: 'Send the document as multipart/form-data, the file in the field “file”',
    });
  });

  it('serves the same bytes with the headers a browser needs, accents in the file name included', async () => {
    const { meetingId, itemId } = await aMeetingWithAnItem();
    const pdf = await aPdf('Prévention');
    const name = 'Note de cadrage – Été 2027.pdf';
    const uploaded = await upload(meetingId, pdf, name, { itemId, title: 'Note de cadrage' });
    expect(uploaded.status).toBe(201);
    const download = await secretariat.bytes(`/documents/${uploaded.body.id}`);
    expect(download.status).toBe(200);
    expect(download.bytes.equals(pdf)).toBe(true);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-length')).toBe(String(pdf.length));
    expect(download.headers.get('content-disposition')).toBe(
      `attachment; filename="Note de cadrage _ Ete 2027.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`,
    );
    expect(download.headers.get('etag')).toBe(`"${sha256Of(pdf)}"`);
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(download.headers.get('cache-control')).toMatch(/^private\b/);
  });

  it('attaches a document to its item, and a republished agenda lists its documents', async () => {
    const { meetingId, itemId } = await aMeetingWithAnItem();
    const pdf = await aPdf('Version');
    const uploaded = await upload(meetingId, pdf, 'Rapport.pdf', { itemId });
    expect(await documentsOf(meetingId, itemId)).toEqual([
      {
        documentId: uploaded.body.id,
        name: 'Rapport.pdf',
        type: 'application/pdf',
        size: pdf.length,
        sha256: sha256Of(pdf),
      },
    ]);
    expect((await secretariat.post(`/meetings/${meetingId}/agenda/publish`, {})).status).toBe(201);
    const annex = await upload(meetingId, aPng(), 'Annexe.png');
    expect((await secretariat.put(`/agenda-items/${itemId}/documents/${annex.body.id}`)).status).toBe(200);
    const v2 = await secretariat.post(`/meetings/${meetingId}/agenda/publish`, { changeNote: 'Annexe ajoutée' });
    expect(v2.status).toBe(201);
    const item = v2.body.items.find((i: { id: string }) => i.id === itemId);
    expect(item.documents.map((d: { documentId: string }) => d.documentId)).toEqual([uploaded.body.id, annex.body.id]);
    const diff = await member.get(`/meetings/${meetingId}/agenda/versions/1/diff/2`);
    expect(diff.body.changed).toEqual([
      expect.objectContaining({ id: itemId, changes: [expect.objectContaining({ field: 'documents' })] }),
    ]);
    // Detaching is a change of the agenda too; the document stays with the meeting.
    expect((await secretariat.delete(`/agenda-items/${itemId}/documents/${annex.body.id}`)).status).toBe(204);
    const after = await secretariat.get(`/meetings/${meetingId}/agenda`);
    expect(after.body.unpublishedChanges).toBe(true);
    expect((await secretariat.get(`/meetings/${meetingId}/documents`)).body).toHaveLength(2);
  });

  it('refuses to attach a document of another meeting, or to name one on an item that it is not', async () => {
    const first = await aMeetingWithAnItem();
    const second = await aMeetingWithAnItem();
    const elsewhere = await upload(second.meetingId, aPng(), 'Ailleurs.png');
    const attached = await secretariat.put(`/agenda-items/${first.itemId}/documents/${elsewhere.body.id}`);
    expect(attached.status).toBe(404);
    expect(attached.body.code).toBe('document_of_meeting.not_found');
    const patched = await secretariat.patch(`/agenda-items/${first.itemId}`, {
      documents: [{ documentId: elsewhere.body.id, name: 'x', type: 'image/png', size: 1, sha256: '0'.repeat(64) }],
    });
    expect(patched.status).toBe(400);
    expect(patched.body.details).toEqual([
      expect.objectContaining({ field: 'documents', code: 'document.references_unknown' }),
    ]);
  });

  it('lets members of the body and the direction read a published document, not a member of another body', async () => {
    const { meetingId, itemId } = await aMeetingWithAnItem();
    const pdf = await aPdf('Publié');
    const uploaded = await upload(meetingId, pdf, 'Publié.pdf', { itemId });
    await secretariat.post(`/meetings/${meetingId}/agenda/publish`, {});
    const path = `/documents/${uploaded.body.id}`;
    expect((await member.bytes(path)).bytes.equals(pdf)).toBe(true);
    expect((await direction.bytes(path)).status).toBe(200);
    expect((await memberOfB.bytes(path)).status).toBe(403);
    expect((await memberOfB.get(`/meetings/${meetingId}/documents`)).status).toBe(403);
    const listed = await member.get(`/meetings/${meetingId}/documents`);
    expect(listed.body).toEqual([expect.objectContaining({ id: uploaded.body.id, onPublishedAgenda: true })]);
  });

  it('hides from members a document that only the unpublished draft lists', async () => {
    const { meetingId, itemId } = await aMeetingWithAnItem();
    await secretariat.post(`/meetings/${meetingId}/agenda/publish`, {});
    const draft = await upload(meetingId, await aPdf('Brouillon'), 'Brouillon.pdf', { itemId });
    expect((await member.bytes(`/documents/${draft.body.id}`)).status).toBe(404);
    expect((await direction.bytes(`/documents/${draft.body.id}`)).status).toBe(404);
    expect((await member.get(`/meetings/${meetingId}/documents`)).body).toEqual([]);
    expect((await secretariat.bytes(`/documents/${draft.body.id}`)).status).toBe(200);
    expect((await member.multipart(`/meetings/${meetingId}/documents`, aForm(aPng(), 'a.png'))).status).toBe(403);
  });

  it('deletes a document no published agenda lists, detaching it; refuses with 409 once published', async () => {
    const { meetingId, itemId } = await aMeetingWithAnItem();
    const draft = await upload(meetingId, await aPdf('À retirer'), 'À retirer.pdf', { itemId });
    expect((await secretariat.delete(`/documents/${draft.body.id}`)).status).toBe(204);
    expect(await documentsOf(meetingId, itemId)).toEqual([]);
    expect((await secretariat.bytes(`/documents/${draft.body.id}`)).status).toBe(404);
    expect(existsSync(join(t.config.documents.dir, draft.body.sha256))).toBe(false);

    const kept = await upload(meetingId, await aPdf('Publié, gardé'), 'Gardé.pdf', { itemId });
    await secretariat.post(`/meetings/${meetingId}/agenda/publish`, {});
    const refused = await secretariat.delete(`/documents/${kept.body.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'document.listed_by_published_agenda' });
    expect(refused.body.message).toContain('figure dans 1 version publiée de l’ordre du jour (1)');
    // Detached and republished, it is still on version 1: a published version is a record.
    await secretariat.delete(`/agenda-items/${itemId}/documents/${kept.body.id}`);
    await secretariat.post(`/meetings/${meetingId}/agenda/publish`, { changeNote: 'Document retiré' });
    expect((await secretariat.delete(`/documents/${kept.body.id}`)).status).toBe(409);
  });

  it('records each upload, attachment and deletion in the audit log', async () => {
    const { meetingId, itemId } = await aMeetingWithAnItem();
    const uploaded = await upload(meetingId, aJpeg(), 'Photo.jpg', { itemId });
    await secretariat.delete(`/documents/${uploaded.body.id}`);
    const events = await t.sql(`SELECT action, entity_id FROM audit_events WHERE entity_id IN ($1, $2) ORDER BY seq`, [
      uploaded.body.id,
      itemId,
    ]);
    expect(events.map((e) => e.action)).toEqual([
      'agenda.item.add',
      'document.upload',
      'agenda.item.document.attach',
      'agenda.item.document.detach',
      'document.delete',
    ]);
    const [upload_] = await t.sql(
      `SELECT after FROM audit_events WHERE action = 'document.upload' AND entity_id = $1`,
      [uploaded.body.id],
    );
    expect(upload_.after).toMatchObject({ sha256: sha256Of(aJpeg()), mediaType: 'image/jpeg', name: 'Photo.jpg' });
  });

  it('stores the same file uploaded twice once on disk, and keeps it while a document uses it', async () => {
    const { meetingId } = await aMeetingWithAnItem();
    const pdf = await aPdf('Deux fois');
    const first = await upload(meetingId, pdf, 'Première.pdf');
    const second = await upload(meetingId, pdf, 'Seconde.pdf');
    expect(first.body.id).not.toBe(second.body.id);
    const stored = readdirSync(t.config.documents.dir).filter((f) => f === sha256Of(pdf));
    expect(stored).toEqual([sha256Of(pdf)]);
    await secretariat.delete(`/documents/${first.body.id}`);
    expect((await secretariat.bytes(`/documents/${second.body.id}`)).bytes.equals(pdf)).toBe(true);
    await secretariat.delete(`/documents/${second.body.id}`);
    expect(existsSync(join(t.config.documents.dir, sha256Of(pdf)))).toBe(false);
  });

  /**
   * An upload whose database connection is lost after it stored its bytes: the test holds the audit
   * chain's lock, which the upload takes last in its transaction, and cuts the upload's connection
   * while it waits there, as a PostgreSQL restart would.
   */
  async function anUploadLosingItsDatabase(meetingId: string, bytes: Buffer, name: string) {
    const holder = new Client({ connectionString: t.config.database.url });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK]);
      const response = upload(meetingId, bytes, name);
      const pid = await waitFor(
        'the upload waiting for the audit chain',
        async () =>
          (
            await t.sql<{ pid: number }>(
              `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'
                 AND query LIKE 'SELECT pg_advisory_xact_lock(%'`,
            )
          )[0]?.pid,
        30_000,
      );
      const storedWhileWaiting = existsSync(join(t.config.documents.dir, sha256Of(bytes)));
      await t.sql('SELECT pg_terminate_backend($1)', [pid]);
      return { response: await response, storedWhileWaiting };
    } finally {
      await holder.end();
    }
  }

  it('removes the bytes of an upload whose transaction fails after storing them, unless a document has them', async () => {
    const { meetingId } = await aMeetingWithAnItem();
    const lone = await aPdf('Jamais enregistré');
    const lost = await anUploadLosingItsDatabase(meetingId, lone, 'Perdu.pdf');
    expect([lost.storedWhileWaiting, lost.response.status, lost.response.body.code]).toEqual([
      true,
      503,
      'database.unavailable',
    ]);
    expect(await t.sql('SELECT id FROM meeting_documents WHERE sha256 = $1', [sha256Of(lone)])).toEqual([]);
    expect(existsSync(join(t.config.documents.dir, sha256Of(lone)))).toBe(false);
    expect(readdirSync(join(t.config.documents.dir, '.staging'))).toEqual([]);

    // The same bytes, already a document's: they stay, and that document is still served whole.
    const shared = await aPdf('Déjà là');
    const first = await upload(meetingId, shared, 'Premier.pdf');
    const again = await anUploadLosingItsDatabase(meetingId, shared, 'Second.pdf');
    expect(again.response.status).toBe(503);
    expect((await secretariat.bytes(`/documents/${first.body.id}`)).bytes.equals(shared)).toBe(true);
  });

  it('never serves altered bytes: 503 with a clear message', async () => {
    const { meetingId } = await aMeetingWithAnItem();
    const pdf = await aPdf('Intègre');
    const uploaded = await upload(meetingId, pdf, 'Intègre.pdf');
    writeFileSync(join(t.config.documents.dir, sha256Of(pdf)), Buffer.concat([pdf, Buffer.from('%% altered')]));
    const response = await secretariat.get(`/documents/${uploaded.body.id}`);
    expect(response.status).toBe(503);
    expect(response.body).toMatchObject({
      code: 'document.content_altered',
      message: expect.stringContaining('ne correspond plus à son empreinte SHA-256'),
    });
  });

  it('answers 404 for a document or meeting that does not exist, and 400 for a malformed id', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await secretariat.get(`/documents/${missing}`)).body).toMatchObject({
      statusCode: 404,
      code: 'document.not_found',
    });
    expect((await member.get(`/documents/${missing}`)).status).toBe(404);
    expect((await upload(missing, aPng(), 'a.png')).status).toBe(404);
    expect((await secretariat.get('/documents/nope')).body.details).toEqual([
      expect.objectContaining({ field: 'documentId', code: 'validation.is_uuid' }),
    ]);
  });
});
