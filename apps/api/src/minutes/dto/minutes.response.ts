import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ApprovedMinutes, MinutesDraftEntity, MinutesVersionEntity } from '@quorum/db';
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
  zonedIso,
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

/** An approved version in a reader's list of minutes, with the meeting it records. */
export class ApprovedMinutesResponse {
  @ApiProperty({ format: 'uuid', description: 'The approved version' }) id!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ enum: MINUTES_LANGUAGES }) language!: MinutesLanguageCode;
  @ApiProperty({ format: 'uuid' }) meetingId!: string;
  @ApiProperty() meetingTitle!: string;
  @ApiProperty({
    format: 'date-time',
    example: '2027-03-11T14:00:00.000+01:00',
    description: "In the body's time zone",
  })
  meetingStartsAt!: string;
  @ApiProperty({ format: 'uuid' }) bodyId!: string;
  @ApiProperty() bodyName!: string;
  @ApiProperty({ example: 'Europe/Paris', description: "The body's time zone, the meeting's dates are read in" })
  timeZone!: string;
  @ApiProperty({ format: 'date-time' }) approvedAt!: string;
  @ApiProperty({ type: Number, nullable: true }) pages!: number | null;
  @ApiProperty({ description: 'The approved copy, for a signed-in reader' }) pdf!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Public copy, readable without login, once stored' })
  publicPdf!: string | null;
}

export function toApprovedMinutesResponse({ version, meeting, body }: ApprovedMinutes): ApprovedMinutesResponse {
  return {
    id: version.id,
    version: version.number,
    language: version.language,
    meetingId: meeting.id,
    meetingTitle: meeting.title,
    meetingStartsAt: zonedIso(meeting.startsAt, body.timeZone),
    bodyId: body.id,
    bodyName: body.name,
    timeZone: body.timeZone,
    // An approved version always carries its approval: both are written by the same update.
    approvedAt: version.approval!.approvedAt,
    pages: version.approvedPages ?? version.pages,
    pdf: `/meetings/${meeting.id}/minutes/${version.number}/pdf`,
    publicPdf: version.approvedSha256 !== null ? publicMinutesPath(version.id) : null,
  };
}
