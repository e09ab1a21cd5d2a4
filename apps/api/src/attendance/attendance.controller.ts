import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser } from '../auth/authenticated-user';
import { UuidParam } from '../common/id.pipe';
import { AttendanceService } from './attendance.service';
import { Language } from '@quorum/domain';
import { RequestLanguage } from '../common/request-language';
import { AttendanceSheetResponse, RecordAttendanceDto } from './dto/attendance.dto';
import { CreateGuestDto, GuestResponse } from './dto/guest.dto';
import { GuestsService } from './guests.service';

@ApiTags('attendance')
@ApiBearerAuth()
@Controller()
export class AttendanceController {
  constructor(
    private readonly attendance: AttendanceService,
    private readonly guests: GuestsService,
  ) {}

  @Get('meetings/:meetingId/attendance')
  @ApiOkResponse({
    type: AttendanceSheetResponse,
    description: 'Sitting mandates, their attendance and the live quorum',
  })
  sheet(
    @Param('meetingId', UuidParam('meetingId')) meetingId: string,
    @RequestLanguage() language: Language,
  ): Promise<AttendanceSheetResponse> {
    return this.attendance.sheet(meetingId, language);
  }

  @Put('meetings/:meetingId/attendance/:membershipId')
  @ApiOkResponse({ type: AttendanceSheetResponse })
  record(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('meetingId', UuidParam('meetingId')) meetingId: string,
    @Param('membershipId', UuidParam('membershipId')) membershipId: string,
    @Body() dto: RecordAttendanceDto,
    @RequestLanguage() language: Language,
  ): Promise<AttendanceSheetResponse> {
    return this.attendance.record(actor, meetingId, membershipId, dto, language);
  }

  @Get('meetings/:meetingId/guests')
  @ApiOkResponse({ type: [GuestResponse] })
  listGuests(@Param('meetingId', UuidParam('meetingId')) meetingId: string): Promise<GuestResponse[]> {
    return this.guests.list(meetingId);
  }

  @Post('meetings/:meetingId/guests')
  @ApiCreatedResponse({ type: GuestResponse })
  invite(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('meetingId', UuidParam('meetingId')) meetingId: string,
    @Body() dto: CreateGuestDto,
  ): Promise<GuestResponse> {
    return this.guests.invite(actor.id, meetingId, dto);
  }

  @Delete('guests/:guestId')
  @HttpCode(204)
  @ApiNoContentResponse()
  removeGuest(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('guestId', UuidParam('guestId')) guestId: string,
  ): Promise<void> {
    return this.guests.remove(actor.id, guestId);
  }
}
