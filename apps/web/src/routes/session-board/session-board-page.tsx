import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import {
  type AttendanceSheet,
  type AttendanceStatus,
  useAttendance,
  useBody,
  useMeeting,
  useMeetingTransition,
  useRecordAttendance,
} from '../../api/meetings';
import type { Body } from '../../api/bodies';
import { Alert, Button } from '../../components/controls';
import { formatMeetingDate } from '../../components/format';
import { usePageTitle } from '../../components/page-title';
import { QueryState } from '../../components/query-state';
import { SelectField } from '../../components/select-field';
import { MeetingStatusBadge } from '../../components/status-badge';
import table from '../../components/data-table.module.css';
import { QuorumGauge } from './quorum-gauge';
import styles from './session-board.module.css';

const STATUSES: AttendanceStatus[] = ['present', 'remote', 'excused', 'absent'];

/** The live session board: the roll by category, the quorum gauge, and opening and closing the meeting. */
export function Component() {
  const { meetingId = '' } = useParams();
  const { t } = useTranslation('secretariat');
  const meeting = useMeeting(meetingId);
  const body = useBody(meeting.data?.bodyId);
  const sheet = useAttendance(meetingId, { live: true });
  const transition = useMeetingTransition(meetingId);
  usePageTitle(meeting.data && t('board.title', { meeting: meeting.data.title }));

  if (!meeting.data || !body.data || !sheet.data) {
    return (
      <QueryState
        isPending={meeting.isPending || body.isPending || sheet.isPending}
        error={meeting.error ?? body.error ?? sheet.error}
      />
    );
  }
  const m = meeting.data;
  return (
    <>
      <p>
        <Link to={`/meetings/${m.id}`}>{t('board.backToMeeting')}</Link>
      </p>
      <div className={styles.header}>
        <div>
          <h1>{t('board.title', { meeting: m.title })}</h1>
          <p>
            {formatMeetingDate(m.startsAt, body.data.meetingSlot.timeZone)} — <MeetingStatusBadge status={m.status} />
          </p>
        </div>
        <div className={styles.actions}>
          {m.status === 'convened' && (
            <Button onPress={() => transition.mutate('open')} isDisabled={transition.isPending}>
              {t('board.open')}
            </Button>
          )}
          {m.status === 'in_progress' && (
            <Button variant="danger" onPress={() => transition.mutate('close')} isDisabled={transition.isPending}>
              {t('board.close')}
            </Button>
          )}
        </div>
      </div>
      {transition.error && (
        <Alert>
          {transition.error instanceof ApiError && transition.error.status === 422
            ? t('board.refusedRule')
            : t('board.refusedState')}
        </Alert>
      )}
      <QuorumGauge sheet={sheet.data} body={body.data} inSession={m.status === 'in_progress'} />
      <Roll
        sheet={sheet.data}
        body={body.data}
        meetingId={m.id}
        editable={m.status !== 'closed' && m.status !== 'cancelled'}
      />
    </>
  );
}

function Roll({
  sheet,
  body,
  meetingId,
  editable,
}: {
  sheet: AttendanceSheet;
  body: Body;
  meetingId: string;
  editable: boolean;
}) {
  const { t } = useTranslation('secretariat');
  const record = useRecordAttendance(meetingId);
  const nameOf = (id: string) => sheet.members.find((m) => m.membershipId === id)?.fullName ?? '?';
  return (
    <section aria-labelledby="roll-heading">
      <h2 id="roll-heading">{t('board.roll.title')}</h2>
      {record.error && <Alert>{t('board.roll.refused')}</Alert>}
      {body.categories.map((category) => {
        const members = sheet.members.filter((m) => m.category === category.code);
        return (
          <div className={table.wrap} key={category.code}>
            <table className={`${table.table} ${styles.roll}`}>
              <caption>{t('board.roll.category', { label: category.label, count: members.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('board.roll.name')}</th>
                  <th scope="col">{t('board.roll.attendance')}</th>
                </tr>
              </thead>
              <tbody>
                {members.map((member) => (
                  <tr key={member.membershipId}>
                    <th scope="row">
                      {member.fullName}
                      {member.organisation && <div className={styles.organisation}>{member.organisation}</div>}
                      {member.proxyHolderMembershipId && (
                        <div className={styles.proxy}>
                          {t('board.roll.representedBy', { name: nameOf(member.proxyHolderMembershipId) })}
                        </div>
                      )}
                      {member.proxiesHeld.map((id) => (
                        <div key={id} className={styles.proxy}>
                          {t('board.roll.holdsProxyOf', { name: nameOf(id) })}
                        </div>
                      ))}
                    </th>
                    <td className={styles.statusCell}>
                      {editable ? (
                        <SelectField
                          hideLabel
                          label={t('board.roll.attendanceOf', { name: member.fullName })}
                          placeholder={t('board.roll.unknown')}
                          options={STATUSES.map((s) => ({ id: s, label: t(`board.status.${s}`) }))}
                          selected={member.status}
                          onChange={(status) =>
                            record.mutate({
                              membershipId: member.membershipId,
                              status: status as AttendanceStatus,
                              proxyHolderMembershipId: status === 'excused' ? member.proxyHolderMembershipId : null,
                            })
                          }
                        />
                      ) : (
                        t(member.status ? `board.status.${member.status}` : 'board.roll.unknown')
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </section>
  );
}
