import { Field, InputType } from '@nestjs/graphql';
import { IsAmount, IsCurrency } from '../money.js';

@InputType('MoneyInput', { description: 'An exact amount of money and its currency.' })
export class MoneyInput {
  @Field({
    description:
      'A decimal string, not negative, at most two decimals and 12 digits before the point: `225118`, `1250.50`. Never a float.',
  })
  @IsAmount()
  amount: string;

  @Field({ description: 'ISO 4217 code, e.g. `EUR`.' })
  @IsCurrency()
  currency: string;
}
