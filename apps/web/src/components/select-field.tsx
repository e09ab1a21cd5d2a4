import {
  Button,
  FieldError,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
  Text,
  type Key,
} from 'react-aria-components';
import styles from './select-field.module.css';
import { refusalBehavior } from './controls';

export interface Option {
  id: string;
  label: string;
}

/**
 * A labelled select (react-aria: a button opening a listbox, typeahead and arrow keys). Its error,
 * from the API, is shown under it and linked to the button with aria-describedby.
 */
export function SelectField({
  label,
  options,
  selected,
  onChange,
  description,
  errorMessage,
  placeholder,
  hideLabel = false,
}: {
  label: string;
  options: Option[];
  selected: string | null;
  onChange: (id: string) => void;
  description?: string;
  errorMessage?: string;
  placeholder?: string;
  /** In a table row whose header already says what the field is for. */
  hideLabel?: boolean;
}) {
  return (
    <Select
      className={`${styles.field} ${hideLabel ? styles.compact : ''}`}
      value={selected}
      onChange={(key: Key | null) => key !== null && onChange(String(key))}
      isInvalid={errorMessage !== undefined}
      validationBehavior={refusalBehavior(errorMessage)}
      placeholder={placeholder}
    >
      <Label className={hideLabel ? 'visually-hidden' : styles.label}>{label}</Label>
      <Button className={styles.trigger}>
        <SelectValue />
        <span aria-hidden="true" className={styles.chevron}>
          ▼
        </span>
      </Button>
      {description && (
        <Text slot="description" className={styles.description}>
          {description}
        </Text>
      )}
      <FieldError className={styles.error}>{errorMessage}</FieldError>
      <Popover className={styles.popover}>
        <ListBox className={styles.listbox} items={options}>
          {(option) => (
            <ListBoxItem id={option.id} className={styles.option} textValue={option.label}>
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
