import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useAnswerRecommendation, type AnswerStatus, type Recommendation } from '../../api/recommendations';
import { Alert, Button, Notice, TextInput } from '../../components/controls';
import { FieldRow, SelectInput, TextAreaInput } from '../../components/forms';
import { fieldRefusal, formRefusal } from '../../components/refusal';
import styles from './recommendations.module.css';

const FIELDS = ['status', 'text', 'owner', 'dueDate'] as const;

/**
 * The direction's answer: a status among those the recommendation allows now (the API says which),
 * a text, the department in charge and a due date. A refusal is said next to the field it concerns.
 */
export function AnswerForm({ recommendation }: { recommendation: Recommendation }) {
  const { t } = useTranslation(['recommendations', 'secretariat']);
  const answer = useAnswerRecommendation(recommendation.id);
  const allowed = recommendation.allowedAnswers;
  const [status, setStatus] = useState<AnswerStatus | null>(null);
  const [text, setText] = useState('');
  const [owner, setOwner] = useState(recommendation.owner ?? '');
  const [dueDate, setDueDate] = useState(recommendation.dueDate ?? '');

  const refusal = (field: (typeof FIELDS)[number]) => {
    const error = answer.error;
    if (!(error instanceof ApiError) || error.fieldMessage(field) === undefined) return undefined;
    return t([`recommendations:refusals.${field}.${error.status}`, `recommendations:refusals.${field}.any`], {
      defaultValue: fieldRefusal(t, error, field),
    });
  };

  if (allowed.length === 0) {
    return <p>{t(recommendation.status === 'adopted' ? 'answer.notTransmitted' : 'answer.final')}</p>;
  }
  return (
    <Form
      className={styles.form}
      aria-labelledby="answer-heading"
      onSubmit={(event) => {
        event.preventDefault();
        if (!status) return;
        answer.mutate(
          { status, text, ...(owner.trim() ? { owner: owner.trim() } : {}), ...(dueDate ? { dueDate } : {}) },
          {
            onSuccess: () => {
              setStatus(null);
              setText('');
            },
          },
        );
      }}
    >
      <h2 id="answer-heading">{t('answer.heading')}</h2>
      {answer.isSuccess && <Notice tone="success">{t('answer.saved')}</Notice>}
      {formRefusal(t, answer.error, FIELDS) && <Alert>{formRefusal(t, answer.error, FIELDS)}</Alert>}
      <SelectInput
        label={t('answer.status')}
        description={t('answer.statusHelp', {
          current: t(`status.${recommendation.status}`),
          allowed: allowed.map((s) => t(`status.${s}`)).join(', '),
        })}
        isRequired
        placeholder={t('answer.choose')}
        choices={allowed.map((s) => ({ id: s, label: t(`status.${s}`) }))}
        value={status}
        onChange={(id) => setStatus(id as AnswerStatus)}
        errorMessage={refusal('status')}
      />
      <TextAreaInput
        label={t('answer.text')}
        description={t('answer.textHelp')}
        isRequired
        value={text}
        onChange={setText}
        errorMessage={refusal('text')}
      />
      <FieldRow>
        <TextInput
          label={t('answer.owner')}
          description={t('answer.ownerHelp')}
          value={owner}
          onChange={setOwner}
          errorMessage={refusal('owner')}
        />
        <TextInput
          label={t('answer.dueDate')}
          type="date"
          value={dueDate}
          onChange={setDueDate}
          errorMessage={refusal('dueDate')}
        />
      </FieldRow>
      <div>
        <Button type="submit" isDisabled={answer.isPending || status === null}>
          {t('answer.submit')}
        </Button>
      </div>
    </Form>
  );
}
