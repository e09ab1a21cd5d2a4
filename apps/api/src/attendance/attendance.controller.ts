import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ApiErrors } from '../common/api-errors';
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
  @ApiOperation({ summary: "Read a meeting's attendance and quorum" })
  @ApiErrors(400, 404)
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
  @ApiOperation({ summary: "Record a member's attendance or proxy" })
  @ApiErrors(400, 404, 409, 422)
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
  @ApiOperation({ summary: "List a meeting's guests" })
  @ApiErrors(400, 404)
  @ApiOkResponse({ type: [GuestResponse] })
  listGuests(@Param('meetingId', UuidParam('meetingId')) meetingId: string): Promise<GuestResponse[]> {
    return this.guests.list(meetingId);
  }

  @Post('meetings/:meetingId/guests')
  @ApiOperation({ summary: 'Invite a guest to a meeting' })
  @ApiErrors(400, 404, 409, 422)
  @ApiCreatedResponse({ type: GuestResponse })
  invite(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('meetingId', UuidParam('meetingId')) meetingId: string,
    @Body() dto: CreateGuestDto,
  ): Promise<GuestResponse> {
    return this.guests.invite(actor.id, meetingId, dto);
  }

  @Delete('guests/:guestId')
  @ApiOperation({ summary: 'Remove a guest' })
  @ApiErrors(400, 404, 409)
  @HttpCode(204)
  @ApiNoContentResponse()
  removeGuest(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('guestId', UuidParam('guestId')) guestId: string,
  ): Promise<void> {
    return this.guests.remove(actor.id, guestId);
  }
}
