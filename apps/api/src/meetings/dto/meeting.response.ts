import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { MeetingEntity } from '@quorum/db';
import { Language, MEETING_STATES, MeetingState, quorumNote, zonedIso } from '@quorum/domain';

export class MeetingResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) bodyId!: string;
  @ApiProperty({ enum: ['ordinary', 'extraordinary'] }) kind!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ example: '2027-Q1' }) quarter!: string;
  @ApiProperty({ format: 'date-time', example: '2027-03-11T14:00:00.000+01:00' }) startsAt!: string;
  @ApiProperty() durationMinutes!: number;
  @ApiProperty({ type: String, nullable: true }) location!: string | null;
  @ApiProperty({ type: String, nullable: true }) videoUrl!: string | null;
  @ApiProperty({ enum: MEETING_STATES }) status!: MeetingState;
  @ApiProperty({ type: String, nullable: true, description: 'Why an urgent convocation did without notice' })
  urgentReason!: string | null;
  @ApiProperty({ format: 'date-time', type: String, nullable: true }) convenedAt!: string | null;
  @ApiProperty({ type: Number, nullable: true }) convenedAgendaVersion!: number | null;
  @ApiProperty({ format: 'date-time', type: String, nullable: true }) openedAt!: string | null;
  @ApiProperty({ format: 'date-time', type: String, nullable: true }) closedAt!: string | null;
  @ApiProperty({ format: 'date-time', type: String, nullable: true }) cancelledAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) cancelReason!: string | null;
  @ApiProperty({ description: 'False for a meeting reconvened after a lack of quorum' }) quorumRequired!: boolean;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'For a reconvened meeting, why no quorum is required, in the reader’s language (Accept-Language)',
  })
  quorumNote!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) reconvenedFromId!: string | null;
  @ApiPropertyOptional({ description: 'Whether quorum was met when the meeting closed', type: Boolean, nullable: true })
  quorumMetAtClose!: boolean | null;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** A meeting as its reader sees it: times in the body's time zone, the quorum note in the reader's language. */
export function toMeetingResponse(meeting: MeetingEntity, timeZone: string, language: Language): MeetingResponse {
  return {
    id: meeting.id,
    bodyId: meeting.bodyId,
    kind: meeting.kind,
    title: meeting.title,
    quarter: meeting.quarter,
    startsAt: zonedIso(meeting.startsAt, timeZone),
    durationMinutes: meeting.durationMinutes,
    location: meeting.location,
    videoUrl: meeting.videoUrl,
    status: meeting.status,
    urgentReason: meeting.urgentReason,
    convenedAt: iso(meeting.convenedAt),
    convenedAgendaVersion: meeting.convenedAgendaVersion,
    openedAt: iso(meeting.openedAt),
    closedAt: iso(meeting.closedAt),
    cancelledAt: iso(meeting.cancelledAt),
    cancelReason: meeting.cancelReason,
    quorumRequired: meeting.quorumRequired,
    quorumNote: quorumNote(meeting.quorumRequired, language),
    reconvenedFromId: meeting.reconvenedFromId,
    quorumMetAtClose: meeting.quorumAtClose ? meeting.quorumAtClose.met : null,
  };
}

export class ScheduleResponse {
  @ApiProperty() year!: number;
  @ApiProperty({ description: 'How many meetings this call created (0 when the year was already planned)' })
  created!: number;
  @ApiProperty({
    type: [String],
    description: 'Quarters left unplanned because their date has passed (record such a meeting as a backfill)',
    example: ['2026-Q1', '2026-Q2'],
  })
  pastQuarters!: string[];
  @ApiProperty({ type: [MeetingResponse] }) meetings!: MeetingResponse[];
}
