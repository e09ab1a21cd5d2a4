import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ACTION_STATES, ActionState } from '@quorum/domain';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { IsIsoDate } from '../../common/is-iso-date';

export class CreateActionDto {
  @ApiProperty({ example: 'Envoyer la synthèse aux associations' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  title!: string;

  @ApiProperty({ example: 'Secrétariat du GRAM' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  assignee!: string;

  @ApiPropertyOptional({ format: 'date', example: '2027-04-15' })
  @IsOptional()
  @IsIsoDate()
  dueDate?: string;
}

export class UpdateActionDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  title?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  assignee?: string;

  @ApiPropertyOptional({ format: 'date', example: '2027-04-15' })
  @IsOptional()
  @IsIsoDate()
  dueDate?: string;

  @ApiPropertyOptional({ enum: ACTION_STATES })
  @IsOptional()
  @IsIn(ACTION_STATES)
  status?: ActionState;
}
