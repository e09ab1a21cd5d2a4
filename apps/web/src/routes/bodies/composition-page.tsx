import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import { type MyBody, useComposition, useMyBodies } from '../../api/bodies';
import { formatDay } from '../../components/format';
import { usePageTitle } from '../../components/page-title';
import { QueryState } from '../../components/query-state';
import table from '../../components/data-table.module.css';

/**
 * Who sits on one of the user's bodies today, by category, with vacant seats. Without a body in the
 * path: the list of the user's bodies, or straight to the only one.
 */
export function Component() {
  const { bodyId } = useParams();
  const { t } = useTranslation('member');
  const bodies = useMyBodies();
  const entry = bodies.data?.find((b) => b.body.id === bodyId);
  usePageTitle(entry ? t('composition.titleOf', { body: entry.body.name }) : t('composition.title'));
  if (!bodies.data) return <QueryState isPending={bodies.isPending} error={bodies.error} />;
  if (!bodyId && bodies.data.length === 1) return <Navigate to={`/bodies/${bodies.data[0]!.body.id}`} replace />;
  if (entry) return <BodyComposition entry={entry} />;
  return (
    <>
      <h1>{t('composition.title')}</h1>
      {bodyId && <p role="alert">{t('composition.notYours')}</p>}
      {bodies.data.length === 0 ? (
        <p>{t('myMeetings.noBody')}</p>
      ) : (
        <ul>
          {bodies.data.map(({ body }) => (
            <li key={body.id}>
              <Link to={`/bodies/${body.id}`}>{body.name}</Link> ({body.slug})
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function BodyComposition({ entry: { body, mandate } }: { entry: MyBody }) {
  const { t } = useTranslation('member');
  const composition = useComposition(body.id);
  return (
    <>
      <h1>{t('composition.titleOf', { body: body.name })}</h1>
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
    </>
  );
}
