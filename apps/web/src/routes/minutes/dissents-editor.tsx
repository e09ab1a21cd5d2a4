import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { type DissentRequest, useDecideDissent } from '../../api/minutes';
import type { Schemas } from '../../api/client';
import { Alert, Button } from '../../components/controls';
import { CheckboxInput, TextAreaInput } from '../../components/forms';
import { fieldRefusal, formRefusal } from '../../components/refusal';
import styles from './minutes.module.css';

type Dissent = Schemas['DissentDto'];

/**
 * The dissents recorded under one item (each may be marked private or removed), and the members'
 * pending requests for it, which the secretariat records or declines with a reason.
 */
export function DissentsEditor({
  meetingId,
  dissents,
  requests,
  nameOf,
  onChange,
  onAccepted,
  disabled,
}: {
  meetingId: string;
  dissents: Dissent[];
  requests: DissentRequest[];
  nameOf: (membershipId: string) => string;
  onChange: (dissents: Dissent[]) => void;
  /** The request accepted: the server recorded it in the draft, the page records it in its copy. */
  onAccepted: (request: DissentRequest) => void;
  disabled: boolean;
}) {
  const { t } = useTranslation('minutes');
  const pending = requests.filter((r) => r.status === 'pending');
  return (
    <div className={styles.dissents}>
      <h4 className={styles.subheading}>{t('dissents.heading')}</h4>
      {dissents.length === 0 && <p className={styles.muted}>{t('dissents.none')}</p>}
      <ul className={styles.plainList}>
        {dissents.map((dissent, index) => {
          const name = nameOf(dissent.membershipId);
          return (
            <li key={`${dissent.membershipId}-${index}`} className={styles.dissent}>
              <p className={styles.question}>{t('dissents.of', { name })}</p>
              <blockquote className={styles.quote}>{dissent.text}</blockquote>
              {!disabled && (
                <div className={styles.passageTools}>
                  <CheckboxInput
                    isSelected={dissent.private}
                    onChange={(selected) =>
                      onChange(dissents.map((d, i) => (i === index ? { ...d, private: selected } : d)))
                    }
                  >
                    {t('dissents.private')}
                  </CheckboxInput>
                  <Button
                    variant="secondary"
                    aria-label={t('dissents.remove', { name })}
                    onPress={() => onChange(dissents.filter((_, i) => i !== index))}
                  >
                    {t('passages.remove')}
                  </Button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {pending.length > 0 && (
        <>
          <h4 className={styles.subheading}>{t('dissents.pending')}</h4>
          <ul className={styles.plainList}>
            {pending.map((request) => (
              <PendingDissent
                key={request.id}
                meetingId={meetingId}
                request={request}
                onAccepted={onAccepted}
                disabled={disabled}
              />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function PendingDissent({
  meetingId,
  request,
  onAccepted,
  disabled,
}: {
  meetingId: string;
  request: DissentRequest;
  onAccepted: (request: DissentRequest) => void;
  disabled: boolean;
}) {
  const { t } = useTranslation(['minutes', 'secretariat']);
  const decide = useDecideDissent(meetingId);
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const name = request.fullName;
  const refusal = formRefusal(t, decide.error, ['reason']);
  return (
    <li className={styles.request}>
      <p className={styles.question}>{t('dissents.askedBy', { name })}</p>
      <blockquote className={styles.quote}>{request.text}</blockquote>
      {refusal && <Alert>{refusal}</Alert>}
      {!disabled && !declining && (
        <div className={styles.passageTools}>
          <Button
            aria-label={t('dissents.acceptLabel', { name })}
            isDisabled={decide.isPending}
            onPress={() =>
              decide.mutate({ requestId: request.id, accept: true }, { onSuccess: () => onAccepted(request) })
            }
          >
            {t('dissents.accept')}
          </Button>
          <Button
            variant="secondary"
            aria-label={t('dissents.declineLabel', { name })}
            onPress={() => setDeclining(true)}
          >
            {t('dissents.decline')}
          </Button>
        </div>
      )}
      {!disabled && declining && (
        <Form
          onSubmit={(event) => {
            event.preventDefault();
            decide.mutate({ requestId: request.id, accept: false, reason: reason.trim() });
          }}
        >
          <TextAreaInput
            label={t('dissents.reason')}
            description={t('dissents.reasonHelp')}
            isRequired
            value={reason}
            onChange={setReason}
            errorMessage={fieldRefusal(t, decide.error, 'reason')}
          />
          <div className={styles.passageTools}>
            <Button type="submit" isDisabled={decide.isPending}>
              {t('dissents.confirmDecline')}
            </Button>
            <Button variant="secondary" onPress={() => setDeclining(false)}>
              {t('dissents.cancel')}
            </Button>
          </div>
        </Form>
      )}
    </li>
  );
}
