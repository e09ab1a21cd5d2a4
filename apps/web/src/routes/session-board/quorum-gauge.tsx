import { useTranslation } from 'react-i18next';
import type { Body } from '../../api/bodies';
import type { AttendanceSheet } from '../../api/meetings';
import table from '../../components/data-table.module.css';
import styles from './session-board.module.css';

/** Whether the meeting can decide: required, present (room or remote), represented, met; then by category. */
export function QuorumGauge({ sheet, body, inSession }: { sheet: AttendanceSheet; body: Body; inSession: boolean }) {
  const { t } = useTranslation('secretariat');
  const { quorum } = sheet;
  const total = Math.max(sheet.members.length, 1);
  const pct = (n: number) => `${Math.min(100, (n / total) * 100)}%`;
  const label = (code: string) => body.categories.find((c) => c.code === code)?.label ?? code;
  return (
    <section aria-labelledby="quorum-heading">
      <h2 id="quorum-heading">{t('board.quorum.title')}</h2>
      <div className={`${styles.gauge} ${quorum.met ? styles.met : styles.notMet}`} role="status" aria-live="polite">
        <p className={styles.verdict}>
          {quorum.waived ? t('board.quorum.waived') : quorum.met ? t('board.quorum.met') : t('board.quorum.notMet')}
        </p>
        <dl className={styles.figures}>
          <div className={styles.figure}>
            <dt>{t('board.quorum.required')}</dt>
            <dd>{quorum.required}</dd>
          </div>
          <div className={styles.figure}>
            <dt>{t('board.quorum.present')}</dt>
            <dd>{quorum.present}</dd>
          </div>
          <div className={styles.figure}>
            <dt>{t('board.quorum.represented')}</dt>
            <dd>{quorum.represented}</dd>
          </div>
          <div className={styles.figure}>
            <dt>{t('board.quorum.sitting')}</dt>
            <dd>{sheet.members.length}</dd>
          </div>
        </dl>
        <div className={styles.bar} aria-hidden="true">
          <div className={styles.barPresent} style={{ width: pct(quorum.present) }} />
          <div
            className={styles.barRepresented}
            style={{ left: pct(quorum.present), width: pct(quorum.represented) }}
          />
          <div className={styles.barRequired} style={{ left: pct(quorum.required) }} />
        </div>
        {inSession && !sheet.canDecide && <p>{t('board.quorum.cannotDecide')}</p>}
      </div>
      <div className={table.wrap}>
        <table className={table.table}>
          <caption>{t('board.quorum.byCategory')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('board.quorum.category')}</th>
              <th scope="col" className={table.number}>
                {t('board.quorum.sittingShort')}
              </th>
              <th scope="col" className={table.number}>
                {t('board.quorum.presentShort')}
              </th>
              <th scope="col" className={table.number}>
                {t('board.quorum.represented')}
              </th>
              <th scope="col" className={table.number}>
                {t('board.quorum.minimum')}
              </th>
              <th scope="col">{t('board.quorum.metColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(quorum.byCategory).map(([code, category]) => (
              <tr key={code}>
                <th scope="row">{label(code)}</th>
                <td className={table.number}>{category.sitting}</td>
                <td className={table.number}>{category.present}</td>
                <td className={table.number}>{category.represented}</td>
                <td className={table.number}>{category.minimum}</td>
                <td className={category.met ? styles.yes : styles.no}>
                  {category.met ? t('board.quorum.yes') : t('board.quorum.no')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
