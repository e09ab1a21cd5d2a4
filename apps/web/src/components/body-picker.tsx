import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useBodyList, type Body } from '../api/staff';
import { SelectInput } from './forms';

/**
 * The body a staff page works on, kept in the address (`?body=`) so a page can be bookmarked or
 * linked; the first body (GRAM on a fresh database) until another is chosen.
 */
export function useChosenBody(): { body?: Body; bodies?: Body[]; choose: (id: string) => void; error: Error | null } {
  const bodies = useBodyList();
  const [params, setParams] = useSearchParams();
  const chosen = params.get('body');
  const body = bodies.data?.find((b) => b.id === chosen) ?? bodies.data?.[0];
  const choose = (id: string) => {
    const next = new URLSearchParams(params);
    next.set('body', id);
    setParams(next, { replace: true });
  };
  return { body, bodies: bodies.data, choose, error: bodies.error };
}

/** The select of the body, shown only when there is more than one. */
export function BodyPicker({ bodies, body, choose }: { bodies?: Body[]; body?: Body; choose: (id: string) => void }) {
  const { t } = useTranslation('secretariat');
  if (!bodies || bodies.length < 2 || !body) return null;
  return (
    <SelectInput
      label={t('bodyPicker')}
      choices={bodies.map((b) => ({ id: b.id, label: b.name }))}
      value={body.id}
      onChange={choose}
    />
  );
}
