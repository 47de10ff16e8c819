import type { Field } from 'payload'

/** `isFree` plus a price in yuan, kept consistent: a free item has no price. */
export function priceFields(): Field[] {
  return [
    { name: 'isFree', type: 'checkbox', defaultValue: false },
    {
      name: 'price',
      label: 'Price (CNY)',
      type: 'number',
      min: 0,
      max: 1_000_000,
      admin: {
        condition: (_, sibling) => !sibling?.isFree,
        description: 'From-price in yuan (CNY).',
      },
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
        siblingData?.isFree && typeof value === 'number' && value > 0
          ? 'A free item has no price.'
          : true,
    },
  ]
}
