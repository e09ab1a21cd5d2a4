import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useCreatePerson, type Person } from '../../api/staff';
import { Alert, Button, TextInput } from '../../components/controls';
import table from '../../components/data-table.module.css';
import { fieldRefusal, formRefusal } from '../../components/refusal';

const FIELDS = ['fullName', 'email', 'organisation'] as const;

/** Creates a person (name, e-mail, organisation): on the people page, or while appointing. */
export function NewPersonForm({ onCreated, onCancel }: { onCreated: (person: Person) => void; onCancel?: () => void }) {
  const { t } = useTranslation('secretariat');
  const create = useCreatePerson();
  const [fullName, setFullName] = useState('');
  const [email, setEmail] = useState('');
  const [organisation, setOrganisation] = useState('');
  return (
    <Form
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate(
          { fullName: fullName.trim(), email: email.trim() || null, organisation: organisation.trim() || null },
          {
            onSuccess: (person) => {
              setFullName('');
              setEmail('');
              setOrganisation('');
              onCreated(person);
            },
          },
        );
      }}
    >
      {formRefusal(t, create.error, FIELDS) && <Alert>{formRefusal(t, create.error, FIELDS)}</Alert>}
      <TextInput
        label={t('people.fullName')}
        isRequired
        autoComplete="off"
        value={fullName}
        onChange={setFullName}
        errorMessage={fieldRefusal(t, create.error, 'fullName')}
      />
      <TextInput
        label={t('people.email')}
        type="email"
        autoComplete="off"
        value={email}
        onChange={setEmail}
        errorMessage={fieldRefusal(t, create.error, 'email')}
      />
      <TextInput
        label={t('people.organisation')}
        description={t('people.organisationHelp')}
        value={organisation}
        onChange={setOrganisation}
        errorMessage={fieldRefusal(t, create.error, 'organisation')}
      />
      <div className={table.actions}>
        <Button type="submit" isDisabled={create.isPending}>
          {t('people.new.submit')}
        </Button>
        {onCancel && (
          <Button variant="secondary" onPress={onCancel}>
            {t('prep.item.cancel')}
          </Button>
        )}
      </div>
    </Form>
  );
}
