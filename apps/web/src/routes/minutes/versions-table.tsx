import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MinutesVersion } from '../../api/minutes';
import table from '../../components/data-table.module.css';
import { PdfButton } from './pdf-button';
import styles from './minutes.module.css';

const READABLE: MinutesVersion['status'][] = ['rendered', 'approved'];

/** The versions of the minutes: state, pages, the PDF's SHA-256 (short form, whole on hover), and its PDF. */
export function VersionsTable({
  meetingId,
  versions,
  mode,
  extra,
}: {
  meetingId: string;
  versions: MinutesVersion[];
  mode: 'preview' | 'download';
  /** More controls for a version (the secretariat's approval). */
  extra?: (version: MinutesVersion) => ReactNode;
}) {
  const { t } = useTranslation('minutes');
  if (versions.length === 0) return <p>{t('versions.none')}</p>;
  const newestFirst = [...versions].sort((a, b) => b.version - a.version);
  return (
    <div className={table.wrap}>
      <table className={table.table}>
        <caption>{t('versions.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('versions.version')}</th>
            <th scope="col">{t('versions.status')}</th>
            <th scope="col">{t('versions.language')}</th>
            <th scope="col" className={table.number}>
              {t('versions.pages')}
            </th>
            <th scope="col">{t('versions.sha')}</th>
            <th scope="col">{t('versions.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {newestFirst.map((v) => (
            <tr key={v.id}>
              <th scope="row">{v.version}</th>
              <td>
                <span className={`${table.badge} ${styles[`status_${v.status}`] ?? ''}`}>
                  {t(`versions.statuses.${v.status}`)}
                </span>
                {v.approval && (
                  <div className={styles.muted}>
                    {t('versions.approvedBy', { meeting: v.approval.meetingTitle, chair: v.approval.chair })}
                  </div>
                )}
                {v.status === 'failed' && v.error && <div className={styles.rejected}>{v.error}</div>}
              </td>
              <td>{t(`drafting.languages.${v.language}`)}</td>
              <td className={table.number}>{v.pages ?? '—'}</td>
              <td>
                {v.sha256 ? (
                  <code title={v.sha256} className={styles.sha}>
                    {v.sha256.slice(0, 12)}…
                  </code>
                ) : (
                  '—'
                )}
              </td>
              <td>
                <div className={styles.cellActions}>
                  {READABLE.includes(v.status) && <PdfButton meetingId={meetingId} version={v.version} mode={mode} />}
                  {v.publicPdf && <a href={v.publicPdf}>{t('versions.publicCopy')}</a>}
                  {extra?.(v)}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
