import { useState } from 'react';
import { SearchField, Input, Label } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { usePeople } from '../../api/staff';
import { controlStyles, Notice } from '../../components/controls';
import { fold } from '../../components/forms';
import table from '../../components/data-table.module.css';
import { usePageTitle } from '../../components/page-title';
import { StaffQueryState } from '../../components/staff-query-state';
import { NewPersonForm } from './new-person-form';

/** The people who may hold a mandate: find one by name or organisation, add one. */
export function Component() {
  const { t } = useTranslation('secretariat');
  usePageTitle(t('people.title'));
  const people = usePeople();
  const [query, setQuery] = useState('');
  const [created, setCreated] = useState<string | null>(null);

  const shown = (people.data ?? []).filter((p) =>
    fold(`${p.fullName} ${p.organisation ?? ''} ${p.email ?? ''}`).includes(fold(query.trim())),
  );
  return (
    <>
      <h1>{t('people.title')}</h1>
      <SearchField className={controlStyles.field} value={query} onChange={setQuery}>
        <Label className={controlStyles.label}>{t('people.search')}</Label>
        <Input className={controlStyles.input} />
      </SearchField>
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
              </tr>
            </thead>
            <tbody>
              {shown.map((p) => (
                <tr key={p.id}>
                  <th scope="row">{p.fullName}</th>
                  <td>{p.organisation ?? ''}</td>
                  <td>{p.email ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section aria-labelledby="new-person-heading" className={table.section}>
        <h2 id="new-person-heading">{t('people.new.heading')}</h2>
        {created && <Notice tone="success">{t('people.new.done', { name: created })}</Notice>}
        <NewPersonForm onCreated={(person) => setCreated(person.fullName)} />
      </section>
    </>
  );
}
