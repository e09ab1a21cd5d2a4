import { useTranslation } from 'react-i18next';
import { type MyBody, useComposition, useMyBodies } from '../../api/bodies';
import { formatDay } from '../../components/format';
import { usePageTitle } from '../../components/page-title';
import { QueryState } from '../../components/query-state';
import table from '../../components/table.module.css';

/** Who sits on each of the user's bodies today, by category, with vacant seats. */
export function Component() {
  const { t } = useTranslation('member');
  usePageTitle(t('composition.title'));
  const bodies = useMyBodies();
  return (
    <>
      <h1>{t('composition.title')}</h1>
      <QueryState isPending={bodies.isPending} error={bodies.error} />
      {bodies.data?.length === 0 && <p>{t('myMeetings.noBody')}</p>}
      {bodies.data?.map((entry) => (
        <BodyComposition key={entry.body.id} entry={entry} />
      ))}
    </>
  );
}

function BodyComposition({ entry: { body, mandate } }: { entry: MyBody }) {
  const { t } = useTranslation('member');
  const composition = useComposition(body.id);
  return (
    <section aria-labelledby={`body-${body.id}`}>
      <h2 id={`body-${body.id}`}>{body.name}</h2>
      {mandate && (
        <p>
          {t('composition.myMandate', {
            category: body.categories.find((c) => c.code === mandate.category)?.label ?? mandate.category,
            role: t(`composition.role.${mandate.role}`),
            start: formatDay(mandate.startDate),
            end: mandate.endDate ? formatDay(mandate.endDate) : '—',
          })}
        </p>
      )}
      <QueryState isPending={composition.isPending} error={composition.error} />
      {composition.data && (
        <>
          <p>
            {t('composition.summary', {
              seats: composition.data.seats,
              filled: composition.data.filled,
              vacant: composition.data.vacant,
            })}
          </p>
          {composition.data.categories.map((category) => (
            <div className={table.wrap} key={category.code}>
              <table className={table.table}>
                <caption>
                  {t('composition.category', {
                    label: category.label,
                    filled: category.filled,
                    seats: category.seats,
                  })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('composition.name')}</th>
                    <th scope="col">{t('composition.organisation')}</th>
                    <th scope="col">{t('composition.roleLabel')}</th>
                    <th scope="col">{t('composition.until')}</th>
                  </tr>
                </thead>
                <tbody>
                  {category.members.map((member) => (
                    <tr key={member.membershipId}>
                      <th scope="row">{member.fullName}</th>
                      <td>{member.organisation ?? '—'}</td>
                      <td>{t(`composition.role.${member.role}`)}</td>
                      <td>{member.endDate ? formatDay(member.endDate) : '—'}</td>
                    </tr>
                  ))}
                  {category.vacant > 0 && (
                    <tr>
                      <td colSpan={4}>{t('composition.vacant', { count: category.vacant })}</td>
                    </tr>
                  )}
                </tbody>
              </table>
            </div>
          ))}
        </>
      )}
    </section>
  );
}
