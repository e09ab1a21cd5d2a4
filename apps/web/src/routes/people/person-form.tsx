import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useCreatePerson, useUpdatePerson, type Person } from '../../api/staff';
import { Alert, TextInput } from '../../components/controls';
import { FormActions } from '../../components/forms';
import { fieldRefusal, formRefusal } from '../../components/refusal';

const FIELDS = ['fullName', 'email', 'organisation'] as const;
type Fields = Record<(typeof FIELDS)[number], string>;

const blank = (value: string) => value.trim() || null;

/**
 * A person's record (name, e-mail, organisation): a new one when `person` is absent (on the people
 * page, or while appointing), else that person's, corrected (only the changed fields are sent).
 */
export function PersonForm({
  person,
  onSaved,
  onCancel,
}: {
  person?: Person;
  onSaved: (person: Person) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation('secretariat');
  const create = useCreatePerson();
  const update = useUpdatePerson();
  const saving = person ? update : create;
  const initial: Fields = {
    fullName: person?.fullName ?? '',
    email: person?.email ?? '',
    organisation: person?.organisation ?? '',
  };
  const [fields, setFields] = useState<Fields>(initial);
  const field = (name: keyof Fields) => ({
    value: fields[name],
    onChange: (value: string) => setFields((current) => ({ ...current, [name]: value })),
    errorMessage: fieldRefusal(t, saving.error, name),
  });

  const save = () => {
    const values = {
      fullName: fields.fullName.trim(),
      email: blank(fields.email),
      organisation: blank(fields.organisation),
    };
    if (!person) {
      create.mutate(values, {
        onSuccess: (created) => {
          setFields(initial);
          onSaved(created);
        },
      });
      return;
    }
    const was = { fullName: person.fullName, email: person.email ?? null, organisation: person.organisation ?? null };
    const changed = Object.fromEntries(FIELDS.filter((name) => values[name] !== was[name]).map((n) => [n, values[n]]));
    if (Object.keys(changed).length === 0) onSaved(person);
    else update.mutate({ personId: person.id, ...changed }, { onSuccess: onSaved });
  };

  const refusal = formRefusal(t, saving.error, FIELDS);
  return (
    <Form
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      {refusal && <Alert>{refusal}</Alert>}
      <TextInput label={t('people.fullName')} isRequired autoComplete="off" {...field('fullName')} />
      <TextInput label={t('people.email')} type="email" autoComplete="off" {...field('email')} />
      <TextInput
        label={t('people.organisation')}
        description={t('people.organisationHelp')}
        {...field('organisation')}
      />
      <FormActions
        submit={person ? t('people.edit.submit') : t('people.new.submit')}
        isPending={saving.isPending}
        onCancel={onCancel}
      />
    </Form>
  );
}
