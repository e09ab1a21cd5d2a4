import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { Alert } from './controls';
import { Loading } from './loading';

/** What a page shows while its data loads or when the API refused it. */
export function QueryState({ isPending, error }: { isPending: boolean; error: Error | null }) {
  const { t } = useTranslation();
  if (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 403)) {
      return <Alert>{t('errors.notFound')}</Alert>;
    }
    return <Alert>{t('errors.unexpected')}</Alert>;
  }
  return isPending ? <Loading /> : null;
}
