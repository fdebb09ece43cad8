import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

@InputType('LocalizedTitleInput', {
  description: 'A short text in Finnish (required), Swedish and English.',
})
export class LocalizedTitleInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  fi: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  sv?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  en?: string | null;
}

@InputType('LocalizedTextInput', {
  description: 'A longer text in Finnish (required), Swedish and English.',
})
export class LocalizedTextInput {
  @Field()
  @IsString()
  @MaxLength(10000)
  fi: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  sv?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  en?: string | null;
}

/** Stored form: missing translations are null (they fall back to Finnish when read). */
export const toLocalizedText = (input: { fi: string; sv?: string | null; en?: string | null }) => ({
  fi: input.fi.trim(),
  sv: input.sv?.trim() || null,
  en: input.en?.trim() || null,
});
