import { Module } from '@nestjs/common';
import { MinutesController } from './minutes.controller';
import { MinutesService } from './minutes.service';
import { PublicMinutesController } from './public-minutes.controller';

@Module({
  controllers: [MinutesController, PublicMinutesController],
  providers: [MinutesService],
})
export class MinutesModule {}
