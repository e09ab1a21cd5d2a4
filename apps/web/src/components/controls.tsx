import type { ReactNode, Ref } from 'react';
import {
  Button as AriaButton,
  type ButtonProps,
  FieldError,
  Input,
  Label,
  Text,
  TextField,
  type TextFieldProps,
} from 'react-aria-components';
import styles from './controls.module.css';

export { styles as controlStyles };

type Variant = 'primary' | 'secondary' | 'danger';

/**
 * How a field shows the refusal given as its `errorMessage` (most come from the API): the ARIA way.
 * The native way would also mark the input invalid for the browser, which would then refuse to send
 * the form again, even once the person has corrected the field.
 */
export const refusalBehavior = (errorMessage: string | undefined) => (errorMessage ? 'aria' : 'native');

/** A button with a generous target; `variant` says how much it stands out; `ref` lets a page move focus to it. */
export function Button({
  variant = 'primary',
  className,
  ...props
}: ButtonProps & { variant?: Variant; ref?: Ref<HTMLButtonElement> }) {
  const classes = [styles.button, variant !== 'primary' ? styles[variant] : '', className ?? ''].join(' ');
  return <AriaButton {...props} className={classes} />;
}

/** A labelled text field; its error (from the browser or the API) is announced and linked to the input. */
export function TextInput({
  label,
  description,
  errorMessage,
  ...props
}: TextFieldProps & { label: string; description?: string; errorMessage?: string }) {
  return (
    <TextField
      {...props}
      isInvalid={errorMessage ? true : props.isInvalid}
      validationBehavior={refusalBehavior(errorMessage)}
      className={styles.field}
    >
      <Label className={styles.label}>{label}</Label>
      <Input className={styles.input} />
      {description && (
        <Text slot="description" className={styles.description}>
          {description}
        </Text>
      )}
      <FieldError className={styles.error}>{errorMessage}</FieldError>
    </TextField>
  );
}

/** A message about the whole page or form, read out when it appears. */
export function Alert({ children }: { children: ReactNode }) {
  return (
    <div role="alert" className={styles.alert}>
      {children}
    </div>
  );
}

export function Notice({ children, tone = 'info' }: { children: ReactNode; tone?: 'info' | 'success' }) {
  return (
    <div role="status" className={tone === 'success' ? styles.success : styles.notice}>
      {children}
    </div>
  );
}
