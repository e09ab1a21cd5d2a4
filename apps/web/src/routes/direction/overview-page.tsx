import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { todayIso, useBodyList, useBodyMeetings, useCompositionOn, type Body } from '../../api/staff';
import table from '../../components/data-table.module.css';
import { formatInstant } from '../../components/dates';
import { usePageTitle } from '../../components/page-title';
import { StaffQueryState } from '../../components/staff-query-state';

/** The direction's overview: each body, how full it is, and its meetings with their state. */
export function Component() {
  const { t } = useTranslation('direction');
  usePageTitle(t('title'));
  const bodies = useBodyList();
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {!bodies.data ? (
        <StaffQueryState isPending error={bodies.error} />
      ) : (
        bodies.data.map((body) => <BodyOverview key={body.id} body={body} />)
      )}
    </>
  );
}

function BodyOverview({ body }: { body: Body }) {
  const { t } = useTranslation(['direction', 'secretariat']);
  const composition = useCompositionOn(body.id, todayIso());
  // This year's meetings and next year's: what the direction follows now and what comes.
  const year = new Date().getFullYear();
  const thisYear = useBodyMeetings(body.id, year);
  const nextYear = useBodyMeetings(body.id, year + 1);
  const meetings = {
    data: thisYear.data && nextYear.data ? [...thisYear.data, ...nextYear.data] : undefined,
    error: thisYear.error ?? nextYear.error,
  };
  const headingId = `body-${body.id}`;
  const now = Date.now();
  const upcoming = (meetings.data ?? []).filter((m) => Date.parse(m.startsAt) >= now && m.status !== 'cancelled');
  return (
    // Not a named region: two bodies may share a name, and landmarks must not. The heading leads.
    <section className={table.section} data-body={body.slug}>
      <h2 id={headingId}>{body.name}</h2>
      {composition.data && (
        <p>
          {t('composition', {
            filled: composition.data.filled,
            seats: composition.data.seats,
            vacant: composition.data.vacant,
          })}{' '}
          {t('endingSoon', { count: composition.data.endingSoon.length })}
        </p>
      )}
      {upcoming[0] && (
        <p>
          {t('next', {
            title: upcoming[0].title,
            date: formatInstant(upcoming[0].startsAt, body.meetingSlot.timeZone),
          })}
        </p>
      )}
      {!meetings.data ? (
        <StaffQueryState isPending error={meetings.error} />
      ) : meetings.data.length === 0 ? (
        <p>{t('noMeeting')}</p>
      ) : (
        <div className={table.wrap}>
          <table className={table.table}>
            <caption>{t('meetings', { body: body.name, from: year, to: year + 1 })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('date')}</th>
                <th scope="col">{t('meeting')}</th>
                <th scope="col">{t('status')}</th>
                <th scope="col">{t('agenda')}</th>
              </tr>
            </thead>
            <tbody>
              {meetings.data.map((m) => (
                <tr key={m.id}>
                  <td>{formatInstant(m.startsAt, body.meetingSlot.timeZone)}</td>
                  <th scope="row">{m.title}</th>
                  <td>
                    {t(`secretariat:meetingStatus.${m.status}`)}
                    {m.urgentReason && (
                      <>
                        <br />
                        <span className={table.muted}>{t('urgent', { reason: m.urgentReason })}</span>
                      </>
                    )}
                  </td>
                  <td>
                    {m.convenedAgendaVersion !== null ? (
                      <Link to={`/meetings/${m.id}/versions`}>
                        {t('agendaVersion', { version: m.convenedAgendaVersion })}
                      </Link>
                    ) : (
                      <Link to={`/meetings/${m.id}/versions`}>{t('agendaLink')}</Link>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
