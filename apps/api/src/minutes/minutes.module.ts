import { PageLinks } from '../common/pagination';
import { Module } from '@nestjs/common';
import { DissentRequestsController } from './dissent-requests.controller';
import { DissentRequestsService } from './dissent-requests.service';
import { MinutesListController } from './minutes-list.controller';
import { MinutesController } from './minutes.controller';
import { MinutesService } from './minutes.service';
import { PublicMinutesController } from './public-minutes.controller';

@Module({
  controllers: [MinutesController, MinutesListController, DissentRequestsController, PublicMinutesController],
  providers: [PageLinks, MinutesService, DissentRequestsService],
})
export class MinutesModule {}
