import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCreateMeeting, type Body } from '../../api/staff';
import { Alert, Button, TextInput } from '../../components/controls';
import { zonedIso } from '../../components/dates';
import { FieldRow, SelectInput } from '../../components/forms';
import { fieldRefusal, formRefusal } from '../../components/refusal';

const FIELDS = ['title', 'startsAt', 'durationMinutes', 'location', 'videoUrl', 'kind'] as const;

/** A meeting outside the yearly plan (or an ordinary one for a quarter left out); then its preparation. */
export function NewMeetingForm({ body }: { body: Body }) {
  const { t } = useTranslation('secretariat');
  const create = useCreateMeeting(body.id);
  const navigate = useNavigate();
  const slot = body.meetingSlot;
  const [title, setTitle] = useState('');
  const [day, setDay] = useState('');
  const [time, setTime] = useState(slot.time);
  const [duration, setDuration] = useState(String(slot.durationMinutes));
  const [location, setLocation] = useState(slot.location);
  const [kind, setKind] = useState<'ordinary' | 'extraordinary'>('extraordinary');
  const startsAtError = fieldRefusal(t, create.error, 'startsAt');

  return (
    <Form
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate(
          {
            title: title.trim(),
            kind,
            startsAt: zonedIso(day, time, slot.timeZone),
            durationMinutes: Number(duration),
            location: location.trim() || null,
          },
          { onSuccess: (meeting) => void navigate(`/secretariat/meetings/${meeting.id}`) },
        );
      }}
    >
      {formRefusal(t, create.error, FIELDS) && <Alert>{formRefusal(t, create.error, FIELDS)}</Alert>}
      <TextInput
        label={t('schedule.new.title')}
        isRequired
        value={title}
        onChange={setTitle}
        errorMessage={fieldRefusal(t, create.error, 'title')}
      />
      <FieldRow>
        <TextInput
          label={t('schedule.new.day')}
          type="date"
          isRequired
          value={day}
          onChange={setDay}
          errorMessage={startsAtError}
        />
        <TextInput
          label={t('schedule.new.time')}
          description={t('schedule.new.timeZone', { zone: slot.timeZone })}
          type="time"
          isRequired
          value={time}
          onChange={setTime}
        />
      </FieldRow>
      <FieldRow>
        <TextInput
          label={t('schedule.new.duration')}
          type="number"
          inputMode="numeric"
          isRequired
          value={duration}
          onChange={setDuration}
          errorMessage={fieldRefusal(t, create.error, 'durationMinutes')}
        />
        <SelectInput
          label={t('schedule.new.kind')}
          choices={[
            { id: 'extraordinary', label: t('schedule.kinds.extraordinary') },
            { id: 'ordinary', label: t('schedule.kinds.ordinary') },
          ]}
          value={kind}
          onChange={(k) => setKind(k as 'ordinary' | 'extraordinary')}
          errorMessage={fieldRefusal(t, create.error, 'kind')}
        />
      </FieldRow>
      <TextInput
        label={t('schedule.new.location')}
        value={location}
        onChange={setLocation}
        errorMessage={fieldRefusal(t, create.error, 'location')}
      />
      <Button type="submit" isDisabled={create.isPending}>
        {t('schedule.new.submit')}
      </Button>
    </Form>
  );
}
