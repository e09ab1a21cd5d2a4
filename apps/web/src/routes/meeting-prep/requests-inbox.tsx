import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useDecideRequest, useRequests, type AgendaRequest } from '../../api/agenda-editing';
import { usePeople } from '../../api/staff';
import { Alert, Button } from '../../components/controls';
import table from '../../components/data-table.module.css';
import { FormActions, TextAreaInput } from '../../components/forms';
import { fieldRefusal, formRefusal } from '../../components/refusal';
import styles from './meeting-prep.module.css';

/** Items members asked for: pending ones first, each accepted onto the agenda or declined with a reason. */
export function RequestsInbox({ meetingId, editable }: { meetingId: string; editable: boolean }) {
  const { t } = useTranslation('secretariat');
  const requests = useRequests(meetingId);
  const people = usePeople();
  const nameOf = (personId: string | null) =>
    people.data?.find((p) => p.id === personId)?.fullName ?? t('prep.requests.unknownAuthor');
  if (!requests.data) return null;
  const pending = requests.data.filter((r) => r.status === 'pending');
  const decided = requests.data.filter((r) => r.status !== 'pending');
  return (
    <>
      {pending.length === 0 && <p>{t('prep.requests.none')}</p>}
      <ul className={styles.requests}>
        {pending.map((request) => (
          <PendingRequest
            key={request.id}
            meetingId={meetingId}
            request={request}
            author={nameOf(request.requestedByPersonId)}
            editable={editable}
          />
        ))}
      </ul>
      {decided.length > 0 && (
        <div className={table.wrap}>
          <table className={table.table}>
            <caption>{t('prep.requests.decided')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('prep.requests.item')}</th>
                <th scope="col">{t('prep.requests.author')}</th>
                <th scope="col">{t('prep.requests.decision')}</th>
              </tr>
            </thead>
            <tbody>
              {decided.map((r) => (
                <tr key={r.id}>
                  <td>{r.title}</td>
                  <td>{nameOf(r.requestedByPersonId)}</td>
                  <td>
                    {t(`prep.requests.status.${r.status}`)}
                    {r.declineReason && ` — ${r.declineReason}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function PendingRequest({
  meetingId,
  request,
  author,
  editable,
}: {
  meetingId: string;
  request: AgendaRequest;
  author: string;
  editable: boolean;
}) {
  const { t } = useTranslation('secretariat');
  const decide = useDecideRequest(meetingId);
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const headingId = `request-${request.id}`;
  return (
    <li className={table.panel}>
      <h3 id={headingId} className={styles.itemTitle}>
        {request.title}
      </h3>
      <p className={styles.itemMeta}>
        <span className={table.badge}>{t(`kinds.${request.kind}`)}</span>
        {request.durationMinutes !== null && (
          <span>{t('prep.agenda.minutes', { count: request.durationMinutes })}</span>
        )}
        <span>{t('prep.requests.askedBy', { name: author })}</span>
      </p>
      {request.description && <p>{request.description}</p>}
      {formRefusal(t, decide.error, ['reason']) && <Alert>{formRefusal(t, decide.error, ['reason'])}</Alert>}
      {editable && !declining && (
        <div className={table.actions}>
          <Button
            aria-label={t('prep.requests.acceptLabel', { title: request.title })}
            isDisabled={decide.isPending}
            onPress={() => decide.mutate({ requestId: request.id, accept: true })}
          >
            {t('prep.requests.accept')}
          </Button>
          <Button
            variant="secondary"
            aria-label={t('prep.requests.declineLabel', { title: request.title })}
            onPress={() => setDeclining(true)}
          >
            {t('prep.requests.decline')}
          </Button>
        </div>
      )}
      {editable && declining && (
        <Form
          onSubmit={(event) => {
            event.preventDefault();
            decide.mutate({ requestId: request.id, accept: false, reason: reason.trim() });
          }}
        >
          <TextAreaInput
            label={t('prep.requests.reason')}
            description={t('prep.requests.reasonHelp')}
            isRequired
            value={reason}
            onChange={setReason}
            errorMessage={fieldRefusal(t, decide.error, 'reason')}
          />
          <FormActions
            submit={t('prep.requests.confirmDecline')}
            isPending={decide.isPending}
            onCancel={() => setDeclining(false)}
          />
        </Form>
      )}
    </li>
  );
}
