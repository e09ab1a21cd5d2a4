import { AgendaItemEntity } from './agenda-item.entity';
import { AgendaRequestEntity } from './agenda-request.entity';
import { AgendaVersionEntity } from './agenda-version.entity';
import { AttendanceEntity } from './attendance.entity';
import { AuditEventEntity } from './audit-event.entity';
import { BodyEntity } from './body.entity';
import { MeetingGuestEntity } from './meeting-guest.entity';
import { MeetingEntity } from './meeting.entity';
import { MembershipEntity } from './membership.entity';
import { PersonEntity } from './person.entity';
import { UserEntity } from './user.entity';
import { ProposalEntity } from './proposal.entity';
import { ProposalVersionEntity } from './proposal-version.entity';
import { PollEntity } from './poll.entity';
import { BallotEntity } from './ballot.entity';
import { PollParticipationEntity } from './poll-participation.entity';
import { SecretChoiceEntity } from './secret-choice.entity';
import { RecusalEntity } from './recusal.entity';
import { MinutesDraftEntity } from './minutes-draft.entity';
import { MinutesPdfEntity } from './minutes-pdf.entity';
import { MinutesVersionEntity } from './minutes-version.entity';
import { OutboxMessageEntity } from './outbox-message.entity';
import { NotificationEntity } from './notification.entity';
import { RecommendationEntity } from './recommendation.entity';
import { RecommendationResponseEntity } from './recommendation-response.entity';
import { ActionEntity } from './action.entity';
import { DissentRequestEntity } from './dissent-request.entity';
import { MeetingDocumentEntity } from './meeting-document.entity';

export { AuditEventEntity, BodyEntity, MembershipEntity, PersonEntity, UserEntity };
export {
  AgendaItemEntity,
  AgendaRequestEntity,
  AgendaVersionEntity,
  AttendanceEntity,
  MeetingEntity,
  MeetingGuestEntity,
};
export {
  ProposalEntity,
  ProposalVersionEntity,
  PollEntity,
  BallotEntity,
  PollParticipationEntity,
  SecretChoiceEntity,
  RecusalEntity,
};
export { MinutesDraftEntity, MinutesPdfEntity, MinutesVersionEntity, OutboxMessageEntity, DissentRequestEntity };
export type { MinutesApprovalRecord } from './minutes-version.entity';
export { MINUTES_COPIES, type MinutesCopy } from './minutes-pdf.entity';
export { NotificationEntity };
export { NOTIFICATION_STATUSES, type NotificationStatus } from './notification.entity';
export { RecommendationEntity, RecommendationResponseEntity, ActionEntity, MeetingDocumentEntity };
export type { MeetingKind } from './meeting.entity';
export type { StandardAgendaItem } from './agenda-item.entity';
export type { AgendaRequestStatus } from './agenda-request.entity';

/** Every entity the data source knows; a new entity is added here. */
export const ENTITIES = [
  UserEntity,
  BodyEntity,
  AuditEventEntity,
  PersonEntity,
  MembershipEntity,
  MeetingEntity,
  AgendaItemEntity,
  AgendaVersionEntity,
  AgendaRequestEntity,
  AttendanceEntity,
  MeetingGuestEntity,
  ProposalEntity,
  ProposalVersionEntity,
  PollEntity,
  BallotEntity,
  PollParticipationEntity,
  SecretChoiceEntity,
  RecusalEntity,
  OutboxMessageEntity,
  MinutesDraftEntity,
  MinutesVersionEntity,
  MinutesPdfEntity,
  DissentRequestEntity,
  NotificationEntity,
  RecommendationEntity,
  RecommendationResponseEntity,
  ActionEntity,
  MeetingDocumentEntity,
];
