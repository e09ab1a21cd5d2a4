import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isInFlight, useDeliveryLog, useResend, type DeliveryLogLine } from '../../api/notifications';
import type { Meeting } from '../../api/staff';
import { Alert, Button } from '../../components/controls';
import table from '../../components/data-table.module.css';
import { formatMoment } from '../../components/format';
import { formRefusal } from '../../components/refusal';
import { StaffQueryState } from '../../components/staff-query-state';
import styles from './delivery-log.module.css';

/** The badge a line wears: a temporary refusal being retried reads apart from a message merely waiting. */
type Shown = 'sent' | 'pending' | 'retrying' | 'sending' | 'failed';

function shownStatus(line: DeliveryLogLine): Shown {
  return line.status === 'pending' && line.error ? 'retrying' : line.status;
}

/**
 * « Messages envoyés »: per recipient, which message, where it stands (sent, retrying and why, failed
 * and why, possibly received twice) and when; counts above. Refreshes itself while messages travel.
 */
export function DeliveryLog({ meeting, timeZone }: { meeting: Meeting; timeZone: string }) {
  const { t } = useTranslation('notifications');
  return (
    <>
      <h2 id="delivery-heading">{t('log.heading')}</h2>
      <DeliveryTable meeting={meeting} timeZone={timeZone} />
    </>
  );
}

function DeliveryTable({ meeting, timeZone }: { meeting: Meeting; timeZone: string }) {
  const { t } = useTranslation('notifications');
  // Once convened, the worker writes the lines a moment after the outbox relays the event.
  const log = useDeliveryLog(meeting.id, { expectingMessages: meeting.status !== 'planned' });
  if (!log.data) return <StaffQueryState isPending={log.isPending} error={log.error} />;
  const lines = log.data;
  if (lines.length === 0) {
    return <p>{meeting.status === 'planned' ? t('log.empty') : t('log.waiting')}</p>;
  }

  const counts = {
    sent: lines.filter((l) => l.status === 'sent').length,
    inFlight: lines.filter(isInFlight).length,
    failed: lines.filter((l) => l.status === 'failed').length,
    duplicate: lines.filter((l) => l.possibleDuplicate).length,
  };
  const summary = (Object.keys(counts) as (keyof typeof counts)[])
    .filter((key) => key === 'sent' || counts[key] > 0)
    .map((key) => t(`log.summary.${key}`, { count: counts[key] }))
    .join(', ');

  return (
    <>
      <p>{t('log.intro')}</p>
      <p className={styles.summary}>{summary}</p>
      <div className={table.wrap}>
        <table className={table.table}>
          <caption>{t('log.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('log.columns.recipient')}</th>
              <th scope="col">{t('log.columns.kind')}</th>
              <th scope="col">{t('log.columns.status')}</th>
              <th scope="col">{t('log.columns.when')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <DeliveryLine key={line.id} meetingId={meeting.id} line={line} timeZone={timeZone} />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function DeliveryLine({ meetingId, line, timeZone }: { meetingId: string; line: DeliveryLogLine; timeZone: string }) {
  const { t } = useTranslation('notifications');
  const shown = shownStatus(line);
  // Sent again, the line loses its button: focus moves to the line's header, which names the recipient.
  const header = useRef<HTMLTableCellElement>(null);
  // Held by the line, which outlives the button: the line re-renders as waiting before the mutation settles.
  const resend = useResend(meetingId);
  return (
    <tr>
      <th scope="row" ref={header} tabIndex={-1}>
        {line.recipientName}
        <span className={styles.email}>{line.email}</span>
      </th>
      <td>{t(`log.kinds.${line.kind}`, { defaultValue: line.kind })}</td>
      <td>
        <span className={`${styles.badge} ${styles[shown]}`}>{t(`log.status.${shown}`)}</span>
        {shown === 'retrying' && <p className={styles.reason}>{t('log.retryingBecause', { reason: line.error })}</p>}
        {shown === 'failed' && line.error && (
          <p className={styles.reason}>{t('log.failedBecause', { reason: line.error })}</p>
        )}
        {shown === 'failed' && (
          <SendAgain
            recipientName={line.recipientName}
            resend={resend}
            onPress={() => resend.mutate(line.id, { onSuccess: () => header.current?.focus() })}
          />
        )}
        {line.possibleDuplicate && <p className={styles.reason}>{t('log.duplicate')}</p>}
      </td>
      <td className={styles.when}>
        {line.sentAt
          ? t('log.sentAt', { date: formatMoment(line.sentAt, timeZone) })
          : t('log.createdAt', { date: formatMoment(line.createdAt, timeZone) })}
      </td>
    </tr>
  );
}

/** Under a refused line: where to correct the address, and the button that sends the message again. */
function SendAgain({
  recipientName,
  resend,
  onPress,
}: {
  recipientName: string;
  resend: ReturnType<typeof useResend>;
  onPress: () => void;
}) {
  const { t } = useTranslation(['notifications', 'secretariat']);
  const refusal = formRefusal(t, resend.error, []);
  const help = useId();
  return (
    <div className={styles.sendAgain}>
      <p id={help} className={styles.reason}>
        {t('log.resendHelp')}
      </p>
      {refusal && <Alert>{refusal}</Alert>}
      <Button
        variant="secondary"
        aria-label={t('log.resendLabel', { name: recipientName })}
        aria-describedby={help}
        isDisabled={resend.isPending}
        onPress={onPress}
      >
        {t('log.resend')}
      </Button>
    </div>
  );
}
