import { useTranslation } from 'react-i18next';
import { useAuditVerification } from '../../api/admin';
import { Alert, Button, Notice } from '../../components/controls';
import { formatInstant } from '../../components/dates';
import { usePageTitle } from '../../components/page-title';
import { StaffQueryState } from '../../components/staff-query-state';

/** The state of the audit chain: whether every recorded change still links to the one before it. */
export function Component() {
  const { t } = useTranslation('admin');
  usePageTitle(t('audit.title'));
  const verification = useAuditVerification();
  const v = verification.data;
  // The admin's own clock: the checkpoint is a moment of the server, not of a body.
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
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
          {v.firstBroken && (
            <p>
              {t('audit.broken', { seq: v.firstBroken.seq, count: v.checked })}{' '}
              {t('audit.reason', { reason: v.firstBroken.reason })}
            </p>
          )}
          {v.truncated && (
            <p>{t('audit.truncated', { endsAt: v.truncated.endsAt, checkpointSeq: v.truncated.checkpointSeq })}</p>
          )}
          {v.forgedCheckpoints && v.forgedCheckpoints.length > 0 && (
            <p>{t('audit.forged', { stores: v.forgedCheckpoints.join(', ') })}</p>
          )}
        </Alert>
      )}
      {v && (
        <p>
          {v.checkpoint
            ? t('audit.checkpoint', { seq: v.checkpoint.seq, date: formatInstant(v.checkpoint.at, timeZone) })
            : t('audit.noCheckpoint')}
        </p>
      )}
      <Button variant="secondary" isDisabled={verification.isFetching} onPress={() => void verification.refetch()}>
        {t('audit.again')}
      </Button>
    </>
  );
}
