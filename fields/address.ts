import type { TextareaField } from 'payload'

export function addressField(overrides: Partial<TextareaField> = {}): TextareaField {
  return {
    name: 'address',
    type: 'textarea',
    localized: true,
    maxLength: 300,
    ...overrides,
  } as TextareaField
}
