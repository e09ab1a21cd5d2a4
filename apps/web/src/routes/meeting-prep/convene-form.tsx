import { useId, useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useConvene, type Meeting } from '../../api/staff';
import { Alert, Button, controlStyles, Notice } from '../../components/controls';
import { CheckboxInput, TextAreaInput } from '../../components/forms';
import { fieldRefusal, formRefusal } from '../../components/refusal';
import { formatInstant } from '../../components/dates';

/** The days left before the meeting and the notice the body requires, from a `convening.notice_too_short` refusal. */
function noticeNumbers(error: unknown): { count: number; notice: number } | undefined {
  if (!(error instanceof ApiError) || error.fieldCode('startsAt') !== 'convening.notice_too_short') return undefined;
  const { given, days } = error.fieldParams('startsAt') ?? {};
  return typeof given === 'number' && typeof days === 'number' ? { count: given, notice: days } : undefined;
}

/**
 * Convenes the meeting on its published agenda. A refusal for want of notice (422) is shown right
 * by the urgency checkbox it concerns, with what to do; urgent convening needs a reason.
 */
export function ConveneForm({
  meeting,
  timeZone,
  noticeDays,
}: {
  meeting: Meeting;
  timeZone: string;
  noticeDays: number;
}) {
  const { t } = useTranslation('secretariat');
  const convene = useConvene(meeting.id);
  const [urgent, setUrgent] = useState(false);
  const [reason, setReason] = useState('');
  const noticeErrorId = useId();

  if (meeting.status !== 'planned') {
    return (
      <>
        {convene.isSuccess && <Notice tone="success">{t('prep.convene.done')}</Notice>}
        <p>
          {meeting.convenedAt
            ? t('prep.convene.convenedOn', {
                date: formatInstant(meeting.convenedAt, timeZone),
                version: meeting.convenedAgendaVersion,
              })
            : t('prep.convene.notPlanned')}
          {meeting.urgentReason && ` ${t('prep.convene.urgentBecause', { reason: meeting.urgentReason })}`}
        </p>
      </>
    );
  }

  const startsAtDetail = convene.error instanceof ApiError ? convene.error.fieldMessage('startsAt') : undefined;
  const numbers = noticeNumbers(convene.error);
  const noticeError = startsAtDetail
    ? numbers
      ? t('prep.convene.tooLate', numbers)
      : fieldRefusal(t, convene.error, 'startsAt')
    : undefined;
  const agendaMissing = convene.error instanceof ApiError && convene.error.fieldMessage('agenda') !== undefined;
  const general = agendaMissing
    ? t('prep.convene.noAgenda')
    : formRefusal(t, convene.error, ['startsAt', 'reason', 'urgent']);

  return (
    <Form
      onSubmit={(event) => {
        event.preventDefault();
        convene.mutate(urgent ? { urgent: true, reason: reason.trim() } : {});
      }}
    >
      {general && <Alert>{general}</Alert>}
      <p>{t('prep.convene.notice', { count: noticeDays })}</p>
      <CheckboxInput isSelected={urgent} onChange={setUrgent} describedBy={noticeError ? noticeErrorId : undefined}>
        {t('prep.convene.urgent')}
      </CheckboxInput>
      {noticeError && (
        <p id={noticeErrorId} role="alert" className={controlStyles.error}>
          {noticeError}
        </p>
      )}
      {urgent && (
        <TextAreaInput
          label={t('prep.convene.reason')}
          description={t('prep.convene.reasonHelp')}
          isRequired
          value={reason}
          onChange={setReason}
          errorMessage={fieldRefusal(t, convene.error, 'reason')}
        />
      )}
      <Button type="submit" isDisabled={convene.isPending}>
        {urgent ? t('prep.convene.submitUrgent') : t('prep.convene.submit')}
      </Button>
    </Form>
  );
}
