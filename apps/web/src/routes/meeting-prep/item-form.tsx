import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { AGENDA_ITEM_KINDS, type AgendaItem, type AgendaItemKind } from '../../api/agenda-editing';
import type { Schemas } from '../../api/client';
import { Alert, TextInput } from '../../components/controls';
import { FieldRow, FormActions, SelectInput, TextAreaInput } from '../../components/forms';
import { fieldRefusal, formRefusal } from '../../components/refusal';

type ItemFields = Schemas['CreateAgendaItemDto'];
const FIELDS = ['title', 'kind', 'durationMinutes', 'presenter', 'description'] as const;

/** The fields of an agenda item, to add one or to edit one; empty optional fields are sent as null. */
export function ItemForm({
  item,
  submitLabel,
  onSubmit,
  onCancel,
  error,
  isPending,
}: {
  item?: AgendaItem;
  submitLabel: string;
  onSubmit: (fields: ItemFields, reset: () => void) => void;
  onCancel?: () => void;
  error: unknown;
  isPending: boolean;
}) {
  const { t } = useTranslation('secretariat');
  const [title, setTitle] = useState(item?.title ?? '');
  const [kind, setKind] = useState<AgendaItemKind>(item?.kind ?? 'discussion');
  const [duration, setDuration] = useState(item?.durationMinutes?.toString() ?? '');
  const [presenter, setPresenter] = useState(item?.presenter ?? '');
  const [description, setDescription] = useState(item?.description ?? '');
  const reset = () => {
    setTitle('');
    setKind('discussion');
    setDuration('');
    setPresenter('');
    setDescription('');
  };
  const general = formRefusal(t, error, FIELDS);

  return (
    <Form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(
          {
            title: title.trim(),
            kind,
            durationMinutes: duration.trim() === '' ? null : Number(duration),
            presenter: presenter.trim() || null,
            description: description.trim() || null,
          },
          reset,
        );
      }}
    >
      {general && <Alert>{general}</Alert>}
      <TextInput
        label={t('prep.item.title')}
        isRequired
        value={title}
        onChange={setTitle}
        errorMessage={fieldRefusal(t, error, 'title')}
      />
      <FieldRow>
        <SelectInput
          label={t('prep.item.kind')}
          choices={AGENDA_ITEM_KINDS.map((k) => ({ id: k, label: t(`kinds.${k}`) }))}
          value={kind}
          onChange={(k) => setKind(k as AgendaItemKind)}
          errorMessage={fieldRefusal(t, error, 'kind')}
        />
        <TextInput
          label={t('prep.item.duration')}
          description={t('prep.item.durationHelp')}
          type="number"
          inputMode="numeric"
          value={duration}
          onChange={setDuration}
          errorMessage={fieldRefusal(t, error, 'durationMinutes')}
        />
      </FieldRow>
      <TextInput
        label={t('prep.item.presenter')}
        value={presenter}
        onChange={setPresenter}
        errorMessage={fieldRefusal(t, error, 'presenter')}
      />
      <TextAreaInput
        label={t('prep.item.description')}
        value={description}
        onChange={setDescription}
        errorMessage={fieldRefusal(t, error, 'description')}
      />
      <FormActions submit={submitLabel} isPending={isPending} onCancel={onCancel} />
    </Form>
  );
}
