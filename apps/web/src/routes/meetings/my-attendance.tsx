import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useMe } from '../../api/auth';
import type { Body } from '../../api/bodies';
import { ApiError } from '../../api/client';
import { type Meeting, useAttendance, useRecordAttendance } from '../../api/meetings';
import { Alert, Button, Notice } from '../../components/controls';
import { QueryState } from '../../components/query-state';
import { SelectField } from '../../components/select-field';
import styles from './meeting-page.module.css';

const NO_PROXY = 'none';

/**
 * The member's own attendance: they may declare themselves excused, giving their proxy to a sitting
 * member, until the meeting opens (presence is recorded by the secretariat on the day).
 */
export function MyAttendance({ meeting, body }: { meeting: Meeting; body: Body }) {
  const { t } = useTranslation('member');
  const me = useMe();
  const sheet = useAttendance(meeting.id);
  const record = useRecordAttendance(meeting.id);
  // Until the member picks someone, the select shows the proxy already given.
  const [picked, setHolder] = useState<string | undefined>();

  if (!sheet.data) return <QueryState isPending={sheet.isPending} error={sheet.error} />;
  const mine = sheet.data.members.find((m) => m.personId === me.data?.personId);
  if (!mine) return <p>{t('attendance.notSitting')}</p>;
  const nameOf = (membershipId: string | null) =>
    sheet.data.members.find((m) => m.membershipId === membershipId)?.fullName;
  const categoryLabel = (code: string) => body.categories.find((c) => c.code === code)?.label ?? code;
  const open = meeting.status === 'planned' || meeting.status === 'convened';
  const holder = picked ?? mine.proxyHolderMembershipId ?? NO_PROXY;

  const options = [
    { id: NO_PROXY, label: t('attendance.noProxy') },
    ...sheet.data.members
      .filter((m) => m.membershipId !== mine.membershipId)
      .map((m) => ({
        id: m.membershipId,
        label: `${m.fullName}${m.organisation ? ` (${m.organisation})` : ''} — ${categoryLabel(m.category)}`,
      })),
  ];
  const proxyError = record.error ? proxyRefusal(record.error, t) : undefined;

  return (
    <>
      <p className={styles.attendanceStatus} data-status={mine.status ?? 'none'}>
        {mine.status === null
          ? t('attendance.current.none')
          : mine.status === 'excused' && mine.proxyHolderMembershipId
            ? t('attendance.current.excusedWithProxy', { name: nameOf(mine.proxyHolderMembershipId) })
            : t(`attendance.current.${mine.status}`)}
      </p>
      {record.isSuccess && (
        <Notice tone="success">
          {mine.proxyHolderMembershipId
            ? t('attendance.saved.withProxy', { name: nameOf(mine.proxyHolderMembershipId) })
            : t('attendance.saved.withoutProxy')}
        </Notice>
      )}
      {!open ? (
        <p>{t('attendance.closed')}</p>
      ) : (
        <Form
          onSubmit={(event) => {
            event.preventDefault();
            record.mutate({
              membershipId: mine.membershipId,
              status: 'excused',
              proxyHolderMembershipId: holder === NO_PROXY ? null : holder,
            });
          }}
        >
          <h3>{t(mine.status === 'excused' ? 'attendance.changeTitle' : 'attendance.declareTitle')}</h3>
          <SelectField
            label={t('attendance.proxyHolder')}
            description={t('attendance.proxyHelp', { count: body.maxProxiesPerMember })}
            options={options}
            selected={holder}
            onChange={(id) => {
              setHolder(id);
              record.reset();
            }}
            errorMessage={proxyError?.field ? proxyError.message : undefined}
          />
          {proxyError && !proxyError.field && <Alert>{proxyError.message}</Alert>}
          <Button type="submit" isDisabled={record.isPending}>
            {t('attendance.declareExcused')}
          </Button>
        </Form>
      )}
    </>
  );
}

/** The API's refusal, in the reader's language; `field` when it concerns the proxy holder. */
function proxyRefusal(error: Error, t: TFunction<'member'>): { message: string; field: boolean } {
  if (!(error instanceof ApiError)) return { message: t('attendance.refusals.other'), field: false };
  const code = error.fieldCode('proxyHolderMembershipId');
  if (code) {
    const reason =
      code === 'attendance.proxy_limit'
        ? 'proxyLimit'
        : code === 'attendance.proxy_holder_absent'
          ? 'holderAway'
          : code === 'attendance.proxy_holder_not_sitting'
            ? 'holderNotSitting'
            : 'holderRefused';
    return { message: t(`attendance.refusals.${reason}`), field: true };
  }
  if (error.status === 409 && error.fieldMessage('status'))
    return { message: t('attendance.refusals.holdsProxies'), field: false };
  if (error.status === 409) return { message: t('attendance.refusals.meetingState'), field: false };
  return { message: t('attendance.refusals.other'), field: false };
}
