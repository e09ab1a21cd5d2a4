import { NotFoundError } from '@quorum/domain';
import { EntityManager } from 'typeorm';
import { ProposalVersionEntity } from '../entities/proposal-version.entity';
import { ProposalEntity } from '../entities/proposal.entity';

/** Every query and lock on proposals (amendments included) and their versions. */
export class ProposalsRepository {
  constructor(private readonly manager: EntityManager) {}

  private get table() {
    return this.manager.getRepository(ProposalEntity);
  }

  private get versionTable() {
    return this.manager.getRepository(ProposalVersionEntity);
  }

  async get(id: string): Promise<ProposalEntity> {
    const proposal = await this.table.findOneBy({ id });
    if (!proposal) throw new NotFoundError('proposal.not_found', id);
    return proposal;
  }

  /** The proposal FOR UPDATE: its transitions, edits and the poll that decides it run one at a time. */
  async lock(id: string): Promise<ProposalEntity> {
    const proposal = await this.table.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!proposal) throw new NotFoundError('proposal.not_found', id);
    return proposal;
  }

  ofBody(bodyId: string): Promise<ProposalEntity[]> {
    return this.table.find({ where: { bodyId }, order: { createdAt: 'ASC' } });
  }

  amendmentsOf(parentId: string): Promise<ProposalEntity[]> {
    return this.table.find({ where: { parentId }, order: { createdAt: 'ASC' } });
  }

  create(fields: Omit<ProposalEntity, 'id' | 'createdAt' | 'updatedAt'>): Promise<ProposalEntity> {
    return this.table.save(this.table.create(fields));
  }

  save(proposal: ProposalEntity): Promise<ProposalEntity> {
    return this.table.save(proposal);
  }

  /** Keeps the proposal's current text as a numbered version. */
  async recordVersion(proposal: ProposalEntity, changedBy: string, changedAt: Date): Promise<void> {
    await this.versionTable.insert({
      proposalId: proposal.id,
      version: proposal.version,
      title: proposal.title,
      text: proposal.text,
      changedBy,
      changedAt,
    });
  }

  versions(proposalId: string): Promise<ProposalVersionEntity[]> {
    return this.versionTable.find({ where: { proposalId }, order: { version: 'ASC' } });
  }
}
