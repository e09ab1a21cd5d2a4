import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { todayIso, useAppoint, usePeople, type Body, type Composition, type MandateRole } from '../../api/staff';
import { Alert, Button, Notice, TextInput } from '../../components/controls';
import table from '../../components/data-table.module.css';
import { FieldRow, SearchSelect, SelectInput } from '../../components/forms';
import { fieldRefusal, formRefusal } from '../../components/refusal';
import { PersonForm } from '../people/person-form';

const FIELDS = ['personId', 'category', 'role', 'startDate', 'endDate'] as const;
const ROLES: readonly MandateRole[] = ['member', 'chair', 'vice_chair'];

/**
 * Appoints a person to a seat: found by name among the people, or created here first. The API's
 * refusals (category full, overlapping mandate, office taken, too many renewals) show by their field.
 */
export function AppointForm({ body, composition }: { body: Body; composition: Composition }) {
  const { t } = useTranslation('secretariat');
  const people = usePeople();
  const appoint = useAppoint(body.id);
  const [personId, setPersonId] = useState<string | null>(null);
  const [category, setCategory] = useState<string | null>(
    composition.categories.find((c) => c.vacant > 0)?.code ?? body.categories[0]?.code ?? null,
  );
  const [role, setRole] = useState<MandateRole>('member');
  const [startDate, setStartDate] = useState(todayIso());
  const [endDate, setEndDate] = useState('');
  const [creating, setCreating] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  const choices = (people.data ?? []).map((p) => ({
    id: p.id,
    label: p.organisation ? `${p.fullName} (${p.organisation})` : p.fullName,
  }));
  return (
    <>
      {done && <Notice tone="success">{done}</Notice>}
      <Form
        onSubmit={(event) => {
          event.preventDefault();
          if (!personId || !category) return;
          appoint.mutate(
            { personId, category, role, startDate, ...(endDate ? { endDate } : {}) },
            {
              onSuccess: (mandate) => {
                setDone(t('composition.appoint.done', { name: mandate.fullName }));
                setPersonId(null);
              },
            },
          );
        }}
      >
        {formRefusal(t, appoint.error, FIELDS) && <Alert>{formRefusal(t, appoint.error, FIELDS)}</Alert>}
        <SearchSelect
          label={t('composition.appoint.person')}
          description={t('composition.appoint.personHelp')}
          emptyText={people.isPending ? t('common:loading') : t('composition.appoint.noMatch')}
          isRequired
          choices={choices}
          value={personId}
          onChange={setPersonId}
          errorMessage={fieldRefusal(t, appoint.error, 'personId')}
        />
        <FieldRow>
          <SelectInput
            label={t('composition.appoint.category')}
            isRequired
            choices={composition.categories.map((c) => ({
              id: c.code,
              label: t('composition.appoint.categoryChoice', { label: c.label, count: c.vacant }),
            }))}
            value={category}
            onChange={setCategory}
            errorMessage={fieldRefusal(t, appoint.error, 'category')}
          />
          <SelectInput
            label={t('composition.appoint.role')}
            choices={ROLES.map((r) => ({ id: r, label: t(`roles.${r}`) }))}
            value={role}
            onChange={(r) => setRole(r as MandateRole)}
            errorMessage={fieldRefusal(t, appoint.error, 'role')}
          />
        </FieldRow>
        <FieldRow>
          <TextInput
            label={t('composition.appoint.startDate')}
            type="date"
            isRequired
            value={startDate}
            onChange={setStartDate}
            errorMessage={fieldRefusal(t, appoint.error, 'startDate')}
          />
          <TextInput
            label={t('composition.appoint.endDate')}
            description={t('composition.appoint.endDateHelp', { count: body.termYears })}
            type="date"
            value={endDate}
            onChange={setEndDate}
            errorMessage={fieldRefusal(t, appoint.error, 'endDate')}
          />
        </FieldRow>
        <div className={table.actions}>
          <Button type="submit" isDisabled={appoint.isPending || !personId}>
            {t('composition.appoint.submit')}
          </Button>
          {!creating && (
            <Button variant="secondary" onPress={() => setCreating(true)}>
              {t('composition.appoint.newPerson')}
            </Button>
          )}
        </div>
      </Form>
      {creating && (
        <section aria-labelledby="new-person-heading" className={table.panel}>
          <h3 id="new-person-heading">{t('people.new.heading')}</h3>
          <PersonForm
            onSaved={(person) => {
              setPersonId(person.id);
              setCreating(false);
            }}
            onCancel={() => setCreating(false)}
          />
        </section>
      )}
    </>
  );
}
