import { Module } from '@nestjs/common';
import { PollReader } from './poll-reader';
import { PollsController } from './polls.controller';
import { PollsService } from './polls.service';

@Module({
  controllers: [PollsController],
  providers: [PollsService, PollReader],
  exports: [PollReader],
})
export class PollsModule {}
