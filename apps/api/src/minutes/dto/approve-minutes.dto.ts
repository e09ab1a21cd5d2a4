import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class ApproveMinutesDto {
  @ApiProperty({ format: 'uuid', description: 'The later meeting, sitting, that approves the minutes' })
  @IsUUID('all')
  meetingId!: string;
}
