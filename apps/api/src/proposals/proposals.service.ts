import { Injectable } from '@nestjs/common';
import { Clock, ProposalEntity, Repositories, UnitOfWork, Work } from '@quorum/db';
import {
  assertMayBeAmended,
  assertMayEditProposal,
  ForbiddenError,
  nextProposalState,
  termOf,
  ValidationError,
} from '@quorum/domain';
import { AuthenticatedUser } from '../auth/authenticated-user';
import { CreateProposalDto, UpdateProposalDto } from './dto/proposal.dto';
import {
  proposalSnapshot,
  ProposalResponse,
  ProposalVersionResponse,
  toProposalResponse,
  toProposalVersionResponse,
} from './dto/proposal.response';
import { assertMayDraft, assertMayRead, authorsOf, isAuthor, proposalActor } from './proposal-access';

/**
 * Proposals and amendments: drafted by members (or the secretariat), submitted, withdrawn; every
 * change of text is a new version. Polls adopt or reject them (see PollsService).
 */
@Injectable()
export class ProposalsService {
  constructor(
    private readonly repos: Repositories,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  async list(user: AuthenticatedUser, bodyId: string): Promise<ProposalResponse[]> {
    const body = await this.repos.bodies.get(bodyId);
    const actor = await proposalActor(this.repos, user, body, this.clock.now());
    const proposals = await this.repos.proposals.ofBody(bodyId);
    return proposals.filter((p) => p.status !== 'draft' || actor.isStaff || isAuthor(actor, p)).map(toProposalResponse);
  }

  async get(user: AuthenticatedUser, id: string): Promise<ProposalResponse> {
    const proposal = await this.repos.proposals.get(id);
    const body = await this.repos.bodies.get(proposal.bodyId);
    assertMayRead(await proposalActor(this.repos, user, body, this.clock.now()), proposal);
    return toProposalResponse(proposal);
  }

  async versions(user: AuthenticatedUser, id: string): Promise<ProposalVersionResponse[]> {
    await this.get(user, id);
    return (await this.repos.proposals.versions(id)).map(toProposalVersionResponse);
  }

  create(user: AuthenticatedUser, bodyId: string, dto: CreateProposalDto): Promise<ProposalResponse> {
    return this.unitOfWork.run(user.id, async (work) => {
      const body = await work.repos.bodies.get(bodyId);
      const actor = await proposalActor(work.repos, user, body, work.now);
      assertMayDraft(actor);
      const authors = await authorsOf(work.repos, actor, body, dto.authorMembershipIds, work.now);
      return this.draft(work, user, { bodyId, parentId: null, title: dto.title, text: dto.text, authors });
    });
  }

  amend(user: AuthenticatedUser, parentId: string, dto: CreateProposalDto): Promise<ProposalResponse> {
    return this.unitOfWork.run(user.id, async (work) => {
      // The parent is locked: it cannot be put to the vote while an amendment is being attached.
      const parent = await work.repos.proposals.lock(parentId);
      const body = await work.repos.bodies.get(parent.bodyId);
      const actor = await proposalActor(work.repos, user, body, work.now);
      assertMayRead(actor, parent);
      assertMayDraft(actor);
      assertMayBeAmended(parent);
      const authors = await authorsOf(work.repos, actor, body, dto.authorMembershipIds, work.now);
      return this.draft(work, user, { bodyId: body.id, parentId, title: dto.title, text: dto.text, authors });
    });
  }

  update(user: AuthenticatedUser, id: string, dto: UpdateProposalDto): Promise<ProposalResponse> {
    if (dto.title === undefined && dto.text === undefined) {
      throw new ValidationError('validation.nothing_to_change_of', { fields: { anyOf: ['title', 'text'] } }, ['text']);
    }
    return this.unitOfWork.run(user.id, async ({ repos, now, audit }) => {
      const proposal = await repos.proposals.lock(id);
      const body = await repos.bodies.get(proposal.bodyId);
      const actor = await proposalActor(repos, user, body, now);
      assertMayRead(actor, proposal);
      assertMayEditProposal(proposal.status, { isStaff: actor.isStaff, isAuthor: isAuthor(actor, proposal) });
      const before = proposalSnapshot(proposal);
      Object.assign(proposal, {
        title: dto.title ?? proposal.title,
        text: dto.text ?? proposal.text,
        version: proposal.version + 1,
      });
      const saved = await repos.proposals.save(proposal);
      await repos.proposals.recordVersion(saved, user.id, now);
      audit({
        action: 'proposal.update',
        entityType: 'proposal',
        entityId: id,
        before,
        after: proposalSnapshot(saved),
      });
      return toProposalResponse(saved);
    });
  }

  submit(user: AuthenticatedUser, id: string): Promise<ProposalResponse> {
    return this.transition(user, id, 'submit');
  }

  withdraw(user: AuthenticatedUser, id: string): Promise<ProposalResponse> {
    return this.transition(user, id, 'withdraw');
  }

  /** Submitting and withdrawing belong to the authors, and to the secretariat. */
  private transition(user: AuthenticatedUser, id: string, action: 'submit' | 'withdraw'): Promise<ProposalResponse> {
    return this.unitOfWork.run(user.id, async ({ repos, now, audit }) => {
      const proposal = await repos.proposals.lock(id);
      const body = await repos.bodies.get(proposal.bodyId);
      const actor = await proposalActor(repos, user, body, now);
      assertMayRead(actor, proposal);
      if (!actor.isStaff && !isAuthor(actor, proposal)) {
        throw new ForbiddenError('proposal.authors_only', { action: termOf('proposal_action', action) });
      }
      const before = proposalSnapshot(proposal);
      proposal.status = nextProposalState(proposal.status, action);
      if (action === 'submit') proposal.submittedAt = now;
      else proposal.decidedAt = now;
      const saved = await repos.proposals.save(proposal);
      audit({
        action: `proposal.${action}`,
        entityType: 'proposal',
        entityId: id,
        before,
        after: proposalSnapshot(saved),
      });
      return toProposalResponse(saved);
    });
  }

  private async draft(
    { repos, now, audit }: Work,
    user: AuthenticatedUser,
    fields: { bodyId: string; parentId: string | null; title: string; text: string; authors: string[] },
  ): Promise<ProposalResponse> {
    const proposal: ProposalEntity = await repos.proposals.create({
      bodyId: fields.bodyId,
      parentId: fields.parentId,
      title: fields.title,
      text: fields.text,
      version: 1,
      status: 'draft',
      authorMembershipIds: fields.authors,
      createdBy: user.id,
      submittedAt: null,
      decidedAt: null,
    });
    await repos.proposals.recordVersion(proposal, user.id, now);
    audit({
      action: fields.parentId ? 'proposal.amend' : 'proposal.create',
      entityType: 'proposal',
      entityId: proposal.id,
      after: proposalSnapshot(proposal),
    });
    return toProposalResponse(proposal);
  }
}
