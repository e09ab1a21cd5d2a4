import { Injectable } from '@nestjs/common';
import { MinutesCopy, MinutesVersionEntity, Repositories, UnitOfWork } from '@quorum/db';
import { RenderedMinutes, renderMinutesPdf } from '@quorum/minutes';
import { notificationEventMessage } from '@quorum/queue';
import { minutesDocumentOf } from './minutes-record';
import { MinutesProgress } from './minutes-progress';
import { RenderGate } from './render-gate';

type Outcome = 'rendered' | 'already-stored';

/**
 * Renders minutes versions and stores their PDFs. Each step commits on its own: `rendering` is
 * visible while the PDF is made, and the bytes, page count, SHA-256 and `rendered` commit together.
 * A retried or doubled job finds the copy stored (the primary key of minutes_pdfs keeps one) and
 * stores nothing again.
 */
@Injectable()
export class MinutesRenderer {
  constructor(
    private readonly repos: Repositories,
    private readonly unitOfWork: UnitOfWork,
    private readonly progress: MinutesProgress,
    private readonly gate: RenderGate,
  ) {}

  /** Renders a queued version (the copy as rendered, with the draft mark). */
  async render(versionId: string): Promise<Outcome> {
    const version = await this.unitOfWork.run(null, async ({ repos, audit }) => {
      const v = await this.locked(repos, versionId);
      if (v.status === 'rendered' || v.status === 'approved') return null;
      if ((await repos.minutes.copiesOf(v.id)).includes('rendered')) return null;
      if (v.status !== 'rendering') {
        audit(statusEvent(v, 'rendering'));
        v.status = 'rendering';
        await repos.minutes.saveVersion(v);
      }
      return v;
    });
    if (!version) return 'already-stored';
    this.announce(version);
    await this.gate.pass(versionId);

    const rendered = await renderMinutesPdf(await minutesDocumentOf(this.repos, version, { approved: false }));
    const saved = await this.unitOfWork.run(null, async ({ repos, now, audit, outbox }) => {
      const v = await this.locked(repos, versionId);
      if (!(await repos.minutes.put(v.id, 'rendered', rendered))) return null;
      // Members review the draft before a later meeting approves it.
      outbox(notificationEventMessage({ event: 'minutes_awaiting_review', minutesVersionId: v.id }));
      audit({
        ...statusEvent(v, 'rendered'),
        after: { status: 'rendered', pages: rendered.pages, sha256: rendered.sha256 },
      });
      Object.assign(v, {
        status: 'rendered',
        pages: rendered.pages,
        sha256: rendered.sha256,
        renderedAt: now,
        error: null,
      });
      return repos.minutes.saveVersion(v);
    });
    if (saved) this.announce(saved);
    return saved ? 'rendered' : 'already-stored';
  }

  /** Renders an approved version twice: with its sign-off, and the public copy without private passages. */
  async renderApproved(versionId: string): Promise<Outcome> {
    const version = await this.repos.minutes.byId(versionId);
    if (!version?.approval) throw new Error(`Minutes version ${versionId} is not approved`);
    const copies = await this.repos.minutes.copiesOf(versionId);
    if (copies.includes('approved') && copies.includes('public')) return 'already-stored';

    const document = await minutesDocumentOf(this.repos, version, { approved: true });
    const made: Record<Exclude<MinutesCopy, 'rendered'>, RenderedMinutes> = {
      approved: await renderMinutesPdf(document),
      public: await renderMinutesPdf(document, { publicCopy: true }),
    };
    const saved = await this.unitOfWork.run(null, async ({ repos, audit, outbox }) => {
      const v = await this.locked(repos, versionId);
      const stored = [
        await repos.minutes.put(v.id, 'approved', made.approved),
        await repos.minutes.put(v.id, 'public', made.public),
      ];
      if (!stored.some(Boolean)) return null;
      // Published once the public copy is stored: the members' link then serves it.
      outbox(notificationEventMessage({ event: 'minutes_published', minutesVersionId: v.id }));
      const after = {
        approvedPages: made.approved.pages,
        approvedSha256: made.approved.sha256,
        publicSha256: made.public.sha256,
      };
      audit({
        action: 'minutes.approved_rendered',
        entityType: 'minutes_version',
        entityId: v.id,
        before: null,
        after,
      });
      Object.assign(v, { approvedPages: made.approved.pages, approvedSha256: made.approved.sha256, error: null });
      return repos.minutes.saveVersion(v);
    });
    if (saved) this.announce(saved);
    return saved ? 'rendered' : 'already-stored';
  }

  /** Records a render's last failure: a queued version ends `failed`; an approved one keeps its status. */
  async fail(versionId: string, error: string): Promise<void> {
    const failed = await this.unitOfWork.run(null, async ({ repos, audit }) => {
      const v = await repos.minutes.lockById(versionId);
      if (!v || v.status === 'rendered') return null;
      const status = v.status === 'approved' ? 'approved' : 'failed';
      audit({ ...statusEvent(v, status), after: { status, error } });
      Object.assign(v, { status, error });
      return repos.minutes.saveVersion(v);
    });
    if (failed) this.announce(failed);
  }

  private async locked(repos: Repositories, versionId: string): Promise<MinutesVersionEntity> {
    const version = await repos.minutes.lockById(versionId);
    if (!version) throw new VersionGoneError(versionId);
    return version;
  }

  private announce(v: MinutesVersionEntity): void {
    this.progress.publish({
      type: 'minutes.render',
      meetingId: v.meetingId,
      versionId: v.id,
      version: v.number,
      status: v.status,
      error: v.error,
    });
  }
}

/** A job for a version that no longer exists: retrying cannot help. */
export class VersionGoneError extends Error {
  constructor(versionId: string) {
    super(`Minutes version ${versionId} does not exist`);
  }
}

function statusEvent(v: MinutesVersionEntity, status: string) {
  return {
    action: `minutes.${status}`,
    entityType: 'minutes_version',
    entityId: v.id,
    before: { status: v.status },
    after: { status },
  };
}
