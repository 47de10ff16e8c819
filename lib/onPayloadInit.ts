import type { Payload } from 'payload'

import { assertProductionReady, ProductionNotReady } from './assertProductionReady'
import { watchDatabasePool } from './outage/watchDatabasePool'

const key = Symbol.for('chongqing-portal.preparedPayloads')
const store = globalThis as unknown as Record<symbol, WeakSet<Payload> | undefined>
const prepared = (store[key] ??= new WeakSet())

/**
 * What each Payload instance does once before it serves. It is the config's `onInit`, and
 * lib/payload.ts calls it again because Payload runs `onInit` only on the first init attempt: when
 * that attempt failed (database down at boot), the instance that later succeeds skips it, and
 * with it the production guard.
 */
export async function onPayloadInit(payload: Payload): Promise<void> {
  if (prepared.has(payload)) return
  prepared.add(payload)
  watchDatabasePool(payload)
  try {
    await assertProductionReady(payload)
  } catch (error) {
    prepared.delete(payload)
    // A thrown init is retried by the next request, which then skips onInit: inside the server
    // the only refusal that holds is to stop.
    if (error instanceof ProductionNotReady && process.env.NEXT_RUNTIME) {
      payload.logger.fatal(error.message)
      process.exit(1)
    }
    throw error
  }
}
