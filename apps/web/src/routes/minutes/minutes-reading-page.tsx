import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMe } from '../../api/auth';
import { useAgendaVersions, useBody, useMeeting } from '../../api/meetings';
import { useMinutesVersions } from '../../api/minutes';
import { formatMeetingDate } from '../../components/format';
import { usePageTitle } from '../../components/page-title';
import { QueryState } from '../../components/query-state';
import { DissentForm } from './dissent-form';
import styles from './minutes.module.css';
import { VersionsTable } from './versions-table';

/** The minutes of a meeting as its members read them: versions to download, and their dissent to ask for. */
export function Component() {
  const { t } = useTranslation('minutes');
  const { meetingId = '' } = useParams();
  const me = useMe();
  const meeting = useMeeting(meetingId);
  const body = useBody(meeting.data?.bodyId);
  const versions = useMinutesVersions(meetingId);
  const agenda = useAgendaVersions(meetingId);
  usePageTitle(meeting.data ? t('reading.title', { title: meeting.data.title }) : undefined);

  if (!meeting.data || !body.data || !versions.data) {
    return (
      <QueryState
        isPending={meeting.isPending || body.isPending || versions.isPending}
        error={meeting.error ?? body.error ?? versions.error}
      />
    );
  }
  const m = meeting.data;
  const isStaff = me.data?.role === 'admin' || me.data?.role === 'secretariat';
  const held = m.status === 'in_progress' || m.status === 'closed';
  const items = [...(agenda.data?.at(-1)?.items ?? [])].sort((a, b) => a.position - b.position);
  return (
    <>
      <p>
        <Link to={`/meetings/${m.id}`}>{t('reading.back')}</Link>
      </p>
      <h1>{t('reading.title', { title: m.title })}</h1>
      <p>{formatMeetingDate(m.startsAt, body.data.meetingSlot.timeZone)}</p>
      {isStaff && (
        <p>
          <Link to={`/secretariat/meetings/${m.id}/minutes`}>{t('reading.draftLink')}</Link>
        </p>
      )}
      <p>{t('reading.intro')}</p>
      <VersionsTable meetingId={m.id} versions={versions.data} mode="download" />
      {me.data?.role === 'member' && held && items.length > 0 && (
        <section aria-labelledby="dissent-heading" className={styles.renderSection}>
          <h2 id="dissent-heading">{t('dissentForm.heading')}</h2>
          <DissentForm meetingId={m.id} agenda={items} />
        </section>
      )}
    </>
  );
}
