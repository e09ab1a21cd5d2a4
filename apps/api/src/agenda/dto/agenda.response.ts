import { ApiProperty } from '@nestjs/swagger';
import { AgendaItem, agendaItemSnapshot, AgendaVersionEntity } from '@quorum/db';
import { AGENDA_ITEM_KINDS, AgendaDiff, AgendaItemKind, AgendaItemSnapshot } from '@quorum/domain';
import { AgendaDocumentDto } from './agenda-item.dto';

export class AgendaItemResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) meetingId!: string;
  @ApiProperty() position!: number;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: AGENDA_ITEM_KINDS }) kind!: AgendaItemKind;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ type: String, nullable: true }) presenter!: string | null;
  @ApiProperty({ type: Number, nullable: true }) durationMinutes!: number | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) proposalId!: string | null;
  @ApiProperty({ type: [AgendaDocumentDto] }) documents!: AgendaDocumentDto[];
  @ApiProperty({ type: String, nullable: true, enum: ['minutes_approval'], description: 'Set on standard items' })
  standard!: string | null;
}

export function toAgendaItemResponse(item: AgendaItem): AgendaItemResponse {
  return { ...agendaItemSnapshot(item), meetingId: item.meetingId, standard: item.standard };
}

export class AgendaResponse {
  @ApiProperty({ format: 'uuid' }) meetingId!: string;
  @ApiProperty({ type: Number, nullable: true, description: 'The latest published version' })
  publishedVersion!: number | null;
  @ApiProperty({ description: 'Whether the working agenda differs from the latest published version' })
  unpublishedChanges!: boolean;
  @ApiProperty({ type: [AgendaItemResponse] }) items!: AgendaItemResponse[];
}

export class AgendaVersionResponse {
  @ApiProperty({ format: 'uuid' }) meetingId!: string;
  @ApiProperty() number!: number;
  @ApiProperty({ type: String, nullable: true }) changeNote!: string | null;
  @ApiProperty() publishedAt!: string;
  @ApiProperty({ format: 'uuid' }) publishedBy!: string;
  @ApiProperty({ type: 'array', items: { type: 'object' }, description: 'The items as published, frozen' })
  items!: AgendaItemSnapshot[];
}

export function toAgendaVersionResponse(version: AgendaVersionEntity): AgendaVersionResponse {
  return {
    meetingId: version.meetingId,
    number: version.number,
    changeNote: version.changeNote,
    publishedAt: version.publishedAt.toISOString(),
    publishedBy: version.publishedBy,
    items: version.items,
  };
}

export class AgendaDiffResponse implements AgendaDiff {
  @ApiProperty() from!: number;
  @ApiProperty() to!: number;
  @ApiProperty({ type: String, nullable: true, description: 'The change note of the later version' })
  changeNote!: string | null;
  @ApiProperty({ type: 'array', items: { type: 'object' } }) added!: AgendaItemSnapshot[];
  @ApiProperty({ type: 'array', items: { type: 'object' } }) removed!: AgendaItemSnapshot[];
  @ApiProperty({ type: 'array', items: { type: 'object' } }) changed!: AgendaDiff['changed'];
  @ApiProperty({ type: 'array', items: { type: 'object' } }) moved!: AgendaDiff['moved'];
}
