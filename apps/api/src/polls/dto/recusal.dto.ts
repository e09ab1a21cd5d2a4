import { ApiProperty } from '@nestjs/swagger';
import type { RecusalEntity } from '@quorum/db';
import { IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

export class RecordRecusalDto {
  @ApiProperty({ format: 'uuid', description: 'The member who takes no part in the item' })
  @IsUUID()
  membershipId!: string;

  @ApiProperty({ example: 'Administratrice de l’association concernée' })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  reason!: string;
}

export class RecusalResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) agendaItemId!: string;
  @ApiProperty({ format: 'uuid' }) membershipId!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
}

export function toRecusalResponse(r: RecusalEntity): RecusalResponse {
  return {
    id: r.id,
    agendaItemId: r.agendaItemId,
    membershipId: r.membershipId,
    reason: r.reason,
    recordedAt: r.recordedAt.toISOString(),
  };
}
