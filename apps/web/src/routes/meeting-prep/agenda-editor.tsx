import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRemoveItem, useReorder, useUpdateItem, type AgendaItem } from '../../api/agenda-editing';
import { Alert, Button } from '../../components/controls';
import table from '../../components/data-table.module.css';
import { formRefusal } from '../../components/refusal';
import { ItemDocuments } from './item-documents';
import { ItemForm } from './item-form';
import styles from './meeting-prep.module.css';

type Direction = 'up' | 'down';

/**
 * The working agenda, in order. Each item moves up or down with its own buttons (the keyboard
 * alternative to dragging): after a move, focus stays on the moved item's button and a live region
 * says where the item now stands.
 */
export function AgendaEditor({
  meetingId,
  items,
  editable,
}: {
  meetingId: string;
  items: AgendaItem[];
  editable: boolean;
}) {
  const { t } = useTranslation('secretariat');
  const reorder = useReorder(meetingId);
  const remove = useRemoveItem(meetingId);
  const [editing, setEditing] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [focusAfterMove, setFocusAfterMove] = useState<{ id: string; direction: Direction } | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());

  useEffect(() => {
    if (!focusAfterMove) return;
    const index = items.findIndex((i) => i.id === focusAfterMove.id);
    if (index < 0) return;
    // The button pressed may now be disabled (the item reached an end): focus its twin instead.
    const atEnd = focusAfterMove.direction === 'up' ? index === 0 : index === items.length - 1;
    const direction = atEnd ? (focusAfterMove.direction === 'up' ? 'down' : 'up') : focusAfterMove.direction;
    buttons.current.get(`${focusAfterMove.id}:${direction}`)?.focus();
    setFocusAfterMove(null);
  }, [items, focusAfterMove]);

  const move = (index: number, direction: Direction) => {
    const target = direction === 'up' ? index - 1 : index + 1;
    const ids = items.map((i) => i.id);
    [ids[index], ids[target]] = [ids[target], ids[index]];
    const item = items[index];
    reorder.mutate(ids, {
      onSuccess: () => {
        setFocusAfterMove({ id: item.id, direction });
        setAnnouncement(t('prep.agenda.moved', { title: item.title, position: target + 1, count: items.length }));
      },
    });
  };

  const refusal = formRefusal(t, reorder.error ?? remove.error, []);
  if (items.length === 0) return <p>{t('prep.agenda.empty')}</p>;
  return (
    <>
      {refusal && <Alert>{refusal}</Alert>}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      <ol className={styles.agenda}>
        {items.map((item, index) => (
          <li key={item.id} className={styles.item}>
            {editing === item.id ? (
              <EditItem meetingId={meetingId} item={item} onDone={() => setEditing(null)} />
            ) : (
              <>
                <div className={styles.itemText}>
                  <h3 className={styles.itemTitle}>
                    <span className={styles.position}>{index + 1}.</span> {item.title}
                  </h3>
                  <p className={styles.itemMeta}>
                    <span className={table.badge}>{t(`kinds.${item.kind}`)}</span>
                    {item.durationMinutes !== null && (
                      <span>{t('prep.agenda.minutes', { count: item.durationMinutes })}</span>
                    )}
                    {item.presenter && <span>{t('prep.agenda.presenter', { name: item.presenter })}</span>}
                  </p>
                  {item.description && <p className={styles.itemDescription}>{item.description}</p>}
                </div>
                {editable && (
                  <div className={table.actions}>
                    <Button
                      variant="secondary"
                      ref={(el) =>
                        void (el ? buttons.current.set(`${item.id}:up`, el) : buttons.current.delete(`${item.id}:up`))
                      }
                      aria-label={t('prep.agenda.moveUpLabel', { title: item.title })}
                      isDisabled={index === 0 || reorder.isPending}
                      onPress={() => move(index, 'up')}
                    >
                      <span aria-hidden="true">↑</span> {t('prep.agenda.moveUp')}
                    </Button>
                    <Button
                      variant="secondary"
                      ref={(el) =>
                        void (el
                          ? buttons.current.set(`${item.id}:down`, el)
                          : buttons.current.delete(`${item.id}:down`))
                      }
                      aria-label={t('prep.agenda.moveDownLabel', { title: item.title })}
                      isDisabled={index === items.length - 1 || reorder.isPending}
                      onPress={() => move(index, 'down')}
                    >
                      <span aria-hidden="true">↓</span> {t('prep.agenda.moveDown')}
                    </Button>
                    <Button
                      variant="secondary"
                      aria-label={t('prep.agenda.editLabel', { title: item.title })}
                      onPress={() => setEditing(item.id)}
                    >
                      {t('prep.agenda.edit')}
                    </Button>
                    <Button
                      variant="danger"
                      aria-label={t('prep.agenda.removeLabel', { title: item.title })}
                      isDisabled={remove.isPending}
                      onPress={() => {
                        if (window.confirm(t('prep.agenda.removeConfirm', { title: item.title })))
                          remove.mutate(item.id);
                      }}
                    >
                      {t('prep.agenda.remove')}
                    </Button>
                  </div>
                )}
                <ItemDocuments meetingId={meetingId} item={item} editable={editable} />
              </>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}

function EditItem({ meetingId, item, onDone }: { meetingId: string; item: AgendaItem; onDone: () => void }) {
  const { t } = useTranslation('secretariat');
  const update = useUpdateItem(meetingId);
  return (
    <section aria-label={t('prep.agenda.editing', { title: item.title })}>
      <ItemForm
        item={item}
        submitLabel={t('prep.item.save')}
        error={update.error}
        isPending={update.isPending}
        onCancel={onDone}
        onSubmit={(fields) => update.mutate({ itemId: item.id, ...fields }, { onSuccess: onDone })}
      />
    </section>
  );
}
