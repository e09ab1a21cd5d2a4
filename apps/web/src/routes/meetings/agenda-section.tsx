import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/auth';
import { type AgendaDiff, type AgendaSnapshotItem, useAgendaDiff, useAgendaVersions } from '../../api/meetings';
import { DocumentLink } from './document-link';
import { QueryState } from '../../components/query-state';
import { lastSeenVersion, rememberSeenVersion } from './last-seen';
import styles from './meeting-page.module.css';

/** The published agenda, and what changed since the version this user last read. */
export function AgendaSection({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation('member');
  const me = useMe();
  const versions = useAgendaVersions(meetingId);
  const latest = versions.data?.at(-1);
  // Read once, before this visit marks the latest version as seen.
  const [seenBefore, setSeenBefore] = useState<number | undefined>();
  useEffect(() => {
    if (!me.data || !latest) return;
    setSeenBefore(lastSeenVersion(me.data.id, meetingId));
    rememberSeenVersion(me.data.id, meetingId, latest.number);
  }, [me.data, latest, meetingId]);
  const diff = useAgendaDiff(meetingId, seenBefore, latest?.number);

  return (
    <section aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">{t('agenda.title')}</h2>
      <QueryState isPending={versions.isPending} error={versions.error} />
      {versions.data && !latest && <p>{t('agenda.notPublished')}</p>}
      {latest && (
        <>
          <p>
            {t('agenda.version', { number: latest.number })}
            {latest.changeNote && ` — ${t('agenda.changeNote', { note: latest.changeNote })}`}
          </p>
          {diff.data && <AgendaChanges diff={diff.data} />}
          <ol className={styles.agenda}>
            {[...latest.items]
              .sort((a, b) => a.position - b.position)
              .map((item, index) => (
                <AgendaItemView key={item.id} item={item} number={index + 1} />
              ))}
          </ol>
        </>
      )}
    </section>
  );
}

function AgendaItemView({ item, number }: { item: AgendaSnapshotItem; number: number }) {
  const { t } = useTranslation('member');
  return (
    <li className={styles.item}>
      <h3 className={styles.itemTitle}>
        {number}. {item.title}
      </h3>
      <p className={styles.itemMeta}>
        <span>{t(`agenda.kind.${item.kind}`)}</span>
        {item.presenter && <span>{t('agenda.presenter', { name: item.presenter })}</span>}
        {item.durationMinutes !== null && <span>{t('agenda.duration', { minutes: item.durationMinutes })}</span>}
      </p>
      {item.description && <p>{item.description}</p>}
      {item.documents.length > 0 && (
        <>
          <p className={styles.itemMeta}>{t('agenda.documents')}</p>
          <ul className={styles.documents}>
            {item.documents.map((document) => (
              <li key={document.documentId ?? document.sha256}>
                <DocumentLink document={document} />
              </li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}

function AgendaChanges({ diff }: { diff: AgendaDiff }) {
  const { t } = useTranslation('member');
  const lines = [
    ...diff.added.map((item) => t('agenda.changes.added', { title: item.title })),
    ...diff.changed.map((item) =>
      t('agenda.changes.changed', {
        title: item.title,
        fields: item.changes.map((c) => t(`agenda.fields.${c.field}`, { defaultValue: c.field })).join(', '),
      }),
    ),
    ...diff.moved.map((item) =>
      t('agenda.changes.moved', { title: item.title, from: item.fromPosition, to: item.toPosition }),
    ),
    ...diff.removed.map((item) => t('agenda.changes.removed', { title: item.title })),
  ];
  return (
    <div className={styles.changes} role="region" aria-labelledby="agenda-changes-heading">
      <h3 id="agenda-changes-heading">{t('agenda.changes.title', { from: diff.from, to: diff.to })}</h3>
      {diff.changeNote && <p>{t('agenda.changeNote', { note: diff.changeNote })}</p>}
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
