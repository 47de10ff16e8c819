import type { SendEmailOptions } from 'payload'

const key = Symbol.for('chongqing-portal.outbox')
const store = globalThis as unknown as Record<symbol, SendEmailOptions[]>

/** Mail that the log transport "sent" in this process, newest last; tests read it. */
export const outbox: SendEmailOptions[] = (store[key] ??= [])
