import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaSnapshotItem } from '../../api/meetings';
import { documentTypeLabel, downloadDocument } from '../../api/documents';
import { formatSize } from '../../components/format';
import styles from './meeting-page.module.css';

type AgendaDocument = AgendaSnapshotItem['documents'][number];

/**
 * A document of the published agenda: a link that downloads it (with the reader's token, which a
 * plain link cannot carry), saying its type and size in words ("PDF, 1,2 Mo"). A document only
 * declared, never uploaded, is named without a link.
 */
export function DocumentLink({ document }: { document: AgendaDocument }) {
  const { t } = useTranslation('documents');
  const [failure, setFailure] = useState<string | null>(null);
  const details = t('member.details', { type: documentTypeLabel(document.type), size: formatSize(document.size) });
  const { documentId } = document;
  if (documentId === undefined) {
    return (
      <>
        {document.name} <span className={styles.documentDetails}>({details})</span>
      </>
    );
  }
  return (
    <>
      <a
        href={`/documents/${documentId}`}
        download={document.name}
        onClick={(event) => {
          event.preventDefault();
          setFailure(null);
          downloadDocument(documentId, document.name).catch((error: Error) =>
            setFailure(t('member.downloadFailed', { detail: error.message })),
          );
        }}
      >
        {document.name} <span className={styles.documentDetails}>({details})</span>
      </a>
      {failure && (
        <span role="alert" className={styles.documentFailure}>
          {' '}
          {failure}
        </span>
      )}
    </>
  );
}
