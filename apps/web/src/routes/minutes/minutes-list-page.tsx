import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApprovedMinutes } from '../../api/minutes';
import table from '../../components/data-table.module.css';
import { formatMeetingDate } from '../../components/format';
import { usePageTitle } from '../../components/page-title';
import { QueryState } from '../../components/query-state';
import { PdfButton } from './pdf-button';

/**
 * « Procès-verbaux »: the approved minutes of the meetings of the bodies the reader reads, the latest
 * first, each opening its reading page or its PDF.
 */
export function Component() {
  const { t } = useTranslation('minutes');
  usePageTitle(t('list.title'));
  const minutes = useApprovedMinutes();
  return (
    <>
      <h1>{t('list.title')}</h1>
      <p>{t('list.intro')}</p>
      <QueryState isPending={minutes.isPending} error={minutes.error} />
      {minutes.data?.length === 0 && <p>{t('list.none')}</p>}
      {minutes.data && minutes.data.length > 0 && (
        <div className={table.wrap}>
          <table className={table.table}>
            <caption>{t('list.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('list.meeting')}</th>
                <th scope="col">{t('list.date')}</th>
                <th scope="col">{t('list.body')}</th>
                <th scope="col">{t('list.pdf')}</th>
              </tr>
            </thead>
            <tbody>
              {minutes.data.map((m) => (
                <tr key={m.id}>
                  <th scope="row">
                    <Link to={`/meetings/${m.meetingId}/minutes`}>{m.meetingTitle}</Link>
                  </th>
                  <td>{formatMeetingDate(m.meetingStartsAt, m.timeZone)}</td>
                  <td>{m.bodyName}</td>
                  <td>
                    <PdfButton
                      meetingId={m.meetingId}
                      version={m.version}
                      mode="download"
                      label={t('list.download', { title: m.meetingTitle })}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
