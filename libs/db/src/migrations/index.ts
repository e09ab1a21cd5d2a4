import { CreateUsersBodiesAudit1795602921250 } from './1795602921250-CreateUsersBodiesAudit';
import { SeedGramBody1795602921251 } from './1795602921251-SeedGramBody';
import { CreatePeopleMemberships1795603347123 } from './1795603347123-CreatePeopleMemberships';
import { AddBodyMeetingSlot1795603809639 } from './1795603809639-AddBodyMeetingSlot';
import { CreateMeetingsAgendasAttendance1795603809640 } from './1795603809640-CreateMeetingsAgendasAttendance';
import { MembershipConstraints1795603903501 } from './1795603903501-MembershipConstraints';
import { CreateProposalsPollsBallots1795656162296 } from './1795656162296-CreateProposalsPollsBallots';
import { AgendaItemProposalForeignKey1795656252222 } from './1795656252222-AgendaItemProposalForeignKey';
import { UserAccounts1795658819069 } from './1795658819069-UserAccounts';
import { CreateOutboxAndMinutes1795658408396 } from './1795658408396-CreateOutboxAndMinutes';
import { CreateNotifications1795661984476 } from './1795661984476-CreateNotifications';
import { CreateRecommendationsActions1795662144021 } from './1795662144021-CreateRecommendationsActions';
import { NotificationPreferencesOnUsers1795668969923 } from './1795668969923-NotificationPreferencesOnUsers';
import { CreateDissentRequests1795669058370 } from './1795669058370-CreateDissentRequests';
import { CreateMeetingDocuments1795669091621 } from './1795669091621-CreateMeetingDocuments';
import { GramLabelApostrophe1795669200000 } from './1795669200000-GramLabelApostrophe';

/** Every migration, in timestamp order; `npm run migration:generate` writes a file, which is then added here. */
export const MIGRATIONS: Function[] = [
  CreateUsersBodiesAudit1795602921250,
  SeedGramBody1795602921251,
  CreatePeopleMemberships1795603347123,
  AddBodyMeetingSlot1795603809639,
  CreateMeetingsAgendasAttendance1795603809640,
  MembershipConstraints1795603903501,
  CreateProposalsPollsBallots1795656162296,
  AgendaItemProposalForeignKey1795656252222,
  UserAccounts1795658819069,
  CreateOutboxAndMinutes1795658408396,
  CreateNotifications1795661984476,
  CreateRecommendationsActions1795662144021,
  NotificationPreferencesOnUsers1795668969923,
  CreateDissentRequests1795669058370,
  CreateMeetingDocuments1795669091621,
  GramLabelApostrophe1795669200000,
];
