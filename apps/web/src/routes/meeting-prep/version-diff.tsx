import { useTranslation } from 'react-i18next';
import type { FrozenItem, VersionDiff } from '../../api/agenda-editing';
import styles from './meeting-prep.module.css';

/** Says a field's value as a reader understands it (a kind by its name, a duration in minutes). */
function useShowValue() {
  const { t } = useTranslation('secretariat');
  return (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return t('versions.diff.empty');
    if (field === 'kind') return t(`kinds.${String(value)}`);
    if (field === 'durationMinutes') return t('prep.agenda.minutes', { count: Number(value) });
    if (field === 'documents' && Array.isArray(value)) {
      return value.map((d: { name?: string }) => d.name ?? '').join(', ') || t('versions.diff.empty');
    }
    return String(value);
  };
}

/** What changed from one published version to another: its note, then items added, removed, edited, moved. */
export function VersionDiffView({ diff }: { diff: VersionDiff }) {
  const { t } = useTranslation('secretariat');
  const show = useShowValue();
  const nothing = !diff.added.length && !diff.removed.length && !diff.changed.length && !diff.moved.length;
  const titles = (items: FrozenItem[]) => items.map((i) => <li key={i.id}>{i.title}</li>);
  return (
    <div>
      <h3>{t('versions.diff.heading', { from: diff.from, to: diff.to })}</h3>
      {diff.changeNote && <p>{t('versions.changeNote', { note: diff.changeNote })}</p>}
      {nothing && <p>{t('versions.diff.nothing')}</p>}
      {diff.added.length > 0 && (
        <>
          <h4>{t('versions.diff.added')}</h4>
          <ul className={styles.diffList}>{titles(diff.added)}</ul>
        </>
      )}
      {diff.removed.length > 0 && (
        <>
          <h4>{t('versions.diff.removed')}</h4>
          <ul className={styles.diffList}>{titles(diff.removed)}</ul>
        </>
      )}
      {diff.changed.length > 0 && (
        <>
          <h4>{t('versions.diff.changed')}</h4>
          <ul className={styles.diffList}>
            {diff.changed.map((item) => (
              <li key={item.id}>
                <strong>{item.title}</strong>
                <ul>
                  {item.changes.map((change) => (
                    <li key={change.field}>
                      {t(`versions.fields.${change.field}`, { defaultValue: change.field })}
                      {t('versions.diff.colon')}
                      <span className={styles.was}>
                        <span className="visually-hidden">{t('versions.diff.before')} </span>
                        {show(change.field, change.from)}
                      </span>
                      {' → '}
                      <span className="visually-hidden">{t('versions.diff.after')} </span>
                      {show(change.field, change.to)}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
      {diff.moved.length > 0 && (
        <>
          <h4>{t('versions.diff.moved')}</h4>
          <ul className={styles.diffList}>
            {diff.moved.map((m) => (
              <li key={m.id}>
                {t('versions.diff.movedItem', { title: m.title, from: m.fromPosition, to: m.toPosition })}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
