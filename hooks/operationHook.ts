import type { PayloadRequest } from 'payload'

/**
 * What our beforeOperation hooks read. Payload's own hook type is generic over the collection and
 * its operation map; a hook shared by several collections that changes `args` in place and
 * returns nothing fits every one of them without that machinery.
 */
export type OperationHookArgs = {
  args: object
  collection: { slug: string }
  operation: string
  req: PayloadRequest
}
