import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/auth';
import { useMyBodies } from '../../api/bodies';
import { useMeetingsOf } from '../../api/meetings';
import { usePageTitle } from '../../components/page-title';
import { QueryState } from '../../components/query-state';
import { MeetingList, splitByTime } from './meeting-list';

/** « Mes séances »: the upcoming and past meetings of the bodies where the user sits. */
export function Component() {
  const { t } = useTranslation('member');
  // A member follows their own bodies' meetings; staff and direction, every body's.
  const title = useMe().data?.role === 'member' ? t('myMeetings.title') : t('myMeetings.allTitle');
  usePageTitle(title);
  const bodies = useMyBodies();
  const meetings = useMeetingsOf(bodies.data);
  const { upcoming, past } = splitByTime(meetings.data ?? []);
  return (
    <>
      <h1>{title}</h1>
      <QueryState isPending={bodies.isPending || meetings.isPending} error={bodies.error ?? meetings.error} />
      {bodies.data?.length === 0 && <p>{t('myMeetings.noBody')}</p>}
      {meetings.data && (
        <>
          <h2>{t('myMeetings.upcoming')}</h2>
          <MeetingList meetings={upcoming} emptyText={t('myMeetings.noUpcoming')} />
          <h2>{t('myMeetings.past')}</h2>
          <MeetingList meetings={past} past emptyText={t('myMeetings.noPast')} />
        </>
      )}
    </>
  );
}
