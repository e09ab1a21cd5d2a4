import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/auth';
import { useRecommendations, useTransmitRecommendation, type Recommendation } from '../../api/recommendations';
import { useBodyList } from '../../api/staff';
import { Alert, Button, Notice } from '../../components/controls';
import table from '../../components/data-table.module.css';
import { usePageTitle } from '../../components/page-title';
import { StaffQueryState } from '../../components/staff-query-state';
import { RecommendationsTable } from './recommendations-table';

/**
 * The recommendations of the bodies the reader follows and what became of them: a member sees those
 * of the bodies they sit on; the secretariat sees all of them and transmits the adopted ones to the
 * general directorate from here.
 */
export function Component() {
  const { t } = useTranslation('recommendations');
  usePageTitle(t('list.title'));
  const me = useMe();
  const recommendations = useRecommendations();
  const bodies = useBodyList();
  const transmit = useTransmitRecommendation();
  const staff = me.data?.role === 'admin' || me.data?.role === 'secretariat';

  if (!recommendations.data || !bodies.data) {
    return (
      <>
        <h1>{t('list.title')}</h1>
        <StaffQueryState isPending error={recommendations.error ?? bodies.error} />
      </>
    );
  }
  const ofBody = (bodyId: string) => recommendations.data.filter((r) => r.bodyId === bodyId);
  const followed = bodies.data.filter((b) => ofBody(b.id).length > 0);
  const transmitCell = (r: Recommendation) =>
    r.status === 'adopted' ? (
      <Button
        variant="secondary"
        isDisabled={transmit.isPending}
        onPress={() => transmit.mutate(r.id)}
        aria-label={t('list.transmitOne', { title: r.title })}
      >
        {t('list.transmit')}
      </Button>
    ) : (
      <span className={table.muted}>{t('list.transmitted')}</span>
    );
  return (
    <>
      <h1>{t('list.title')}</h1>
      <p>{t(staff ? 'list.introStaff' : 'list.introMember')}</p>
      {transmit.isSuccess && (
        <Notice tone="success">{t('list.transmittedNotice', { title: transmit.data.title })}</Notice>
      )}
      {transmit.isError && <Alert>{t('list.transmitFailed')}</Alert>}
      {followed.length === 0 && <p>{t('none')}</p>}
      {followed.map((body) => (
        <section key={body.id} className={table.section}>
          <h2 id={`recommendations-${body.id}`}>{body.name}</h2>
          <RecommendationsTable
            caption={t('list.caption', { body: body.name })}
            recommendations={ofBody(body.id)}
            action={staff ? { heading: t('list.transmitHeading'), cell: transmitCell } : undefined}
          />
        </section>
      ))}
    </>
  );
}
