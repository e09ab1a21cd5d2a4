import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import table from '../../components/data-table.module.css';
import { ANSWER_ORDER, type QuarterFigures } from './answers-over-time';
import styles from './recommendations.module.css';

const WIDTH = 640;
const HEIGHT = 220;
const MARGIN = { top: 16, right: 16, bottom: 36, left: 44 };

/** A readable scale: 0, then a few round steps up to the largest figure. */
function ticks(max: number): number[] {
  const step = Math.max(1, Math.ceil(max / 4));
  return Array.from({ length: Math.ceil(max / step) + 1 }, (_, i) => i * step);
}

/**
 * The direction's answers per quarter, stacked by status, and the median delay of first answers:
 * two SVG charts (role="img", named and described by their figures in words) and, under a
 * disclosure, the same figures as a table.
 */
export function AnswersChart({ figures }: { figures: readonly QuarterFigures[] }) {
  const { t } = useTranslation('recommendations');
  const id = useId();
  const label = (q: string) => t('chart.quarter', { year: q.slice(0, 4), quarter: q.slice(6) });
  if (figures.length === 0) return <p>{t('chart.empty')}</p>;

  const maxTotal = Math.max(1, ...figures.map((f) => f.total));
  const scale = ticks(maxTotal);
  const top = scale.at(-1)!;
  const innerW = WIDTH - MARGIN.left - MARGIN.right;
  const innerH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const band = innerW / figures.length;
  const barW = Math.min(48, band * 0.6);
  const y = (v: number) => MARGIN.top + innerH - (v / top) * innerH;

  const described = figures
    .map((f) =>
      t('chart.describeQuarter', {
        quarter: label(f.quarter),
        count: f.total,
        detail: ANSWER_ORDER.filter((s) => f.answers[s] > 0)
          .map((s) => `${t(`status.${s}`)} ${f.answers[s]}`)
          .join(', '),
      }),
    )
    .join(' ');

  const delays = figures.filter((f) => f.medianDays !== null);
  const maxDelay = Math.max(1, ...delays.map((f) => f.medianDays!));
  const delayScale = ticks(maxDelay);
  const delayTop = delayScale.at(-1)!;
  const yDelay = (v: number) => MARGIN.top + innerH - (v / delayTop) * innerH;
  const x = (i: number) => MARGIN.left + band * i + band / 2;
  const delayPoints = figures
    .map((f, i) => (f.medianDays === null ? null : `${x(i)},${yDelay(f.medianDays)}`))
    .filter((p) => p !== null)
    .join(' ');

  return (
    <div className={styles.charts}>
      <figure className={styles.figure}>
        <figcaption id={`${id}-answers`} className={styles.figcaption}>
          {t('chart.answersTitle')}
        </figcaption>
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="img"
          aria-labelledby={`${id}-answers`}
          aria-describedby={`${id}-answers-desc`}
          className={styles.svg}
        >
          <desc id={`${id}-answers-desc`}>{described}</desc>
          {scale.map((v) => (
            <g key={v} aria-hidden="true">
              <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(v)} y2={y(v)} className={styles.grid} />
              <text x={MARGIN.left - 8} y={y(v) + 4} textAnchor="end" className={styles.axis}>
                {v}
              </text>
            </g>
          ))}
          {figures.map((f, i) => {
            let base = 0;
            return (
              <g key={f.quarter} aria-hidden="true">
                {ANSWER_ORDER.map((s) => {
                  const n = f.answers[s];
                  if (n === 0) return null;
                  const rect = (
                    <rect
                      key={s}
                      x={x(i) - barW / 2}
                      width={barW}
                      y={y(base + n)}
                      height={y(base) - y(base + n)}
                      className={styles[`fill_${s}`]}
                    />
                  );
                  base += n;
                  return rect;
                })}
                <text x={x(i)} y={HEIGHT - MARGIN.bottom + 20} textAnchor="middle" className={styles.axis}>
                  {label(f.quarter)}
                </text>
              </g>
            );
          })}
        </svg>
        <ul className={styles.legend} aria-label={t('chart.legend')}>
          {ANSWER_ORDER.map((s) => (
            <li key={s}>
              <span className={`${styles.swatch} ${styles[`fill_${s}`]}`} aria-hidden="true" />
              {t(`status.${s}`)}
            </li>
          ))}
        </ul>
      </figure>

      <figure className={styles.figure}>
        <figcaption id={`${id}-delay`} className={styles.figcaption}>
          {t('chart.delayTitle')}
        </figcaption>
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="img"
          aria-labelledby={`${id}-delay`}
          aria-describedby={`${id}-delay-desc`}
          className={styles.svg}
        >
          <desc id={`${id}-delay-desc`}>
            {delays.map((f) => t('chart.describeDelay', { quarter: label(f.quarter), days: f.medianDays })).join(' ')}
          </desc>
          {delayScale.map((v) => (
            <g key={v} aria-hidden="true">
              <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={yDelay(v)} y2={yDelay(v)} className={styles.grid} />
              <text x={MARGIN.left - 8} y={yDelay(v) + 4} textAnchor="end" className={styles.axis}>
                {v}
              </text>
            </g>
          ))}
          <g aria-hidden="true">
            <polyline points={delayPoints} className={styles.line} />
            {figures.map((f, i) =>
              f.medianDays === null ? null : (
                <circle key={f.quarter} cx={x(i)} cy={yDelay(f.medianDays)} r={5} className={styles.point} />
              ),
            )}
            {figures.map((f, i) => (
              <text
                key={f.quarter}
                x={x(i)}
                y={HEIGHT - MARGIN.bottom + 20}
                textAnchor="middle"
                className={styles.axis}
              >
                {label(f.quarter)}
              </text>
            ))}
          </g>
        </svg>
      </figure>

      <details className={styles.details}>
        <summary>{t('chart.showFigures')}</summary>
        <div className={table.wrap}>
          <table className={table.table}>
            <caption>{t('chart.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('chart.quarterHeading')}</th>
                {ANSWER_ORDER.map((s) => (
                  <th key={s} scope="col" className={table.number}>
                    {t(`status.${s}`)}
                  </th>
                ))}
                <th scope="col" className={table.number}>
                  {t('chart.total')}
                </th>
                <th scope="col" className={table.number}>
                  {t('chart.medianDays')}
                </th>
              </tr>
            </thead>
            <tbody>
              {figures.map((f) => (
                <tr key={f.quarter}>
                  <th scope="row">{label(f.quarter)}</th>
                  {ANSWER_ORDER.map((s) => (
                    <td key={s} className={table.number}>
                      {f.answers[s]}
                    </td>
                  ))}
                  <td className={table.number}>{f.total}</td>
                  <td className={table.number}>{f.medianDays ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
