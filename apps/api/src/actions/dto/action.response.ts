import { ApiProperty } from '@nestjs/swagger';
import type { ActionEntity } from '@quorum/db';
import { ACTION_STATES, ActionState } from '@quorum/domain';

export class ActionResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) meetingId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() assignee!: string;
  @ApiProperty({ format: 'date', type: String, nullable: true }) dueDate!: string | null;
  @ApiProperty({ enum: ACTION_STATES }) status!: ActionState;
  @ApiProperty() overdue!: boolean;
}

export function toActionResponse(a: ActionEntity, overdue: boolean): ActionResponse {
  return {
    id: a.id,
    meetingId: a.meetingId,
    title: a.title,
    assignee: a.assignee,
    dueDate: a.dueDate,
    status: a.status,
    overdue,
  };
}

export function actionSnapshot(a: ActionEntity) {
  return { meetingId: a.meetingId, title: a.title, assignee: a.assignee, dueDate: a.dueDate, status: a.status };
}
