import { Module } from '@nestjs/common';
import { BallotsService } from './ballots.service';
import { RecusalsService } from './recusals.service';
import { VotesController } from './votes.controller';

@Module({
  controllers: [VotesController],
  providers: [BallotsService, RecusalsService],
})
export class VotesModule {}
