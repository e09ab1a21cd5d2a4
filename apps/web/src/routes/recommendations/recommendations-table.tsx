import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Recommendation } from '../../api/recommendations';
import type { Body } from '../../api/staff';
import table from '../../components/data-table.module.css';
import { formatDay, formatInstantDay } from './dates';
import styles from './recommendations.module.css';

/** The latest answer of the direction, if any (the transmission is not an answer). */
export function latestAnswer(r: Recommendation) {
  return r.responses.filter((step) => step.status !== 'transmitted' && step.status !== 'adopted').at(-1);
}

/**
 * Recommendations as a table: title (opening its page), body, status, owner, due date (overdue ones
 * said in words, not only in colour), latest answer; `action` adds a last column (the secretariat's
 * transmission).
 */
export function RecommendationsTable({
  caption,
  recommendations,
  bodies,
  action,
}: {
  caption: string;
  recommendations: readonly Recommendation[];
  bodies?: readonly Body[];
  action?: { heading: string; cell: (r: Recommendation) => ReactNode };
}) {
  const { t } = useTranslation('recommendations');
  const bodyName = (id: string) => bodies?.find((b) => b.id === id)?.name ?? '';
  return (
    <div className={table.wrap}>
      <table className={table.table}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('columns.title')}</th>
            {bodies && <th scope="col">{t('columns.body')}</th>}
            <th scope="col">{t('columns.status')}</th>
            <th scope="col">{t('columns.owner')}</th>
            <th scope="col">{t('columns.dueDate')}</th>
            <th scope="col">{t('columns.latestAnswer')}</th>
            {action && <th scope="col">{action.heading}</th>}
          </tr>
        </thead>
        <tbody>
          {recommendations.map((r) => {
            const answer = latestAnswer(r);
            return (
              <tr key={r.id}>
                <th scope="row">
                  <Link to={`/recommendations/${r.id}`}>{r.title}</Link>
                </th>
                {bodies && <td>{bodyName(r.bodyId)}</td>}
                <td>
                  <span className={table.badge}>{t(`status.${r.status}`)}</span>
                </td>
                <td>{r.owner ?? '—'}</td>
                <td>
                  {r.dueDate ? formatDay(r.dueDate) : '—'}
                  {r.overdue && (
                    <>
                      <br />
                      <span className={styles.overdue}>{t('overdue')}</span>
                    </>
                  )}
                </td>
                <td>
                  {answer ? (
                    <>
                      <span className={table.muted}>{formatInstantDay(answer.at)}</span>
                      <br />
                      {answer.text}
                    </>
                  ) : (
                    <span className={table.muted}>{t('noAnswer')}</span>
                  )}
                </td>
                {action && <td>{action.cell(r)}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
