import { useEffect, useState, type ReactNode } from 'react';
import {
  Button as AriaButton,
  Checkbox,
  ComboBox,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
  Text,
  TextArea,
  TextField,
  type Key,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Button, controlStyles, refusalBehavior } from './controls';
import table from './data-table.module.css';
import styles from './forms.module.css';

/*
 * The labelled fields of the staff's forms, beside controls.tsx's TextInput: each shows its error
 * (from the API, translated by the page) under it, linked to the control (aria-describedby).
 */

export interface Choice {
  id: string;
  label: string;
}

interface FieldProps {
  label: string;
  description?: string;
  errorMessage?: string;
  isRequired?: boolean;
}

function Help({ description, errorMessage }: { description?: string; errorMessage?: string }) {
  return (
    <>
      {description && (
        <Text slot="description" className={controlStyles.description}>
          {description}
        </Text>
      )}
      <FieldError className={controlStyles.error}>{errorMessage}</FieldError>
    </>
  );
}

/** A select: a button opening a listbox (arrow keys, typeahead). */
export function SelectInput({
  label,
  description,
  errorMessage,
  isRequired,
  choices,
  value,
  onChange,
  placeholder,
}: FieldProps & {
  choices: readonly Choice[];
  value: string | null;
  onChange: (id: string) => void;
  placeholder?: string;
}) {
  return (
    <Select
      className={controlStyles.field}
      value={value}
      onChange={(key: Key | null) => key !== null && onChange(String(key))}
      isInvalid={errorMessage !== undefined}
      validationBehavior={refusalBehavior(errorMessage)}
      isRequired={isRequired}
      placeholder={placeholder}
    >
      <Label className={controlStyles.label}>{label}</Label>
      <AriaButton className={styles.trigger}>
        <SelectValue />
        <span aria-hidden="true">▾</span>
      </AriaButton>
      <Help description={description} errorMessage={errorMessage} />
      <Popover className={styles.popover}>
        <ListBox className={styles.listbox} items={choices}>
          {(choice) => (
            <ListBoxItem id={choice.id} className={styles.option} textValue={choice.label}>
              {choice.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}

/** Folds case and accents, so "helene" finds "Hélène". */
export const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/**
 * A search field offering the entries whose label holds what was typed (case and accents aside);
 * `onChange` gets the chosen id, or null once the text no longer names the chosen entry.
 */
export function SearchSelect({
  label,
  description,
  errorMessage,
  isRequired,
  choices,
  value,
  onChange,
  emptyText,
}: FieldProps & {
  choices: readonly Choice[];
  value: string | null;
  onChange: (id: string | null) => void;
  emptyText: string;
}) {
  const labelOf = (id: string | null) => choices.find((c) => c.id === id)?.label;
  const [text, setText] = useState(() => labelOf(value) ?? '');
  // A choice made elsewhere (a person just created) shows in the field once the list holds it.
  const chosenLabel = labelOf(value);
  useEffect(() => {
    if (chosenLabel !== undefined) setText(chosenLabel);
    else if (value === null) setText((current) => (choices.some((c) => c.label === current) ? '' : current));
    // Follows the chosen entry only: `choices` is rebuilt on every render, and typing must not be undone.
  }, [value, chosenLabel]);
  const shown = text === chosenLabel ? choices : choices.filter((c) => fold(c.label).includes(fold(text.trim())));
  return (
    <ComboBox
      className={controlStyles.field}
      items={shown}
      inputValue={text}
      onInputChange={(next) => {
        setText(next);
        if (value !== null && next !== chosenLabel) onChange(null);
      }}
      selectedKey={value}
      onSelectionChange={(key: Key | null) => {
        if (key === null) return;
        onChange(String(key));
        setText(labelOf(String(key)) ?? '');
      }}
      isInvalid={errorMessage !== undefined}
      validationBehavior={refusalBehavior(errorMessage)}
      isRequired={isRequired}
      menuTrigger="input"
      // Open even when nothing matches, to say so (and to show the entries once they arrive).
      allowsEmptyCollection
    >
      <Label className={controlStyles.label}>{label}</Label>
      <div className={styles.comboRow}>
        <Input className={`${controlStyles.input} ${styles.comboInput}`} />
        <AriaButton className={styles.comboButton}>
          <span aria-hidden="true">▾</span>
        </AriaButton>
      </div>
      <Help description={description} errorMessage={errorMessage} />
      <Popover className={styles.popover}>
        <ListBox className={styles.listbox} renderEmptyState={() => <p className={styles.empty}>{emptyText}</p>}>
          {(choice: Choice) => (
            <ListBoxItem id={choice.id} className={styles.option} textValue={choice.label}>
              {choice.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}

/** A multi-line text field. */
export function TextAreaInput({
  label,
  description,
  errorMessage,
  isRequired,
  value,
  onChange,
  name,
}: FieldProps & { value: string; onChange: (value: string) => void; name?: string }) {
  return (
    <TextField
      className={controlStyles.field}
      value={value}
      onChange={onChange}
      isInvalid={errorMessage !== undefined}
      validationBehavior={refusalBehavior(errorMessage)}
      isRequired={isRequired}
      name={name}
    >
      <Label className={controlStyles.label}>{label}</Label>
      <TextArea className={`${controlStyles.input} ${styles.textarea}`} rows={3} />
      <Help description={description} errorMessage={errorMessage} />
    </TextField>
  );
}

/** A checkbox with a visible box and its label beside it. */
export function CheckboxInput({
  children,
  isSelected,
  onChange,
  describedBy,
}: {
  children: ReactNode;
  isSelected: boolean;
  onChange: (selected: boolean) => void;
  describedBy?: string;
}) {
  return (
    <Checkbox className={styles.checkbox} isSelected={isSelected} onChange={onChange} aria-describedby={describedBy}>
      <span className={styles.box} aria-hidden="true">
        {isSelected ? '✓' : ''}
      </span>
      {children}
    </Checkbox>
  );
}

/** Fields side by side on wide screens, stacked on narrow ones. */
export function FieldRow({ children }: { children: ReactNode }) {
  return <div className={styles.row}>{children}</div>;
}

/** A form's buttons: submit (off while the form is being sent), and cancel when the form can be closed. */
export function FormActions({
  submit,
  isPending,
  onCancel,
  variant,
}: {
  submit: string;
  isPending: boolean;
  onCancel?: () => void;
  variant?: 'primary' | 'danger';
}) {
  const { t } = useTranslation('secretariat');
  return (
    <div className={table.actions}>
      <Button type="submit" variant={variant} isDisabled={isPending}>
        {submit}
      </Button>
      {onCancel && (
        <Button variant="secondary" onPress={onCancel}>
          {t('prep.item.cancel')}
        </Button>
      )}
    </div>
  );
}
