import { ApiExtraModels, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ATTENDANCE_STATUSES, AttendanceStatus, MEETING_STATES, MeetingState } from '@quorum/domain';
import { IsIn, IsOptional, IsUUID } from 'class-validator';

export class RecordAttendanceDto {
  @ApiProperty({ enum: ATTENDANCE_STATUSES })
  @IsIn(ATTENDANCE_STATUSES)
  status!: AttendanceStatus;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    format: 'uuid',
    description: 'For an excused member: the sitting member who holds their proxy',
  })
  @IsOptional()
  @IsUUID()
  proxyHolderMembershipId?: string | null;
}

export class CategoryQuorumResponse {
  @ApiProperty() seats!: number;
  @ApiProperty() sitting!: number;
  @ApiProperty() present!: number;
  @ApiProperty() represented!: number;
  @ApiProperty() minimum!: number;
  @ApiProperty() met!: boolean;
}

// Registers CategoryQuorumResponse in the document, so the $ref of byCategory resolves (the web client is generated from it).
@ApiExtraModels(CategoryQuorumResponse)
export class QuorumResponse {
  @ApiProperty({ description: 'Members needed, present, remote or (where proxies count) represented' })
  required!: number;
  @ApiProperty({ description: 'Present in the room or remote' }) present!: number;
  @ApiProperty({ description: 'Excused members whose proxy holder attends' }) represented!: number;
  @ApiProperty() met!: boolean;
  @ApiProperty({ description: 'True when the meeting needs no quorum (reconvened)' }) waived!: boolean;
  @ApiProperty({ type: 'object', additionalProperties: { $ref: '#/components/schemas/CategoryQuorumResponse' } })
  byCategory!: Record<string, CategoryQuorumResponse>;
}

export class MemberAttendanceResponse {
  @ApiProperty({ format: 'uuid' }) membershipId!: string;
  @ApiProperty({ format: 'uuid' }) personId!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty({ type: String, nullable: true }) organisation!: string | null;
  @ApiProperty() category!: string;
  @ApiProperty({ enum: ['chair', 'vice_chair', 'member'] }) role!: string;
  @ApiProperty({ enum: ATTENDANCE_STATUSES, nullable: true, description: 'null until recorded' })
  status!: AttendanceStatus | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) proxyHolderMembershipId!: string | null;
  @ApiProperty({ type: [String], description: 'Mandates whose proxy this member holds' }) proxiesHeld!: string[];
}

export class AttendanceSheetResponse {
  @ApiProperty({ format: 'uuid' }) meetingId!: string;
  @ApiProperty({ enum: MEETING_STATES }) meetingStatus!: MeetingState;
  @ApiProperty() quorumRequired!: boolean;
  @ApiProperty({ type: String, nullable: true }) quorumNote!: string | null;
  @ApiProperty({ type: [MemberAttendanceResponse], description: 'Mandates sitting on the meeting’s date' })
  members!: MemberAttendanceResponse[];
  @ApiProperty({ type: QuorumResponse }) quorum!: QuorumResponse;
  @ApiProperty({ description: 'Whether the meeting may open a poll now (in session, with quorum)' })
  canDecide!: boolean;
  @ApiProperty({ type: String, nullable: true }) cannotDecideBecause!: string | null;
}
