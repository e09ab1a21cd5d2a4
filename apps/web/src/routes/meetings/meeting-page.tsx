import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMe } from '../../api/auth';
import { useBody, useMeeting } from '../../api/meetings';
import { formatMeetingDate } from '../../components/format';
import { usePageTitle } from '../../components/page-title';
import { QueryState } from '../../components/query-state';
import { MeetingStatusBadge } from '../../components/status-badge';
import { AgendaRequestForm } from './agenda-request-form';
import { AgendaSection } from './agenda-section';
import styles from './meeting-page.module.css';
import { MyAttendance } from './my-attendance';

/** A meeting as a member reads it: when and where, the published agenda, their attendance, their requests. */
export function Component() {
  const { meetingId = '' } = useParams();
  const { t } = useTranslation(['member', 'minutes']);
  const me = useMe();
  const meeting = useMeeting(meetingId);
  const body = useBody(meeting.data?.bodyId);
  usePageTitle(meeting.data?.title);

  if (!meeting.data || !body.data) {
    return <QueryState isPending={meeting.isPending || body.isPending} error={meeting.error ?? body.error} />;
  }
  const m = meeting.data;
  const isStaff = me.data?.role === 'admin' || me.data?.role === 'secretariat';
  const requestsOpen = m.status === 'planned' || m.status === 'convened';
  return (
    <>
      <p className="screen-only">
        <Link to="/meetings">{t('meeting.back')}</Link>
      </p>
      <h1>{m.title}</h1>
      <dl className={styles.details}>
        <dt>{t('meeting.body')}</dt>
        <dd>{body.data.name}</dd>
        <dt>{t('meeting.when')}</dt>
        <dd>
          {formatMeetingDate(m.startsAt, body.data.meetingSlot.timeZone)}{' '}
          {t('meeting.timeZone', { zone: body.data.meetingSlot.timeZone })}
        </dd>
        <dt>{t('meeting.durationLabel')}</dt>
        <dd>{t('meeting.duration', { minutes: m.durationMinutes })}</dd>
        <dt>{t('meeting.where')}</dt>
        <dd>{m.location ?? t('meeting.noPlace')}</dd>
        {m.videoUrl && (
          <>
            <dt>{t('meeting.video')}</dt>
            <dd>
              <a href={m.videoUrl}>{m.videoUrl}</a>
            </dd>
          </>
        )}
        <dt>{t('meeting.status')}</dt>
        <dd>
          <MeetingStatusBadge status={m.status} />
        </dd>
      </dl>
      {m.quorumNote && <p>{t('meeting.noQuorumNeeded')}</p>}
      {isStaff && (
        <p>
          <Link to={`/meetings/${m.id}/board`}>{t('meeting.openBoard')}</Link>
        </p>
      )}
      {(m.status === 'in_progress' || m.status === 'closed') && (
        <p>
          <Link to={`/meetings/${m.id}/minutes`}>{t('minutes:links.read')}</Link>
        </p>
      )}
      <AgendaSection meetingId={m.id} />
      {me.data?.role === 'member' && (
        <>
          <section className={styles.section} aria-labelledby="attendance-heading">
            <h2 id="attendance-heading">{t('attendance.title')}</h2>
            <MyAttendance meeting={m} body={body.data} />
          </section>
          {requestsOpen && (
            <section className={`${styles.section} screen-only`} aria-labelledby="requests-heading">
              <h2 id="requests-heading">{t('requests.title')}</h2>
              <AgendaRequestForm meetingId={m.id} />
            </section>
          )}
        </>
      )}
    </>
  );
}
