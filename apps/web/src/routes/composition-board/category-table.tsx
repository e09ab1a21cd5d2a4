import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { todayIso, useEndMandate, type CategoryComposition, type SittingMember } from '../../api/staff';
import { Alert, Button, TextInput } from '../../components/controls';
import table from '../../components/data-table.module.css';
import { formatCalendarDay } from '../../components/dates';
import { FieldRow, FormActions } from '../../components/forms';
import { fieldRefusal, formRefusal } from '../../components/refusal';

/** One category's seats: who sits, since when, until when, and the way to end a mandate. */
export function CategoryTable({ bodyId, category }: { bodyId: string; category: CategoryComposition }) {
  const { t } = useTranslation('secretariat');
  const [ending, setEnding] = useState<string | null>(null);
  return (
    <div className={table.wrap}>
      <table className={`${table.table} ${table.fixed}`}>
        <caption>
          {t('composition.seats.caption', {
            label: category.label,
            filled: category.filled,
            seats: category.seats,
            count: category.vacant,
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('composition.seats.name')}</th>
            <th scope="col">{t('composition.seats.organisation')}</th>
            <th scope="col">{t('composition.seats.term')}</th>
            <th scope="col">{t('composition.seats.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {category.members.map((m) => (
            <tr key={m.membershipId}>
              <th scope="row">
                {m.fullName}
                {m.role !== 'member' && (
                  <>
                    {' '}
                    <span className={table.badge}>{t(`roles.${m.role}`)}</span>
                  </>
                )}
              </th>
              <td>{m.organisation ?? ''}</td>
              <td>
                {t('composition.seats.period', {
                  from: formatCalendarDay(m.startDate),
                  to: m.endDate ? formatCalendarDay(m.endDate) : '—',
                })}
                <br />
                <span className={table.muted}>
                  {t(m.consecutiveTerm > 1 ? 'composition.seats.renewal' : 'composition.seats.firstTerm')}
                </span>
              </td>
              <td>
                {ending === m.membershipId ? (
                  <EndMandateForm bodyId={bodyId} member={m} onDone={() => setEnding(null)} />
                ) : (
                  <Button
                    variant="secondary"
                    aria-label={t('composition.end.openLabel', { name: m.fullName })}
                    onPress={() => setEnding(m.membershipId)}
                  >
                    {t('composition.end.open')}
                  </Button>
                )}
              </td>
            </tr>
          ))}
          {category.vacant > 0 && (
            <tr>
              <td colSpan={4} className={table.muted}>
                {t('composition.seats.vacantRow', { count: category.vacant })}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

function EndMandateForm({ bodyId, member, onDone }: { bodyId: string; member: SittingMember; onDone: () => void }) {
  const { t } = useTranslation('secretariat');
  const end = useEndMandate(bodyId);
  const [endDate, setEndDate] = useState(todayIso());
  const [reason, setReason] = useState('');
  return (
    <Form
      aria-label={t('composition.end.formLabel', { name: member.fullName })}
      onSubmit={(event) => {
        event.preventDefault();
        end.mutate(
          { membershipId: member.membershipId, endDate, endReason: reason.trim() || null },
          { onSuccess: onDone },
        );
      }}
    >
      {formRefusal(t, end.error, ['endDate', 'endReason']) && (
        <Alert>{formRefusal(t, end.error, ['endDate', 'endReason'])}</Alert>
      )}
      <FieldRow>
        <TextInput
          label={t('composition.end.date')}
          type="date"
          isRequired
          value={endDate}
          onChange={setEndDate}
          errorMessage={fieldRefusal(t, end.error, 'endDate')}
        />
        <TextInput
          label={t('composition.end.reason')}
          value={reason}
          onChange={setReason}
          errorMessage={fieldRefusal(t, end.error, 'endReason')}
        />
      </FieldRow>
      <FormActions submit={t('composition.end.submit')} variant="danger" isPending={end.isPending} onCancel={onDone} />
    </Form>
  );
}
