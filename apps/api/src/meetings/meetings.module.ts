import { PageLinks } from '../common/pagination';
import { Module } from '@nestjs/common';
import { CalendarService } from './calendar.service';
import { MeetingLifecycleService } from './meeting-lifecycle.service';
import { MeetingsController } from './meetings.controller';
import { MeetingsService } from './meetings.service';

@Module({
  controllers: [MeetingsController],
  providers: [PageLinks, MeetingsService, MeetingLifecycleService, CalendarService],
})
export class MeetingsModule {}
