import { useState } from 'react';
import { FileTrigger, Label, ProgressBar } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../api/agenda-editing';
import { ApiError } from '../../api/client';
import { ACCEPTED_EXTENSIONS, documentTypeLabel, useRemoveDocument, useUploadDocument } from '../../api/documents';
import { Alert, Button } from '../../components/controls';
import { formatSize } from '../../components/format';
import styles from './item-documents.module.css';

/**
 * The documents of one agenda item as the secretariat prepares them: the list, a button that picks
 * a file and sends it at once (a progress bar while it travels), and one to take each off. What
 * happened is said in a live region, so that a screen reader hears the upload end or fail.
 */
export function ItemDocuments({
  meetingId,
  item,
  editable,
}: {
  meetingId: string;
  item: AgendaItem;
  editable: boolean;
}) {
  const { t } = useTranslation('documents');
  const upload = useUploadDocument(meetingId);
  const remove = useRemoveDocument(meetingId);
  const [progress, setProgress] = useState<{ name: string; fraction: number } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const uploaded = item.documents.filter((d) => d.documentId !== undefined);
  const declared = item.documents.filter((d) => d.documentId === undefined);

  const send = (files: FileList | null) => {
    const file = files?.[0];
    if (!file) return;
    setProgress({ name: file.name, fraction: 0 });
    setAnnouncement(t('prep.uploading', { name: file.name }));
    upload.mutate(
      { itemId: item.id, file, onProgress: (fraction) => setProgress({ name: file.name, fraction }) },
      {
        onSuccess: (document) =>
          setAnnouncement(
            t('prep.uploaded', {
              name: document.name,
              title: item.title,
              type: documentTypeLabel(document.mediaType),
              size: formatSize(document.size),
            }),
          ),
        onError: () => setAnnouncement(''),
        onSettled: () => setProgress(null),
      },
    );
  };

  return (
    <section className={styles.documents} aria-label={t('prep.heading', { title: item.title })}>
      <h4 className={styles.heading}>{t('prep.title')}</h4>
      {item.documents.length === 0 && <p className={styles.none}>{t('prep.none')}</p>}
      {item.documents.length > 0 && (
        <ul className={styles.list}>
          {uploaded.map((document) => (
            <li key={document.documentId} className={styles.document}>
              <span>
                {document.name}{' '}
                <span className={styles.meta}>
                  ({documentTypeLabel(document.type)}, {formatSize(document.size)})
                </span>
              </span>
              {editable && (
                <Button
                  variant="secondary"
                  aria-label={t('prep.removeLabel', { name: document.name, title: item.title })}
                  isDisabled={remove.isPending}
                  onPress={() =>
                    remove.mutate(
                      { itemId: item.id, documentId: document.documentId! },
                      { onSuccess: () => setAnnouncement(t('prep.removed', { name: document.name })) },
                    )
                  }
                >
                  {t('prep.remove')}
                </Button>
              )}
            </li>
          ))}
          {declared.map((document) => (
            <li key={document.sha256} className={styles.document}>
              <span>
                {document.name}{' '}
                <span className={styles.meta}>
                  ({documentTypeLabel(document.type)}, {formatSize(document.size)}) — {t('prep.declaredOnly')}
                </span>
              </span>
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <div className={styles.upload}>
          <FileTrigger acceptedFileTypes={ACCEPTED_EXTENSIONS} onSelect={send}>
            <Button
              variant="secondary"
              aria-label={t('prep.attachLabel', { title: item.title })}
              isDisabled={upload.isPending}
            >
              {t('prep.attach')}
            </Button>
          </FileTrigger>
          <span className={styles.meta}>{t('prep.accepted')}</span>
        </div>
      )}
      {progress && (
        <ProgressBar value={Math.round(progress.fraction * 100)} className={styles.progress}>
          {({ valueText }) => (
            <>
              <Label>{t('prep.progress', { name: progress.name })}</Label>
              <span className={styles.meta}> {valueText}</span>
              <div className={styles.track}>
                <div className={styles.fill} style={{ width: `${Math.round(progress.fraction * 100)}%` }} />
              </div>
            </>
          )}
        </ProgressBar>
      )}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {upload.error && <Alert>{uploadRefusal(t, upload.error)}</Alert>}
      {remove.error && <Alert>{t('prep.removeFailed', { detail: remove.error.message })}</Alert>}
    </section>
  );
}

/** Why an upload was refused, in the reader's language; the API's words where no sentence fits. */
function uploadRefusal(t: ReturnType<typeof useTranslation>['t'], error: Error): string {
  if (!(error instanceof ApiError)) return t('common:errors.unexpected');
  return t([`refusals.${error.status}`, 'refusals.any'], { detail: error.message });
}
