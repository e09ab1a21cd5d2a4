import { useTranslation } from 'react-i18next';
import { todayIso, useCompositionOn } from '../../api/staff';
import { BodyPicker, useChosenBody } from '../../components/body-picker';
import table from '../../components/data-table.module.css';
import { formatCalendarDay } from '../../components/dates';
import { usePageTitle } from '../../components/page-title';
import { StaffQueryState } from '../../components/staff-query-state';
import { AppointForm } from './appoint-form';
import { CategoryTable } from './category-table';

/** The secretariat's composition board: seats by category, vacancies, mandates ending soon; appoint and end mandates. */
export function Component() {
  const { t } = useTranslation('secretariat');
  usePageTitle(t('composition.title'));
  const { body, bodies, choose, error } = useChosenBody();
  const today = todayIso();
  const composition = useCompositionOn(body?.id, today);

  if (!body || !composition.data) return <StaffQueryState isPending error={error ?? composition.error} />;
  const c = composition.data;
  return (
    <>
      <h1>{t('composition.title')}</h1>
      <BodyPicker bodies={bodies} body={body} choose={choose} />
      <p>
        {t('composition.summary', {
          body: body.name,
          date: formatCalendarDay(c.date),
          filled: c.filled,
          seats: c.seats,
          vacant: c.vacant,
        })}
      </p>
      <p>
        {t('composition.chair', { name: c.chair?.fullName ?? t('composition.nobody') })}
        {' · '}
        {t('composition.viceChair', { name: c.viceChair?.fullName ?? t('composition.nobody') })}
      </p>

      <section aria-labelledby="ending-heading" className={table.section}>
        <h2 id="ending-heading">{t('composition.ending.heading')}</h2>
        {c.endingSoon.length === 0 ? (
          <p>{t('composition.ending.none')}</p>
        ) : (
          <ul>
            {c.endingSoon.map((m) => (
              <li key={m.membershipId}>
                {t('composition.ending.item', {
                  name: m.fullName,
                  date: m.endDate ? formatCalendarDay(m.endDate) : '',
                })}{' '}
                {m.mayBeRenewed ? t('composition.ending.renewable') : t('composition.ending.lastTerm')}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="seats-heading" className={table.section}>
        <h2 id="seats-heading">{t('composition.seats.heading')}</h2>
        {c.categories.map((category) => (
          <CategoryTable key={category.code} bodyId={body.id} category={category} />
        ))}
      </section>

      <section aria-labelledby="appoint-heading" className={table.section}>
        <h2 id="appoint-heading">{t('composition.appoint.heading')}</h2>
        <AppointForm body={body} composition={c} />
      </section>
    </>
  );
}
