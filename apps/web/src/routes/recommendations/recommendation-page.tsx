import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMe } from '../../api/auth';
import { useRecommendation } from '../../api/recommendations';
import table from '../../components/data-table.module.css';
import { usePageTitle } from '../../components/page-title';
import { StaffQueryState } from '../../components/staff-query-state';
import { AnswerForm } from './answer-form';
import { formatDay, formatInstantDay } from './dates';
import styles from './recommendations.module.css';

/**
 * One recommendation: its text, where it stands, its full history (who answered what, when) and, for
 * the general directorate, the answer form.
 */
export function Component() {
  const { t } = useTranslation('recommendations');
  const { recommendationId = '' } = useParams();
  const me = useMe();
  const recommendation = useRecommendation(recommendationId);
  usePageTitle(recommendation.data?.title ?? t('detail.title'));
  const back = me.data?.role === 'direction' ? '/follow-up' : '/recommendations';

  if (!recommendation.data) {
    return (
      <>
        <h1>{t('detail.title')}</h1>
        <StaffQueryState isPending error={recommendation.error} />
      </>
    );
  }
  const r = recommendation.data;
  return (
    <>
      <p>
        <Link to={back}>{t('detail.back')}</Link>
      </p>
      <h1>{r.title}</h1>
      <dl className={styles.facts}>
        <dt>{t('columns.status')}</dt>
        <dd>
          <span className={table.badge}>{t(`status.${r.status}`)}</span>
          {r.overdue && <span className={styles.overdue}> {t('overdue')}</span>}
        </dd>
        <dt>{t('columns.owner')}</dt>
        <dd>{r.owner ?? '—'}</dd>
        <dt>{t('columns.dueDate')}</dt>
        <dd>{r.dueDate ? formatDay(r.dueDate) : '—'}</dd>
        <dt>{t('detail.transmittedAt')}</dt>
        <dd>{r.transmittedAt ? formatInstantDay(r.transmittedAt) : t('detail.notTransmitted')}</dd>
      </dl>
      <h2>{t('detail.text')}</h2>
      <p className={styles.text}>{r.text}</p>

      {me.data?.role === 'direction' && <AnswerForm recommendation={r} />}

      <h2>{t('detail.history')}</h2>
      {r.responses.length === 0 ? (
        <p>{t('detail.noHistory')}</p>
      ) : (
        <ol className={styles.history} aria-label={t('detail.history')}>
          {r.responses.map((step, i) => (
            <li key={`${step.at}-${i}`}>
              <strong>{t(`status.${step.status}`)}</strong>{' '}
              <span className={styles.meta}>
                {t('detail.stepBy', {
                  date: formatInstantDay(step.at),
                  who: t(step.status === 'transmitted' ? 'detail.bySecretariat' : 'detail.byDirection'),
                })}
              </span>
              {(step.owner || step.dueDate) && (
                <span className={styles.meta}>
                  {' · '}
                  {[
                    step.owner && t('detail.stepOwner', { owner: step.owner }),
                    step.dueDate && t('detail.stepDue', { date: formatDay(step.dueDate) }),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              )}
              {step.text && <p>{step.text}</p>}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
