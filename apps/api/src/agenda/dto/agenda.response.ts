import { ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { AgendaItem, agendaItemSnapshot, AgendaVersionEntity } from '@quorum/db';
import { AGENDA_ITEM_KINDS, AgendaDiff, AgendaItemKind, AgendaItemSnapshot, COMPARED_FIELDS } from '@quorum/domain';
import { AgendaDocumentDto } from './agenda-item.dto';

/** An item as a published version froze it. */
export class AgendaItemSnapshotResponse implements AgendaItemSnapshot {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() position!: number;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: AGENDA_ITEM_KINDS }) kind!: AgendaItemKind;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ type: String, nullable: true }) presenter!: string | null;
  @ApiProperty({ type: Number, nullable: true }) durationMinutes!: number | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) proposalId!: string | null;
  @ApiProperty({ type: [AgendaDocumentDto] }) documents!: AgendaDocumentDto[];
}

/** An item of the working agenda: a snapshot's fields, its meeting, and whether it is a standard item. */
export class AgendaItemResponse extends AgendaItemSnapshotResponse {
  @ApiProperty({ format: 'uuid' }) meetingId!: string;
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
  @ApiProperty({ format: 'date-time' }) publishedAt!: string;
  @ApiProperty({ format: 'uuid' }) publishedBy!: string;
  @ApiProperty({ type: [AgendaItemSnapshotResponse], description: 'The items as published, frozen' })
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

/** What a compared field holds: a text, a number, a kind or the list of documents. */
const FIELD_VALUE = [
  { type: 'string' },
  { type: 'integer' },
  { type: 'array', items: { $ref: getSchemaPath(AgendaDocumentDto) } },
];

export class AgendaFieldChangeResponse {
  @ApiProperty({ enum: COMPARED_FIELDS }) field!: string;
  @ApiProperty({ oneOf: FIELD_VALUE, nullable: true, description: 'The value in the earlier version' }) from!: unknown;
  @ApiProperty({ oneOf: FIELD_VALUE, nullable: true, description: 'The value in the later version' }) to!: unknown;
}

export class AgendaItemChangeResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'The title in the later version' }) title!: string;
  @ApiProperty({ type: [AgendaFieldChangeResponse] }) changes!: AgendaFieldChangeResponse[];
}

export class AgendaItemMoveResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() fromPosition!: number;
  @ApiProperty() toPosition!: number;
}

export class AgendaDiffResponse implements AgendaDiff {
  @ApiProperty() from!: number;
  @ApiProperty() to!: number;
  @ApiProperty({ type: String, nullable: true, description: 'The change note of the later version' })
  changeNote!: string | null;
  @ApiProperty({ type: [AgendaItemSnapshotResponse] }) added!: AgendaItemSnapshot[];
  @ApiProperty({ type: [AgendaItemSnapshotResponse] }) removed!: AgendaItemSnapshot[];
  @ApiProperty({ type: [AgendaItemChangeResponse] }) changed!: AgendaDiff['changed'];
  @ApiProperty({
    type: [AgendaItemMoveResponse],
    description: 'Items whose order relative to the others changed (not those merely shifted by an insertion)',
  })
  moved!: AgendaDiff['moved'];
}
