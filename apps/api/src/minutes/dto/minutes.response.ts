import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { MinutesDraftEntity, MinutesVersionEntity } from '@quorum/db';
import {
  DraftAction,
  DraftDissent,
  DraftItem,
  DraftPassage,
  emptyMinutesDraft,
  MINUTES_LANGUAGES,
  MINUTES_STATUSES,
  MinutesLanguageCode,
  MinutesStatus,
} from '@quorum/domain';

export class PassageResponse implements DraftPassage {
  @ApiProperty() text!: string;
  @ApiProperty({ description: 'Left out of the public copy' }) private!: boolean;
}

export class DissentResponse implements DraftDissent {
  @ApiProperty({ format: 'uuid', description: 'The mandate of the member who dissents' }) membershipId!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ description: 'Left out of the public copy' }) private!: boolean;
}

export class DraftItemResponse implements DraftItem {
  @ApiProperty({ format: 'uuid' }) agendaItemId!: string;
  @ApiProperty({ type: [PassageResponse] }) summary!: PassageResponse[];
  @ApiProperty({ type: [PassageResponse] }) decisions!: PassageResponse[];
  @ApiProperty({ type: [DissentResponse] }) dissents!: DissentResponse[];
}

export class DraftActionResponse implements DraftAction {
  @ApiProperty() title!: string;
  @ApiProperty() assignee!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) dueDate!: string | null;
  @ApiProperty({ description: 'Left out of the public copy' }) private!: boolean;
}

export class MinutesDraftResponse {
  @ApiProperty({ format: 'uuid' }) meetingId!: string;
  @ApiProperty({ enum: MINUTES_LANGUAGES }) language!: MinutesLanguageCode;
  @ApiProperty({ type: [PassageResponse], description: 'Opening of the sitting' }) opening!: DraftPassage[];
  @ApiProperty({ type: [DraftItemResponse], description: 'Per agenda item: summary, decisions, dissents' })
  items!: DraftItem[];
  @ApiProperty({ type: [PassageResponse], description: 'Other business, after the agenda' })
  otherBusiness!: DraftPassage[];
  @ApiProperty({ type: [DraftActionResponse], description: 'Actions decided' }) actions!: DraftAction[];
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) updatedAt!: string | null;
}

export class MinutesApprovalResponse {
  @ApiProperty({ format: 'uuid', description: 'The later meeting that approved the minutes' }) meetingId!: string;
  @ApiProperty() meetingTitle!: string;
  @ApiProperty({ description: 'The chair who signed them off' }) chair!: string;
  @ApiProperty({ format: 'date-time' }) approvedAt!: string;
}

export class MinutesVersionResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) meetingId!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ enum: MINUTES_STATUSES }) status!: MinutesStatus;
  @ApiProperty({ enum: MINUTES_LANGUAGES }) language!: MinutesLanguageCode;
  @ApiProperty({ description: 'SHA-256 of the draft data this version was rendered from' }) draftSha256!: string;
  @ApiProperty({ type: String, nullable: true, description: 'SHA-256 of the PDF served for this version' })
  sha256!: string | null;
  @ApiProperty({ type: Number, nullable: true }) pages!: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why the last render failed' }) error!: string | null;
  @ApiProperty({ format: 'date-time' }) requestedAt!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) renderedAt!: string | null;
  @ApiPropertyOptional({ type: MinutesApprovalResponse, nullable: true }) approval!: MinutesApprovalResponse | null;
  @ApiProperty({ type: String, nullable: true, description: 'Public copy, readable without login, once approved' })
  publicPdf!: string | null;
}

export function toMinutesDraftResponse(meetingId: string, draft: MinutesDraftEntity | null): MinutesDraftResponse {
  const content = draft ?? emptyMinutesDraft();
  return {
    meetingId,
    language: content.language,
    opening: content.opening,
    items: content.items,
    otherBusiness: content.otherBusiness,
    actions: content.actions,
    updatedAt: draft?.updatedAt.toISOString() ?? null,
  };
}

/** The stable address of a version's public copy. */
export const publicMinutesPath = (versionId: string) => `/public/minutes/${versionId}.pdf`;

/** A version as clients see it; once approved, its PDF is the approved copy and so are `sha256` and `pages`. */
export function toMinutesVersionResponse(v: MinutesVersionEntity): MinutesVersionResponse {
  const approvedCopy = v.approvedSha256 !== null;
  return {
    id: v.id,
    meetingId: v.meetingId,
    version: v.number,
    status: v.status,
    language: v.language,
    draftSha256: v.draftSha256,
    sha256: approvedCopy ? v.approvedSha256 : v.sha256,
    pages: approvedCopy ? v.approvedPages : v.pages,
    error: v.error,
    requestedAt: v.requestedAt.toISOString(),
    renderedAt: v.renderedAt?.toISOString() ?? null,
    approval: v.approval
      ? {
          meetingId: v.approval.meetingId,
          meetingTitle: v.approval.meetingTitle,
          chair: v.approval.chair,
          approvedAt: v.approval.approvedAt,
        }
      : null,
    publicPdf: approvedCopy ? publicMinutesPath(v.id) : null,
  };
}
