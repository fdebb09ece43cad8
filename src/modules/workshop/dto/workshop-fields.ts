import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsOptional,
  IsString,
  IsUrl,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  LocalizedTextInput,
  LocalizedTitleInput,
} from '../../../common/i18n/localized-text.input.js';

// The workshop inputs' field rules, written once: a material, an assignment and an outcome
// share a title, a longer text and links, and an add and an update input differ only in
// whether the title is required. Each decorator is the GraphQL field and its validation.

/** Links are absolute http(s) addresses (a `javascript:` or `ftp:` link is refused). */
export const WORKSHOP_URL_RULE = { protocols: ['https', 'http'], require_protocol: true };
export const MAX_LINK_LENGTH = 500;
export const MAX_OUTCOME_LINKS = 10;

interface FieldOptions {
  /** Absent or null allowed (an update's "unchanged", an add's "none"). */
  optional?: boolean;
  description?: string;
}

const graphqlOptions = ({ optional, description }: FieldOptions) => ({
  ...(optional ? { nullable: true } : {}),
  ...(description ? { description } : {}),
});

const optionally = (options: FieldOptions): PropertyDecorator[] =>
  options.optional ? [IsOptional()] : [];

/** A title in fi (required, 1–200 characters), sv and en. */
export function WorkshopTitleField(options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    Field(() => LocalizedTitleInput, graphqlOptions(options)),
    ...optionally(options),
    ValidateNested(),
    Type(() => LocalizedTitleInput),
  );
}

/** A longer text (a body, instructions) in fi, sv and en, up to 10 000 characters each; optional. */
export function WorkshopTextField(options: Omit<FieldOptions, 'optional'> = {}): PropertyDecorator {
  return applyDecorators(
    Field(() => LocalizedTextInput, graphqlOptions({ ...options, optional: true })),
    IsOptional(),
    ValidateNested(),
    Type(() => LocalizedTextInput),
  );
}

/** One optional http(s) address, up to 500 characters. */
export function WorkshopLinkField(options: Omit<FieldOptions, 'optional'> = {}): PropertyDecorator {
  return applyDecorators(
    Field(() => String, graphqlOptions({ ...options, optional: true })),
    IsOptional(),
    IsUrl(WORKSHOP_URL_RULE),
    MaxLength(MAX_LINK_LENGTH),
  );
}

/** Up to 10 http(s) addresses, each up to 500 characters; optional. */
export function WorkshopLinksField(
  options: Omit<FieldOptions, 'optional'> = {},
): PropertyDecorator {
  return applyDecorators(
    Field(() => [String], graphqlOptions({ ...options, optional: true })),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(MAX_OUTCOME_LINKS),
    IsUrl(WORKSHOP_URL_RULE, { each: true }),
    MaxLength(MAX_LINK_LENGTH, { each: true }),
  );
}

/** A zoned date-time string as typed (read in the academy's zone by the service). */
export function WorkshopInstantField(options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    Field(() => String, graphqlOptions(options)),
    ...optionally(options),
    IsString(),
    MaxLength(40),
  );
}
