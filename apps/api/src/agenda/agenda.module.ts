import { Module } from '@nestjs/common';
import { AgendaPublishingService } from './agenda-publishing.service';
import { AgendaRequestsController } from './agenda-requests.controller';
import { AgendaRequestsService } from './agenda-requests.service';
import { AgendaController } from './agenda.controller';
import { AgendaService } from './agenda.service';

@Module({
  controllers: [AgendaController, AgendaRequestsController],
  providers: [AgendaService, AgendaPublishingService, AgendaRequestsService],
})
export class AgendaModule {}
