import config from '@payload-config'
import { getPayload as getPayloadInstance } from 'payload'

/** The Payload instance for server code in Next; cached by Payload per process. */
export const getPayload = () => getPayloadInstance({ config })
