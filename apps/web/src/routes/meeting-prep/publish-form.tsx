import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { usePublish } from '../../api/agenda-editing';
import { Alert, Button, Notice } from '../../components/controls';
import { TextAreaInput } from '../../components/forms';
import { fieldRefusal, formRefusal } from '../../components/refusal';

/** Publishes the working agenda as the next numbered version; from the second on, with a change note. */
export function PublishForm({
  meetingId,
  publishedVersion,
  unpublishedChanges,
  editable,
}: {
  meetingId: string;
  publishedVersion: number | null;
  unpublishedChanges: boolean;
  editable: boolean;
}) {
  const { t } = useTranslation('secretariat');
  const publish = usePublish(meetingId);
  const [changeNote, setChangeNote] = useState('');
  const [published, setPublished] = useState<number | null>(null);
  const next = (publishedVersion ?? 0) + 1;
  const needsNote = publishedVersion !== null;

  return (
    <>
      {published !== null && <Notice tone="success">{t('prep.publish.done', { version: published })}</Notice>}
      {publishedVersion === null ? (
        <p>{t('prep.publish.never')}</p>
      ) : (
        <p>
          {unpublishedChanges
            ? t('prep.publish.changesSince', { version: publishedVersion })
            : t('prep.publish.upToDate', { version: publishedVersion })}
        </p>
      )}
      {editable && (unpublishedChanges || publishedVersion === null) && (
        <Form
          onSubmit={(event) => {
            event.preventDefault();
            publish.mutate(needsNote ? { changeNote: changeNote.trim() } : {}, {
              onSuccess: (version) => {
                setPublished(version.number);
                setChangeNote('');
              },
            });
          }}
        >
          {formRefusal(t, publish.error, ['changeNote']) && (
            <Alert>{formRefusal(t, publish.error, ['changeNote'])}</Alert>
          )}
          {needsNote && (
            <TextAreaInput
              label={t('prep.publish.changeNote')}
              description={t('prep.publish.changeNoteHelp')}
              isRequired
              value={changeNote}
              onChange={setChangeNote}
              errorMessage={fieldRefusal(t, publish.error, 'changeNote')}
            />
          )}
          <Button type="submit" isDisabled={publish.isPending}>
            {t('prep.publish.submit', { version: next })}
          </Button>
        </Form>
      )}
    </>
  );
}
