import { Global, Module } from '@nestjs/common';
import { MeetingEventsController } from './meeting-events.controller';
import { MeetingEvents } from './meeting-events.service';

/** The live stream of each meeting; global, so that any feature publishes to it after its commit. */
@Global()
@Module({
  controllers: [MeetingEventsController],
  providers: [MeetingEvents],
  exports: [MeetingEvents],
})
export class EventsModule {}
