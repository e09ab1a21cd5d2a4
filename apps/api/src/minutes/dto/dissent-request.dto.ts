import { ApiProperty } from '@nestjs/swagger';
import type { NamedDissentRequest } from '@quorum/db';
import { DISSENT_REQUEST_STATES, DissentRequestState } from '@quorum/domain';
import { IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

export class CreateDissentRequestDto {
  @ApiProperty({ format: 'uuid', description: 'The agenda item the dissent is recorded under' })
  @IsUUID()
  itemId!: string;

  @ApiProperty({ example: 'Je vote contre : la charte oublie les aidants.', maxLength: 2000 })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  text!: string;
}

export class DeclineDissentRequestDto {
  @ApiProperty({ description: 'Told to the member who asked', maxLength: 1000 })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  reason!: string;
}

export class DissentRequestResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) meetingId!: string;
  @ApiProperty({ format: 'uuid' }) itemId!: string;
  @ApiProperty({ format: 'uuid', description: 'The mandate of the member who dissents' }) membershipId!: string;
  @ApiProperty({ description: 'The member who dissents' }) fullName!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ enum: DISSENT_REQUEST_STATES }) status!: DissentRequestState;
  @ApiProperty({ type: String, nullable: true }) declineReason!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export function toDissentRequestResponse(request: NamedDissentRequest): DissentRequestResponse {
  return {
    id: request.id,
    meetingId: request.meetingId,
    itemId: request.agendaItemId,
    membershipId: request.membershipId,
    fullName: request.fullName,
    text: request.text,
    status: request.status,
    declineReason: request.declineReason,
    decidedAt: request.decidedAt?.toISOString() ?? null,
    createdAt: request.createdAt.toISOString(),
  };
}
