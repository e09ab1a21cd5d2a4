import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAddItem, useWorkingAgenda } from '../../api/agenda-editing';
import { useBodyById, useMeetingById } from '../../api/staff';
import table from '../../components/data-table.module.css';
import { formatInstant } from '../../components/dates';
import { StaffQueryState } from '../../components/staff-query-state';
import { usePageTitle } from '../../components/page-title';
import { AgendaEditor } from './agenda-editor';
import { ConveneForm } from './convene-form';
import { DeliveryLog } from './delivery-log';
import { ItemForm } from './item-form';
import styles from './meeting-prep.module.css';
import { PublishForm } from './publish-form';
import { RequestsInbox } from './requests-inbox';

/** Preparing one meeting: its agenda, publication, the members' requests, the convocation and the messages sent. */
export function Component() {
  const { t } = useTranslation(['secretariat', 'minutes']);
  const { meetingId = '' } = useParams();
  const meeting = useMeetingById(meetingId);
  const body = useBodyById(meeting.data?.bodyId);
  const agenda = useWorkingAgenda(meetingId);
  const add = useAddItem(meetingId);
  usePageTitle(meeting.data ? t('prep.title', { title: meeting.data.title }) : undefined);

  if (!meeting.data || !body.data || !agenda.data) {
    return <StaffQueryState isPending error={meeting.error ?? body.error ?? agenda.error} />;
  }
  const m = meeting.data;
  const timeZone = body.data.meetingSlot.timeZone;
  // The API refuses agenda changes once the meeting is under way; the page says so rather than offering them.
  const editable = m.status === 'planned' || m.status === 'convened';

  return (
    <>
      <p>
        <Link to={`/secretariat/schedule?body=${m.bodyId}`}>{t('prep.back')}</Link>
      </p>
      <h1>{t('prep.title', { title: m.title })}</h1>
      <dl className={styles.facts}>
        <dt>{t('prep.facts.body')}</dt>
        <dd>{body.data.name}</dd>
        <dt>{t('prep.facts.date')}</dt>
        <dd>{formatInstant(m.startsAt, timeZone)}</dd>
        <dt>{t('prep.facts.place')}</dt>
        <dd>{m.location ?? t('prep.facts.noPlace')}</dd>
        <dt>{t('prep.facts.status')}</dt>
        <dd>
          <span className={table.badge}>{t(`meetingStatus.${m.status}`)}</span>
        </dd>
      </dl>
      {!editable && <p>{t('prep.agenda.frozen')}</p>}
      {(m.status === 'in_progress' || m.status === 'closed') && (
        <p>
          <Link to={`/secretariat/meetings/${m.id}/minutes`}>{t('minutes:links.draft')}</Link>
        </p>
      )}

      <section aria-labelledby="agenda-heading">
        <h2 id="agenda-heading">{t('prep.agenda.heading')}</h2>
        <AgendaEditor meetingId={meetingId} items={agenda.data.items} editable={editable} />
      </section>

      {editable && (
        <section aria-labelledby="add-heading" className={table.section}>
          <h2 id="add-heading">{t('prep.add.heading')}</h2>
          <ItemForm
            submitLabel={t('prep.add.submit')}
            error={add.error}
            isPending={add.isPending}
            onSubmit={(fields, reset) => add.mutate(fields, { onSuccess: reset })}
          />
        </section>
      )}

      <section aria-labelledby="publish-heading" className={table.section}>
        <h2 id="publish-heading">{t('prep.publish.heading')}</h2>
        <PublishForm
          meetingId={meetingId}
          publishedVersion={agenda.data.publishedVersion}
          unpublishedChanges={agenda.data.unpublishedChanges}
          editable={editable}
        />
        {agenda.data.publishedVersion !== null && (
          <p>
            <Link to={`/meetings/${meetingId}/versions`}>{t('prep.publish.history')}</Link>
          </p>
        )}
      </section>

      <section aria-labelledby="requests-heading" className={table.section}>
        <h2 id="requests-heading">{t('prep.requests.heading')}</h2>
        <RequestsInbox meetingId={meetingId} editable={editable} />
      </section>

      <section aria-labelledby="convene-heading" className={table.section}>
        <h2 id="convene-heading">{t('prep.convene.heading')}</h2>
        <ConveneForm meeting={m} timeZone={timeZone} noticeDays={body.data.noticeDays} />
      </section>

      <section aria-labelledby="delivery-heading" className={table.section}>
        <DeliveryLog meeting={m} timeZone={timeZone} />
      </section>
    </>
  );
}
