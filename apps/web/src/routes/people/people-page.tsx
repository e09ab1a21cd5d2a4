import { useEffect, useRef, useState } from 'react';
import { SearchField, Input, Label } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { usePeople, type Person } from '../../api/staff';
import { Button, controlStyles, Notice } from '../../components/controls';
import { fold } from '../../components/forms';
import table from '../../components/data-table.module.css';
import { usePageTitle } from '../../components/page-title';
import { StaffQueryState } from '../../components/staff-query-state';
import { PersonForm } from './person-form';

/**
 * The people who may hold a mandate: find one by name, organisation or address, correct a record (an
 * address the mail server refused, a new organisation), add one.
 */
export function Component() {
  const { t } = useTranslation('secretariat');
  usePageTitle(t('people.title'));
  const people = usePeople();
  const [query, setQuery] = useState('');
  const [created, setCreated] = useState<string | null>(null);
  const [editing, setEditing] = useState<Person | null>(null);
  const [saved, setSaved] = useState<Person | null>(null);
  const editHeading = useRef<HTMLHeadingElement>(null);

  // The record opens below the table: focus goes to its heading. Saved, focus returns to the person's row.
  useEffect(() => editHeading.current?.focus(), [editing]);
  useEffect(() => {
    if (saved) document.getElementById(`person-${saved.id}`)?.focus();
  }, [saved]);

  // The person just saved stays listed, even when the correction no longer matches the search.
  const shown = (people.data ?? []).filter(
    (p) =>
      p.id === saved?.id || fold(`${p.fullName} ${p.organisation ?? ''} ${p.email ?? ''}`).includes(fold(query.trim())),
  );
  return (
    <>
      <h1>{t('people.title')}</h1>
      <SearchField className={controlStyles.field} value={query} onChange={setQuery}>
        <Label className={controlStyles.label}>{t('people.search')}</Label>
        <Input className={controlStyles.input} />
      </SearchField>
      {saved && <Notice tone="success">{t('people.edit.done', { name: saved.fullName })}</Notice>}
      {!people.data ? (
        <StaffQueryState isPending error={people.error} />
      ) : (
        <div className={table.wrap}>
          <table className={table.table}>
            <caption>{t('people.count', { count: shown.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('people.fullName')}</th>
                <th scope="col">{t('people.organisation')}</th>
                <th scope="col">{t('people.email')}</th>
                <th scope="col">{t('people.record')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((p) => (
                <tr key={p.id}>
                  <th scope="row" id={`person-${p.id}`} tabIndex={-1}>
                    {p.fullName}
                  </th>
                  <td>{p.organisation ?? ''}</td>
                  <td>{p.email ?? ''}</td>
                  <td>
                    <Button
                      variant="secondary"
                      aria-label={t('people.edit.open', { name: p.fullName })}
                      onPress={() => {
                        setSaved(null);
                        setEditing(p);
                      }}
                    >
                      {t('people.edit.button')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing && (
        <section aria-labelledby="edit-person-heading" className={table.section}>
          <h2 id="edit-person-heading" ref={editHeading} tabIndex={-1}>
            {t('people.edit.heading', { name: editing.fullName })}
          </h2>
          <PersonForm
            key={editing.id}
            person={editing}
            onSaved={(person) => {
              setEditing(null);
              setSaved(person);
            }}
            onCancel={() => setEditing(null)}
          />
        </section>
      )}
      <section aria-labelledby="new-person-heading" className={table.section}>
        <h2 id="new-person-heading">{t('people.new.heading')}</h2>
        {created && <Notice tone="success">{t('people.new.done', { name: created })}</Notice>}
        <PersonForm onSaved={(person) => setCreated(person.fullName)} />
      </section>
    </>
  );
}
