import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AgendaRequestEntity, AgendaRequestStatus } from '@quorum/db';
import { AGENDA_ITEM_KINDS, AgendaItemKind } from '@quorum/domain';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';

export class CreateAgendaRequestDto {
  @ApiProperty({ example: 'Accessibilité des documents pour les membres malvoyants' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  title!: string;

  @ApiPropertyOptional({ enum: AGENDA_ITEM_KINDS, default: 'discussion' })
  @IsOptional()
  @IsIn(AGENDA_ITEM_KINDS)
  kind?: AgendaItemKind;

  @ApiPropertyOptional({ description: 'Why the item matters' })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  description?: string;

  @ApiPropertyOptional({ example: 20 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(600)
  durationMinutes?: number;
}

export class DeclineAgendaRequestDto {
  @ApiProperty({ description: 'Told to the member who asked' })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  reason!: string;
}

export class AgendaRequestResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) meetingId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: AGENDA_ITEM_KINDS }) kind!: AgendaItemKind;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ type: Number, nullable: true }) durationMinutes!: number | null;
  @ApiProperty({ format: 'uuid' }) requestedBy!: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) requestedByPersonId!: string | null;
  @ApiProperty({ enum: ['pending', 'accepted', 'declined'] }) status!: AgendaRequestStatus;
  @ApiProperty({ type: String, nullable: true }) declineReason!: string | null;
  @ApiProperty({ format: 'date-time', type: String, nullable: true }) decidedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) agendaItemId!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export function toAgendaRequestResponse(request: AgendaRequestEntity): AgendaRequestResponse {
  return {
    id: request.id,
    meetingId: request.meetingId,
    title: request.title,
    kind: request.kind,
    description: request.description,
    durationMinutes: request.durationMinutes,
    requestedBy: request.requestedBy,
    requestedByPersonId: request.requestedByPersonId,
    status: request.status,
    declineReason: request.declineReason,
    decidedAt: request.decidedAt?.toISOString() ?? null,
    agendaItemId: request.agendaItemId,
    createdAt: request.createdAt.toISOString(),
  };
}
