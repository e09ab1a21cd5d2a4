import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadRecommendationsCsv, useRecommendations, type RecommendationStatus } from '../../api/recommendations';
import { useBodyList } from '../../api/staff';
import { Alert, Button } from '../../components/controls';
import table from '../../components/data-table.module.css';
import { usePageTitle } from '../../components/page-title';
import { StaffQueryState } from '../../components/staff-query-state';
import { AnswersChart } from './answers-chart';
import { answersOverTime } from './answers-over-time';
import { RecommendationsTable } from './recommendations-table';
import styles from './recommendations.module.css';

const STATUSES: readonly RecommendationStatus[] = [
  'transmitted',
  'under_review',
  'accepted',
  'partially_accepted',
  'rejected',
  'implemented',
];

/**
 * The general directorate's follow-up: how many recommendations stand at each status, which are
 * overdue, how its answers went quarter by quarter and how long a first answer took; every
 * recommendation opens its page with its history and the answer form. Figures follow every answer
 * without a reload (the lists share one query).
 */
export function Component() {
  const { t } = useTranslation('recommendations');
  usePageTitle(t('dashboard.title'));
  const recommendations = useRecommendations();
  const bodies = useBodyList();
  const [exportError, setExportError] = useState(false);

  if (!recommendations.data || !bodies.data) {
    return (
      <>
        <h1>{t('dashboard.title')}</h1>
        <StaffQueryState isPending error={recommendations.error ?? bodies.error} />
      </>
    );
  }
  const all = recommendations.data;
  const overdue = all.filter((r) => r.overdue);
  const count = (status: RecommendationStatus) => all.filter((r) => r.status === status).length;
  return (
    <>
      <h1>{t('dashboard.title')}</h1>
      <p>{t('dashboard.intro')}</p>

      <h2>{t('dashboard.countsHeading')}</h2>
      <ul className={styles.figures} aria-label={t('dashboard.countsHeading')}>
        {STATUSES.map((status) => (
          <li key={status} data-status={status}>
            <span className={styles.figureValue}>{count(status)}</span>
            {t(`status.${status}`)}
          </li>
        ))}
        <li data-status="overdue">
          <span className={`${styles.figureValue} ${overdue.length > 0 ? styles.overdue : ''}`}>{overdue.length}</span>
          {t('dashboard.overdueCount')}
        </li>
      </ul>

      <h2>{t('dashboard.overdueHeading')}</h2>
      {overdue.length === 0 ? (
        <p>{t('dashboard.noOverdue')}</p>
      ) : (
        <RecommendationsTable caption={t('dashboard.overdueCaption')} recommendations={overdue} bodies={bodies.data} />
      )}

      <h2>{t('dashboard.chartHeading')}</h2>
      <AnswersChart figures={answersOverTime(all)} />

      <h2>{t('dashboard.allHeading')}</h2>
      <div className={styles.toolbar}>
        {bodies.data
          .filter((body) => all.some((r) => r.bodyId === body.id))
          .map((body) => (
            <Button
              key={body.id}
              variant="secondary"
              onPress={() => {
                setExportError(false);
                downloadRecommendationsCsv(body.id, `recommandations-${body.slug}.csv`).catch(() =>
                  setExportError(true),
                );
              }}
            >
              {t('dashboard.export', { body: body.name })}
            </Button>
          ))}
      </div>
      {exportError && <Alert>{t('dashboard.exportFailed')}</Alert>}
      {all.length === 0 ? (
        <p className={table.muted}>{t('none')}</p>
      ) : (
        <RecommendationsTable caption={t('dashboard.allCaption')} recommendations={all} bodies={bodies.data} />
      )}
    </>
  );
}
