import { FieldError, Label, Radio, RadioGroup, Text } from 'react-aria-components';
import type { Option } from './select-field';
import styles from './radio-field.module.css';
import { refusalBehavior } from './controls';

/** A labelled group of radio buttons (arrow keys move between them), its error linked to the group. */
export function RadioField({
  label,
  options,
  value,
  onChange,
  description,
  errorMessage,
  isRequired,
}: {
  label: string;
  options: Option[];
  value: string;
  onChange: (value: string) => void;
  description?: string;
  errorMessage?: string;
  isRequired?: boolean;
}) {
  return (
    <RadioGroup
      className={styles.group}
      value={value}
      onChange={onChange}
      isInvalid={errorMessage !== undefined}
      validationBehavior={refusalBehavior(errorMessage)}
      isRequired={isRequired}
    >
      <Label className={styles.label}>{label}</Label>
      {description && (
        <Text slot="description" className={styles.description}>
          {description}
        </Text>
      )}
      <div className={styles.options}>
        {options.map((option) => (
          <Radio key={option.id} value={option.id} className={styles.radio}>
            {option.label}
          </Radio>
        ))}
      </div>
      <FieldError className={styles.error}>{errorMessage}</FieldError>
    </RadioGroup>
  );
}
