import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useBodyMeetings, useScheduleYear } from '../../api/staff';
import { BodyPicker, useChosenBody } from '../../components/body-picker';
import { Alert, Button, Notice, TextInput } from '../../components/controls';
import table from '../../components/data-table.module.css';
import { formatInstant } from '../../components/dates';
import { usePageTitle } from '../../components/page-title';
import { fieldRefusal, formRefusal } from '../../components/refusal';
import { StaffQueryState } from '../../components/staff-query-state';
import { NewMeetingForm } from './new-meeting-form';

/** The year's schedule of a body: plan a year's quarterly meetings, list them, add one. */
export function Component() {
  const { t } = useTranslation('secretariat');
  usePageTitle(t('schedule.title'));
  const { body, bodies, choose, error } = useChosenBody();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || new Date().getFullYear();
  const meetings = useBodyMeetings(body?.id, year);
  const yearLink = (y: number) => {
    const next = new URLSearchParams(params);
    next.set('year', String(y));
    return `?${next.toString()}`;
  };
  const showYear = (y: number) => setParams(new URLSearchParams(yearLink(y)), { replace: true });

  if (!body) return <StaffQueryState isPending error={error} />;
  const timeZone = body.meetingSlot.timeZone;
  return (
    <>
      <h1>{t('schedule.title')}</h1>
      <BodyPicker bodies={bodies} body={body} choose={choose} />
      <section aria-labelledby="meetings-heading">
        <h2 id="meetings-heading">{t('schedule.meetings', { body: body.name, year })}</h2>
        <nav aria-label={t('schedule.years')} className={table.toolbar}>
          <Link to={yearLink(year - 1)}>{t('schedule.previousYear', { year: year - 1 })}</Link>
          <Link to={yearLink(year + 1)}>{t('schedule.nextYear', { year: year + 1 })}</Link>
        </nav>
        {!meetings.data ? (
          <StaffQueryState isPending error={meetings.error} />
        ) : meetings.data.length === 0 ? (
          <p>{t('schedule.noMeeting')}</p>
        ) : (
          <div className={table.wrap}>
            <table className={table.table}>
              <thead>
                <tr>
                  <th scope="col">{t('schedule.date')}</th>
                  <th scope="col">{t('schedule.meeting')}</th>
                  <th scope="col">{t('schedule.quarter')}</th>
                  <th scope="col">{t('schedule.status')}</th>
                </tr>
              </thead>
              <tbody>
                {meetings.data.map((m) => (
                  <tr key={m.id}>
                    <td>{formatInstant(m.startsAt, timeZone)}</td>
                    <td>
                      <Link to={`/secretariat/meetings/${m.id}`}>{m.title}</Link>
                      {m.kind === 'extraordinary' && (
                        <>
                          {' '}
                          <span className={table.badge}>{t('schedule.extraordinary')}</span>
                        </>
                      )}
                    </td>
                    <td>{m.quarter}</td>
                    <td>{t(`meetingStatus.${m.status}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="plan-heading" className={table.section}>
        <h2 id="plan-heading">{t('schedule.plan.heading')}</h2>
        <PlanYear bodyId={body.id} meetingsPerYear={body.meetingsPerYear} onPlanned={showYear} />
      </section>
      <section aria-labelledby="new-heading" className={table.section}>
        <h2 id="new-heading">{t('schedule.new.heading')}</h2>
        <NewMeetingForm body={body} />
      </section>
    </>
  );
}

function PlanYear({
  bodyId,
  meetingsPerYear,
  onPlanned,
}: {
  bodyId: string;
  meetingsPerYear: number;
  onPlanned: (year: number) => void;
}) {
  const { t } = useTranslation('secretariat');
  const schedule = useScheduleYear(bodyId);
  const [year, setYear] = useState(String(new Date().getFullYear() + 1));
  return (
    <Form
      onSubmit={(event) => {
        event.preventDefault();
        schedule.mutate(Number(year), { onSuccess: (planned) => onPlanned(planned.year) });
      }}
    >
      <p>{t('schedule.plan.intro', { count: meetingsPerYear })}</p>
      {schedule.data && (
        <Notice tone="success">
          {schedule.data.created > 0
            ? t('schedule.plan.done', { count: schedule.data.created, year: schedule.data.year })
            : schedule.data.pastQuarters.length === 0 && t('schedule.plan.already', { year: schedule.data.year })}
          {schedule.data.pastQuarters.length > 0 && (
            <> {t('schedule.plan.past', { quarters: schedule.data.pastQuarters.join(', ') })}</>
          )}
        </Notice>
      )}
      {formRefusal(t, schedule.error, ['year']) && <Alert>{formRefusal(t, schedule.error, ['year'])}</Alert>}
      <TextInput
        label={t('schedule.plan.year')}
        type="number"
        inputMode="numeric"
        isRequired
        value={year}
        onChange={setYear}
        errorMessage={fieldRefusal(t, schedule.error, 'year')}
      />
      <Button type="submit" isDisabled={schedule.isPending}>
        {t('schedule.plan.submit')}
      </Button>
    </Form>
  );
}
