import { useState } from 'react';
import { Form, Label, TextArea, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/auth';
import { ApiError } from '../../api/client';
import { type AgendaItem, useAgendaRequests, useRequestAgendaItem } from '../../api/meetings';
import { Alert, Button, controlStyles, Notice, TextInput } from '../../components/controls';
import { RadioField } from '../../components/radio-field';

const KINDS: AgendaItem['kind'][] = ['information', 'discussion', 'decision'];

/** A member asks the secretariat to put an item on the agenda, and sees what became of their requests. */
export function AgendaRequestForm({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation('member');
  const me = useMe();
  const requests = useAgendaRequests(meetingId);
  const request = useRequestAgendaItem(meetingId);
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<AgendaItem['kind']>('discussion');
  const [description, setDescription] = useState('');
  const mine = (requests.data ?? []).filter((r) => r.requestedByPersonId === me.data?.personId);
  const titleError = request.error instanceof ApiError ? request.error.fieldMessage('title') : undefined;

  return (
    <>
      {mine.length > 0 && (
        <ul>
          {mine.map((r) => (
            <li key={r.id}>
              {t(`requests.status.${r.status}`, { title: r.title })}
              {r.declineReason && ` — ${t('requests.reason', { reason: r.declineReason })}`}
            </li>
          ))}
        </ul>
      )}
      {request.isSuccess && <Notice tone="success">{t('requests.sent')}</Notice>}
      {request.error && !titleError && <Alert>{t('requests.refused')}</Alert>}
      <Form
        onSubmit={(event) => {
          event.preventDefault();
          request.mutate(
            { title: title.trim(), kind, ...(description.trim() ? { description: description.trim() } : {}) },
            {
              onSuccess: () => {
                setTitle('');
                setDescription('');
              },
            },
          );
        }}
      >
        <TextInput
          label={t('requests.itemTitle')}
          isRequired
          value={title}
          onChange={setTitle}
          errorMessage={titleError ? t('requests.titleRefused') : undefined}
        />
        <RadioField
          label={t('requests.kind')}
          options={KINDS.map((k) => ({ id: k, label: t(`agenda.kind.${k}`) }))}
          value={kind}
          onChange={(value) => setKind(value as AgendaItem['kind'])}
        />
        <TextField className={controlStyles.field} value={description} onChange={setDescription}>
          <Label className={controlStyles.label}>{t('requests.description')}</Label>
          <TextArea className={controlStyles.input} rows={4} />
        </TextField>
        <Button type="submit" variant="secondary" isDisabled={request.isPending}>
          {t('requests.submit')}
        </Button>
      </Form>
    </>
  );
}
