import { DocumentStorage, StagedContent } from '@quorum/db';
import { documentTooLarge, DomainError, UnsupportedTypeError, ValidationError } from '@quorum/domain';
import type { FastifyRequest } from 'fastify';

/** What a multipart upload brought: the file, staged in the storage, its name, and the text fields. */
export interface ReceivedUpload {
  staged: StagedContent;
  fileName: string | undefined;
  fields: Record<string, string>;
}

/** The text fields an upload may carry besides its file. */
const FIELDS = ['itemId', 'title', 'sha256'];
/** The longest text field, in bytes (a title is at most 300 characters). */
const FIELD_BYTES = 1024;

/**
 * Reads a `multipart/form-data` request: one file in the field `file`, streamed into the storage's
 * staging area (hashed on the way, refused past `maxBytes`), and a few short text fields before or
 * after it. Whatever goes wrong is a 4xx naming the problem; staged bytes are discarded on failure.
 */
export async function receiveUpload(
  request: FastifyRequest,
  storage: DocumentStorage,
  maxBytes: number,
): Promise<ReceivedUpload> {
  if (!request.isMultipart()) {
    throw new UnsupportedTypeError('document.multipart_required', {}, ['body']);
  }
  let staged: StagedContent | undefined;
  let fileName: string | undefined;
  const fields: Record<string, string> = {};
  try {
    const parts = request.parts({
      limits: {
        files: 1,
        fields: FIELDS.length,
        fieldSize: FIELD_BYTES,
        fieldNameSize: 100,
        parts: 8,
        fileSize: maxBytes,
      },
    });
    for await (const part of readingParsed(parts, maxBytes)) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file') {
          throw new ValidationError('document.file_in_wrong_field', { field: part.fieldname }, [part.fieldname]);
        }
        fileName = part.filename;
        staged = await storage.stage(readingParsed<Uint8Array>(part.file, maxBytes), maxBytes);
      } else {
        if (!FIELDS.includes(part.fieldname)) {
          throw new ValidationError('document.unknown_field', { field: part.fieldname, fields: { allOf: FIELDS } }, [
            part.fieldname,
          ]);
        }
        if (part.valueTruncated) {
          throw new ValidationError('document.field_too_long', { field: part.fieldname, limit: FIELD_BYTES }, [
            part.fieldname,
          ]);
        }
        fields[part.fieldname] = String(part.value);
      }
    }
  } catch (error) {
    if (staged) await storage.discard(staged);
    // The parser's failures were turned into 4xx below; anything else (the disk) is ours.
    throw error;
  }
  if (!staged) {
    throw new ValidationError('document.file_required', {}, ['file']);
  }
  return { staged, fileName, fields };
}

/**
 * The parts, or a file's bytes, with a failure of the parser turned into a 4xx: a body cut short or
 * malformed, the client gone, the size limit crossed.
 */
async function* readingParsed<T>(source: AsyncIterable<T>, maxBytes: number): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<T>;
    try {
      next = await iterator.next();
    } catch (error) {
      throw asRequestError(error, maxBytes);
    }
    if (next.done) return;
    yield next.value;
  }
}

/** Maps what the multipart parser throws onto the contract: our own errors pass as they are. */
function asRequestError(error: unknown, maxBytes: number): unknown {
  if (error instanceof DomainError) return error;
  const code = (error as { code?: unknown } | undefined)?.code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') {
    return documentTooLarge(maxBytes);
  }
  if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') {
    return new ValidationError('document.too_many_parts', { fields: { allOf: FIELDS } }, ['body']);
  }
  // A body cut short or not shaped as multipart: the client's to fix, never a 500.
  return new ValidationError('document.multipart_unreadable', {}, ['body']);
}
