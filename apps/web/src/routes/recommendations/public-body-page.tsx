import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useOpenBody, useOpenList, type OparlMembership } from '../../api/open-data';
import type { RecommendationStatus } from '../../api/recommendations';
import { todayIso } from '../../api/staff';
import table from '../../components/data-table.module.css';
import { formatInstant } from '../../components/dates';
import { formatSize } from '../../components/format';
import { usePageTitle } from '../../components/page-title';
import { StaffQueryState } from '../../components/staff-query-state';
import { formatDay } from './dates';

const STATUSES = new Set<string>([
  'adopted',
  'transmitted',
  'under_review',
  'accepted',
  'partially_accepted',
  'rejected',
  'implemented',
]);
/** OParl gives instants; a visitor reads them on their own clock. */
const TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * A body as anyone sees it, without logging in: who sits on it today, its meetings with their
 * approved minutes to download, and what became of its recommendations. Fed only by the open data
 * (OParl), so it shows nothing a visitor may not see.
 */
export function Component() {
  const { t } = useTranslation('recommendations');
  const { bodyId = '' } = useParams();
  const body = useOpenBody(bodyId);
  const people = useOpenList(bodyId, 'people');
  const meetings = useOpenList(bodyId, 'meetings');
  const papers = useOpenList(bodyId, 'papers');
  usePageTitle(body.data?.name ?? t('public.title'));

  if (!body.data || !people.data || !meetings.data || !papers.data) {
    return (
      <>
        <h1>{t('public.title')}</h1>
        <StaffQueryState isPending error={body.error ?? people.error ?? meetings.error ?? papers.error} />
      </>
    );
  }
  const today = todayIso();
  const current = (m: OparlMembership) => m.startDate <= today && (!m.endDate || m.endDate >= today);
  const sitting = people.data
    .map((p) => ({ person: p, mandate: p.membership.find(current) }))
    .filter((row): row is { person: (typeof people.data)[number]; mandate: OparlMembership } => !!row.mandate)
    .sort((a, b) => a.person.name.localeCompare(b.person.name));
  const byDate = [...meetings.data].sort((a, b) => b.start.localeCompare(a.start));

  return (
    <>
      <h1>{body.data.name}</h1>
      <p>{t('public.intro')}</p>

      <h2>{t('public.composition')}</h2>
      {sitting.length === 0 ? (
        <p>{t('public.noMember')}</p>
      ) : (
        <div className={table.wrap}>
          <table className={table.table}>
            <caption>{t('public.compositionCaption', { date: formatDay(today) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('public.name')}</th>
                <th scope="col">{t('public.category')}</th>
                <th scope="col">{t('public.role')}</th>
                <th scope="col">{t('public.since')}</th>
              </tr>
            </thead>
            <tbody>
              {sitting.map(({ person, mandate }) => (
                <tr key={person.id}>
                  <th scope="row">{person.name}</th>
                  <td>{t(`public.categories.${mandate.keyword[0]}`, { defaultValue: mandate.keyword[0] })}</td>
                  <td>{t([`public.roles.${mandate.role}`, 'public.roles.member'])}</td>
                  <td>{formatDay(mandate.startDate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2>{t('public.meetings')}</h2>
      {byDate.length === 0 ? (
        <p>{t('public.noMeeting')}</p>
      ) : (
        <div className={table.wrap}>
          <table className={table.table}>
            <caption>{t('public.meetingsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('public.date')}</th>
                <th scope="col">{t('public.meeting')}</th>
                <th scope="col">{t('public.state')}</th>
                <th scope="col">{t('public.minutes')}</th>
              </tr>
            </thead>
            <tbody>
              {byDate.map((m) => (
                <tr key={m.id}>
                  <td>{formatInstant(m.start, TIME_ZONE)}</td>
                  <th scope="row">{m.name}</th>
                  <td>{t([`public.meetingStates.${m.meetingState}`, 'public.meetingStates.planned'])}</td>
                  <td>
                    {m.resultsProtocol ? (
                      <a href={m.resultsProtocol.accessUrl} download>
                        {t('public.download', {
                          meeting: m.name,
                          size: m.resultsProtocol.size ? formatSize(m.resultsProtocol.size) : '',
                        })}
                      </a>
                    ) : (
                      <span className={table.muted}>{t('public.noMinutes')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2>{t('public.recommendations')}</h2>
      {papers.data.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <div className={table.wrap}>
          <table className={table.table}>
            <caption>{t('public.recommendationsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('columns.title')}</th>
                <th scope="col">{t('public.adoptedOn')}</th>
                <th scope="col">{t('columns.status')}</th>
                <th scope="col">{t('columns.owner')}</th>
              </tr>
            </thead>
            <tbody>
              {papers.data.map((p) => {
                const [status, owner] = p.keyword;
                return (
                  <tr key={p.id}>
                    <th scope="row">{p.name}</th>
                    <td>{formatDay(p.date)}</td>
                    <td>
                      <span className={table.badge}>
                        {STATUSES.has(status) ? t(`status.${status as RecommendationStatus}`) : status}
                      </span>
                    </td>
                    <td>{owner ?? '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
