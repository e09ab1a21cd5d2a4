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
  @ApiProperty({ type: String, nullable: true, description: 'The server’s refusal, when permanent' })
  error!: string | null;
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
    createdAt: n.createdAt.toISOString(),
    sentAt: n.sentAt?.toISOString() ?? null,
  };
}
