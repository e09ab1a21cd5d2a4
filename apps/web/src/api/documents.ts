import { useMutation, useQueryClient } from '@tanstack/react-query';
import { currentLanguage } from '../i18n';
import { api, ApiError, type ApiErrorBody, dataOf, type Schemas } from './client';
import { accessToken } from './session';

/*
 * Meeting documents: the secretariat uploads them to an agenda item (with progress) and takes them
 * off; readers of the published agenda download them. Every change refreshes the meeting's agenda.
 */

export type MeetingDocument = Schemas['DocumentResponse'];

/** The kinds Quorum keeps, by media type, as a person names them. */
const LABELS: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
};

/** "PDF" for application/pdf; the media type itself for a kind Quorum does not name. */
export function documentTypeLabel(mediaType: string): string {
  return LABELS[mediaType] ?? mediaType;
}

/** What the file input offers: the extensions of the kinds Quorum keeps (the API decides from the bytes). */
export const ACCEPTED_EXTENSIONS = ['.pdf', '.odt', '.docx', '.xlsx', '.png', '.jpg', '.jpeg'];

function useRefreshMeeting(meetingId: string) {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: ['meetings', meetingId] });
}

/**
 * Sends a file to `POST /meetings/:meetingId/documents`, attached to `itemId`. XMLHttpRequest, not
 * fetch: only it reports how much of the body has left, for the progress bar.
 */
function sendDocument(
  meetingId: string,
  itemId: string,
  file: File,
  onProgress: (fraction: number) => void,
): Promise<MeetingDocument> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    form.append('itemId', itemId);
    form.append('file', file, file.name);
    const request = new XMLHttpRequest();
    request.open('POST', `${location.origin}/meetings/${encodeURIComponent(meetingId)}/documents`);
    const token = accessToken();
    if (token) request.setRequestHeader('authorization', `Bearer ${token}`);
    request.setRequestHeader('accept-language', currentLanguage());
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        body = undefined;
      }
      if (request.status === 201) return resolve(body as MeetingDocument);
      const error = (body ?? {}) as Partial<ApiErrorBody>;
      reject(
        new ApiError({
          statusCode: request.status,
          error: error.error ?? request.statusText,
          message: error.message ?? request.statusText,
          ...(error.code ? { code: error.code } : {}),
          ...(error.details ? { details: error.details } : {}),
        }),
      );
    };
    request.onerror = () =>
      reject(new ApiError({ statusCode: 0, error: 'Network error', message: 'The upload did not reach Quorum' }));
    request.send(form);
  });
}

export function useUploadDocument(meetingId: string) {
  const onSuccess = useRefreshMeeting(meetingId);
  return useMutation({
    mutationFn: ({ itemId, file, onProgress }: { itemId: string; file: File; onProgress: (f: number) => void }) =>
      sendDocument(meetingId, itemId, file, onProgress),
    onSuccess,
  });
}

/**
 * Takes a document off an item; when no published agenda lists it, deletes it too, so that a file
 * attached by mistake does not linger (a published one stays: the published version is a record).
 */
export function useRemoveDocument(meetingId: string) {
  const onSuccess = useRefreshMeeting(meetingId);
  return useMutation({
    mutationFn: async ({ itemId, documentId }: { itemId: string; documentId: string }) => {
      dataOf(
        await api.DELETE('/agenda-items/{itemId}/documents/{documentId}', {
          params: { path: { itemId, documentId } },
        }),
      );
      const result = await api.DELETE('/documents/{documentId}', { params: { path: { documentId } } });
      // 409: a published agenda lists it; it stays with the meeting, off this item.
      if (!result.response.ok && result.response.status !== 409) dataOf(result);
    },
    onSuccess,
  });
}

/** The file name a download carries (`filename*`, RFC 5987), else `fallback`. */
function fileNameOf(response: Response, fallback: string): string {
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(response.headers.get('content-disposition') ?? '')?.[1];
  try {
    return encoded ? decodeURIComponent(encoded) : fallback;
  } catch {
    return fallback;
  }
}

/** Downloads a document with the reader's token, then hands it to the browser as a file under its own name. */
export async function downloadDocument(documentId: string, fallbackName: string): Promise<void> {
  const result = await api.GET('/documents/{documentId}', { params: { path: { documentId } }, parseAs: 'blob' });
  const blob = dataOf(result) as unknown as Blob;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameOf(result.response, fallbackName);
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file by now; the blob need not outlive this turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
