import { useTranslation } from 'react-i18next';
import { useAuditVerification } from '../../api/admin';
import { Alert, Button, Notice } from '../../components/controls';
import { usePageTitle } from '../../components/page-title';
import { StaffQueryState } from '../../components/staff-query-state';

/** The state of the audit chain: whether every recorded change still links to the one before it. */
export function Component() {
  const { t } = useTranslation('admin');
  usePageTitle(t('audit.title'));
  const verification = useAuditVerification();
  const v = verification.data;
  return (
    <>
      <h1>{t('audit.title')}</h1>
      <p>{t('audit.intro')}</p>
      {!v ? (
        <StaffQueryState isPending error={verification.error} />
      ) : v.ok ? (
        <Notice tone="success">{t('audit.ok', { count: v.checked })}</Notice>
      ) : (
        <Alert>
          {t('audit.broken', { seq: v.firstBroken?.seq ?? '?', count: v.checked })}
          <br />
          {t('audit.reason', { reason: v.firstBroken?.reason ?? '' })}
        </Alert>
      )}
      <Button variant="secondary" isDisabled={verification.isFetching} onPress={() => void verification.refetch()}>
        {t('audit.again')}
      </Button>
    </>
  );
}
