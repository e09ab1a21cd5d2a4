import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { MeetingGuestEntity } from '@quorum/db';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';

export class CreateGuestDto {
  @ApiProperty({ example: 'Dr Claire Martin' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  fullName!: string;

  @ApiPropertyOptional({ example: 'ANSM' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  organisation?: string;

  @ApiPropertyOptional({ type: [String], description: 'Agenda items the guest attends; none for the whole meeting' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  agendaItemIds?: string[];
}

export class GuestResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) meetingId!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty({ type: String, nullable: true }) organisation!: string | null;
  @ApiProperty({ type: [String] }) agendaItemIds!: string[];
}

export function toGuestResponse(guest: MeetingGuestEntity): GuestResponse {
  return {
    id: guest.id,
    meetingId: guest.meetingId,
    fullName: guest.fullName,
    organisation: guest.organisation,
    agendaItemIds: guest.agendaItemIds,
  };
}
