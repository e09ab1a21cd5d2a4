import { ApiProperty } from '@nestjs/swagger';
import type { ProposalEntity, ProposalVersionEntity } from '@quorum/db';
import { PROPOSAL_STATES, ProposalState } from '@quorum/domain';

export class ProposalResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) bodyId!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The proposal an amendment amends' })
  parentId!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ description: 'Number of the current version of the text' }) version!: number;
  @ApiProperty({ enum: PROPOSAL_STATES }) status!: ProposalState;
  @ApiProperty({ type: [String], format: 'uuid' }) authorMembershipIds!: string[];
  @ApiProperty({ format: 'date-time', type: String, nullable: true }) submittedAt!: string | null;
  @ApiProperty({ format: 'date-time', type: String, nullable: true }) decidedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class ProposalVersionResponse {
  @ApiProperty() version!: number;
  @ApiProperty() title!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ format: 'date-time' }) changedAt!: string;
}

export function toProposalResponse(p: ProposalEntity): ProposalResponse {
  return {
    id: p.id,
    bodyId: p.bodyId,
    parentId: p.parentId,
    title: p.title,
    text: p.text,
    version: p.version,
    status: p.status,
    authorMembershipIds: p.authorMembershipIds,
    submittedAt: p.submittedAt?.toISOString() ?? null,
    decidedAt: p.decidedAt?.toISOString() ?? null,
    createdAt: p.createdAt.toISOString(),
  };
}

export function toProposalVersionResponse(v: ProposalVersionEntity): ProposalVersionResponse {
  return { version: v.version, title: v.title, text: v.text, changedAt: v.changedAt.toISOString() };
}

/** What the audit log keeps of a proposal: its state and text, without bookkeeping columns. */
export function proposalSnapshot(p: ProposalEntity) {
  return {
    bodyId: p.bodyId,
    parentId: p.parentId,
    title: p.title,
    text: p.text,
    version: p.version,
    status: p.status,
    authorMembershipIds: p.authorMembershipIds,
  };
}
