import { useTranslation } from 'react-i18next';
import { useMyBodies } from '../../api/bodies';
import { useMeetingsOf } from '../../api/meetings';
import { usePageTitle } from '../../components/page-title';
import { QueryState } from '../../components/query-state';
import { MeetingList, splitByTime } from '../meetings/meeting-list';

/** The secretariat picks the meeting whose session board to open. */
export function Component() {
  const { t } = useTranslation('secretariat');
  usePageTitle(t('board.indexTitle'));
  const bodies = useMyBodies();
  const meetings = useMeetingsOf(bodies.data);
  return (
    <>
      <h1>{t('board.indexTitle')}</h1>
      <QueryState isPending={bodies.isPending || meetings.isPending} error={bodies.error ?? meetings.error} />
      {meetings.data && (
        <MeetingList
          meetings={splitByTime(meetings.data).upcoming}
          linkTo={(meeting) => `/meetings/${meeting.id}/board`}
          emptyText={t('board.noMeeting')}
        />
      )}
    </>
  );
}
