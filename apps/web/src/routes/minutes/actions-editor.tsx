import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type Schemas } from '../../api/client';
import { Button, TextInput } from '../../components/controls';
import { CheckboxInput, FieldRow } from '../../components/forms';
import { fieldRefusal } from '../../components/refusal';
import styles from './minutes.module.css';

export type DraftAction = Schemas['DraftActionDto'];

/** What a new action starts as: nothing written, due whenever, public. */
const NEW_ACTION: DraftAction = { title: '', assignee: '', dueDate: null, private: false };

/** A field of an action as a save sends it: text trimmed, no due date as null. */
const sentAs = (action: DraftAction | undefined, field: 'title' | 'assignee' | 'dueDate') =>
  action === undefined ? undefined : field === 'dueDate' ? action.dueDate || null : action[field].trim();

/** The draft's fields of action `index`, as the API names them in its refusals. */
export const actionFields = (index: number) => ['title', 'assignee', 'dueDate'].map((f) => `actions.${index}.${f}`);

/**
 * The actions decided in the meeting: what is to be done, by whom, by when, each one public or
 * private. Saved with the rest of the draft; the API's refusal of a field shows under that field.
 */
export function ActionsEditor({
  actions,
  onChange,
  sent,
  error,
  disabled,
}: {
  actions: DraftAction[];
  onChange: (actions: DraftAction[]) => void;
  /** The actions as the last save sent them (trimmed), and its error, whose details may name their fields. */
  sent: DraftAction[];
  error: unknown;
  disabled: boolean;
}) {
  const { t } = useTranslation(['minutes', 'secretariat']);
  // The action just added takes the focus, so that a keyboard user writes it at once.
  const [added, setAdded] = useState<number | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const update = (index: number, change: Partial<DraftAction>) =>
    onChange(actions.map((a, i) => (i === index ? { ...a, ...change } : a)));
  // A refusal stays beside its field until the field changes: a stale one would also keep the form
  // from being sent again (an invalid field blocks the browser's submit).
  // A blank one is said in the page's own words: the API's would name the field by its path.
  const refusal = (index: number, field: 'title' | 'assignee' | 'dueDate') => {
    if (sentAs(actions[index], field) !== sentAs(sent[index], field)) return undefined;
    const path = `actions.${index}.${field}`;
    if (field !== 'dueDate' && error instanceof ApiError && error.fieldCode(path) === 'validation.not_blank') {
      return t(`actions.blank.${field}`);
    }
    return fieldRefusal(t, error, path);
  };
  return (
    <section aria-labelledby="actions-heading" className={styles.actions}>
      <h2 id="actions-heading">{t('actions.heading')}</h2>
      {actions.length === 0 && <p className={styles.muted}>{t('actions.none')}</p>}
      <ol className={styles.plainList}>
        {actions.map((action, index) => {
          const n = index + 1;
          return (
            <li key={index}>
              <fieldset className={action.private ? styles.privateAction : styles.action}>
                <legend className={styles.actionLegend}>{t('actions.legend', { n })}</legend>
                <TextInput
                  label={t('actions.title')}
                  description={t('actions.titleHelp')}
                  isRequired
                  autoFocus={added === index}
                  value={action.title}
                  onChange={(title) => update(index, { title })}
                  errorMessage={refusal(index, 'title')}
                />
                <FieldRow>
                  <TextInput
                    label={t('actions.assignee')}
                    description={t('actions.assigneeHelp')}
                    isRequired
                    value={action.assignee}
                    onChange={(assignee) => update(index, { assignee })}
                    errorMessage={refusal(index, 'assignee')}
                  />
                  <TextInput
                    label={t('actions.dueDate')}
                    description={t('actions.dueDateHelp')}
                    type="date"
                    value={action.dueDate ?? ''}
                    onChange={(dueDate) => update(index, { dueDate: dueDate || null })}
                    errorMessage={refusal(index, 'dueDate')}
                  />
                </FieldRow>
                <div className={styles.passageTools}>
                  <CheckboxInput
                    isSelected={action.private ?? false}
                    onChange={(selected) => update(index, { private: selected })}
                  >
                    {t('actions.private')}
                  </CheckboxInput>
                  {!disabled && (
                    <Button
                      variant="secondary"
                      aria-label={t('actions.removeLabel', { n, title: action.title || t('actions.untitled') })}
                      onPress={() => {
                        setAdded(null);
                        onChange(actions.filter((_, i) => i !== index));
                        addButton.current?.focus();
                      }}
                    >
                      {t('passages.remove')}
                    </Button>
                  )}
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {!disabled && (
        <Button
          ref={addButton}
          variant="secondary"
          onPress={() => {
            setAdded(actions.length);
            onChange([...actions, { ...NEW_ACTION }]);
          }}
        >
          {t('actions.add')}
        </Button>
      )}
    </section>
  );
}
