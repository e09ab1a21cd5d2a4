import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import type { AgendaSnapshotItem } from '../../api/meetings';
import { useDissentRequests, useRequestDissent } from '../../api/minutes';
import { Alert, Button, Notice } from '../../components/controls';
import { SelectInput, TextAreaInput } from '../../components/forms';
import { fieldRefusal, formRefusal } from '../../components/refusal';
import styles from './minutes.module.css';

/** A member who attended asks for their dissent to be recorded under an item, and follows their requests. */
export function DissentForm({ meetingId, agenda }: { meetingId: string; agenda: AgendaSnapshotItem[] }) {
  const { t } = useTranslation(['minutes', 'secretariat']);
  const requests = useDissentRequests(meetingId);
  const request = useRequestDissent(meetingId);
  const [itemId, setItemId] = useState<string | null>(null);
  const [text, setText] = useState('');
  const titleOf = (id: string) => agenda.find((i) => i.id === id)?.title ?? '—';
  const notPresent = request.error instanceof ApiError && request.error.status === 403;
  const refusal = notPresent ? undefined : formRefusal(t, request.error, ['itemId', 'text']);
  const mine = requests.data ?? [];

  return (
    <>
      <p>{t('dissentForm.help')}</p>
      {mine.length > 0 && (
        <>
          <h3>{t('dissentForm.mine')}</h3>
          <ul className={styles.plainList}>
            {mine.map((r) => (
              <li key={r.id} className={styles.request}>
                <p className={styles.question}>{titleOf(r.itemId)}</p>
                <blockquote className={styles.quote}>{r.text}</blockquote>
                <p>
                  <span className={`${styles.state} ${styles[`dissent_${r.status}`]}`}>
                    {t(`dissentForm.status.${r.status}`)}
                  </span>
                  {r.declineReason && ` — ${t('dissentForm.reason', { reason: r.declineReason })}`}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
      {request.isSuccess && <Notice tone="success">{t('dissentForm.sent')}</Notice>}
      {notPresent && <Alert>{t('dissentForm.notPresent')}</Alert>}
      {refusal && <Alert>{refusal}</Alert>}
      <Form
        onSubmit={(event) => {
          event.preventDefault();
          if (!itemId) return;
          request.mutate({ itemId, text: text.trim() }, { onSuccess: () => setText('') });
        }}
      >
        <SelectInput
          label={t('dissentForm.item')}
          placeholder={t('dissentForm.choose')}
          isRequired
          choices={agenda.map((i) => ({ id: i.id, label: `${i.position}. ${i.title}` }))}
          value={itemId}
          onChange={setItemId}
          errorMessage={fieldRefusal(t, request.error, 'itemId')}
        />
        <TextAreaInput
          label={t('dissentForm.text')}
          isRequired
          value={text}
          onChange={setText}
          errorMessage={fieldRefusal(t, request.error, 'text')}
        />
        <Button type="submit" isDisabled={request.isPending || !itemId}>
          {t('dissentForm.submit')}
        </Button>
      </Form>
    </>
  );
}
