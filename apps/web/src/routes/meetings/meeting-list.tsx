import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Body } from '../../api/bodies';
import type { Meeting } from '../../api/meetings';
import { formatMeetingDate } from '../../components/format';
import { MeetingStatusBadge } from '../../components/status-badge';
import styles from './meeting-list.module.css';

/** Meetings as cards; `linkTo` says which page of a meeting the title opens. */
export function MeetingList({
  meetings,
  past = false,
  linkTo = (meeting) => `/meetings/${meeting.id}`,
  emptyText,
}: {
  meetings: { meeting: Meeting; body: Body }[];
  past?: boolean;
  linkTo?: (meeting: Meeting) => string;
  emptyText: string;
}) {
  const { t } = useTranslation('member');
  if (meetings.length === 0) return <p className={styles.empty}>{emptyText}</p>;
  return (
    <ul className={styles.list}>
      {meetings.map(({ meeting, body }) => (
        <li key={meeting.id} className={`${styles.card} ${past ? styles.past : ''}`}>
          <p className={styles.title}>
            <Link to={linkTo(meeting)}>{meeting.title}</Link>
          </p>
          <p className={styles.meta}>
            <span>{formatMeetingDate(meeting.startsAt, body.meetingSlot.timeZone)}</span>
            <span>{meeting.location ?? t('meeting.noPlace')}</span>
            <span>{body.name}</span>
            <MeetingStatusBadge status={meeting.status} />
          </p>
        </li>
      ))}
    </ul>
  );
}

/** Upcoming: not yet closed or cancelled; past: the rest, most recent first. */
export function splitByTime<T extends { meeting: Meeting }>(meetings: T[]): { upcoming: T[]; past: T[] } {
  const done = (m: Meeting) => m.status === 'closed' || m.status === 'cancelled';
  return {
    upcoming: meetings.filter((m) => !done(m.meeting)),
    past: meetings.filter((m) => done(m.meeting)).reverse(),
  };
}
