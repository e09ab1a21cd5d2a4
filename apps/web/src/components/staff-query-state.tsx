import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { Alert } from './controls';
import { Loading } from './loading';

/** What a staff page shows while its data loads, or why the API refused it. */
export function StaffQueryState({ isPending, error }: { isPending: boolean; error: Error | null }) {
  const { t } = useTranslation();
  if (error) {
    const notFound = error instanceof ApiError && (error.status === 404 || error.status === 403);
    return <Alert>{t(notFound ? 'errors.notFound' : 'errors.unexpected')}</Alert>;
  }
  return isPending ? <Loading /> : null;
}
