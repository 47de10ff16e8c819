export const messageLimits = { name: 120, email: 254, subject: 200, body: 5000 } as const
export type MessageField = keyof typeof messageLimits
export type MessageError = 'required' | 'tooLong' | 'email'
export type MessageInput = Record<MessageField, string>

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** Checks a visitor's message; errors are codes, worded by the page in the visitor's language. */
export function validateMessage(
  raw: Partial<Record<MessageField, unknown>>,
):
  | { ok: true; data: MessageInput }
  | { ok: false; data: MessageInput; errors: Partial<Record<MessageField, MessageError>> } {
  const data = Object.fromEntries(
    (Object.keys(messageLimits) as MessageField[]).map((field) => [
      field,
      typeof raw[field] === 'string' ? (raw[field] as string).trim() : '',
    ]),
  ) as MessageInput
  const errors: Partial<Record<MessageField, MessageError>> = {}
  for (const field of Object.keys(messageLimits) as MessageField[]) {
    if (!data[field]) errors[field] = 'required'
    else if (data[field].length > messageLimits[field]) errors[field] = 'tooLong'
  }
  if (!errors.email && !emailPattern.test(data.email)) errors.email = 'email'
  return Object.keys(errors).length ? { ok: false, data, errors } : { ok: true, data }
}
