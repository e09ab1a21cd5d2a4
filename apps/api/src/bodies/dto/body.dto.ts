import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Majority, MAJORITIES } from '@quorum/domain';

export class CategoryDto {
  @ApiProperty({ example: 'association', description: 'Stable code, lower-case letters, digits and _' })
  @Matches(/^[a-z][a-z0-9_]{0,31}$/, {
    message: 'must be lower-case letters, digits or _ (at most 32), starting with a letter',
  })
  code!: string;

  @ApiProperty({ example: 'Représentants des associations de malades' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  label!: string;

  @ApiProperty({ example: 10, minimum: 1 })
  @IsInt()
  @Min(1)
  @Max(500)
  seats!: number;
}

export class QuorumRuleDto {
  @ApiProperty({ enum: ['sitting_members', 'seats'] })
  @IsIn(['sitting_members', 'seats'])
  base!: 'sitting_members' | 'seats';

  @ApiProperty({ example: 1 })
  @IsInt()
  @Min(1)
  numerator!: number;

  @ApiProperty({ example: 2 })
  @IsInt()
  @Min(1)
  denominator!: number;

  @ApiProperty({ description: 'Whether members represented by a proxy count towards quorum' })
  @IsBoolean()
  countProxies!: boolean;

  @ApiProperty({ example: {}, description: 'Minimum present or represented per category code' })
  @IsObject()
  minimumPerCategory!: Record<string, number>;
}

export class CreateBodyDto {
  @ApiProperty({ example: 'gram' })
  @Matches(/^[a-z0-9][a-z0-9-]{1,63}$/, { message: 'must be 2 to 64 lower-case letters, digits or hyphens' })
  slug!: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(255)
  name!: string;

  @ApiProperty({ type: [CategoryDto] })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CategoryDto)
  categories!: CategoryDto[];

  @ApiPropertyOptional({ default: 4 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(52)
  meetingsPerYear?: number;

  @ApiPropertyOptional({ default: 5, description: 'Days of notice a convocation needs (décret 2006-672)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(90)
  noticeDays?: number;

  @ApiPropertyOptional({ type: QuorumRuleDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => QuorumRuleDto)
  quorum?: QuorumRuleDto;

  @ApiPropertyOptional({ enum: MAJORITIES, default: 'simple' })
  @IsOptional()
  @IsIn(MAJORITIES)
  defaultMajority?: Majority;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  chairHasCastingVote?: boolean;

  @ApiPropertyOptional({ default: 1 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10)
  maxProxiesPerMember?: number;

  @ApiPropertyOptional({ default: 4, description: 'Length of a mandate, in years' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(12)
  termYears?: number;

  @ApiPropertyOptional({ default: 1, description: 'How many times a mandate may be renewed in a row' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10)
  maxRenewals?: number;
}

/** Every field optional, none nullable: `null` is validated (and refused), not skipped. */
export class UpdateBodyDto extends PartialType(CreateBodyDto, { skipNullProperties: false }) {}
