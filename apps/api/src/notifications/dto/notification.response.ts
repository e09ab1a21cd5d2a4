import { ApiProperty } from '@nestjs/swagger';
import { NOTIFICATION_STATUSES, type NotificationEntity, type NotificationStatus } from '@quorum/db';

/** One line of a meeting's delivery log: who was sent what, and when. */
export class NotificationResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'convocation' }) kind!: string;
  @ApiProperty() recipientName!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ enum: ['fr', 'en'] }) language!: string;
  @ApiProperty({ enum: NOTIFICATION_STATUSES }) status!: NotificationStatus;
  @ApiProperty() attempts!: number;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The server’s refusal: for good when `failed`, the last temporary one while `pending` (retrying)',
  })
  error!: string | null;
  @ApiProperty({ description: 'An attempt was cut off mid-send and the message sent again: it may have arrived twice' })
  possibleDuplicate!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) sentAt!: string | null;
}

export function toNotificationResponse(n: NotificationEntity): NotificationResponse {
  return {
    id: n.id,
    kind: n.kind,
    recipientName: n.recipientName,
    email: n.email,
    language: n.language,
    status: n.status,
    attempts: n.attempts,
    error: n.error,
    possibleDuplicate: n.possibleDuplicate,
    createdAt: n.createdAt.toISOString(),
    sentAt: n.sentAt?.toISOString() ?? null,
  };
}
