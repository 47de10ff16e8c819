// Integration tests run against the fresh database that scripts/test.ts created and migrated.
if (!process.env.TEST_DATABASE_URL || !process.env.MEDIA_DIR) {
  throw new Error(
    'Integration tests need TEST_DATABASE_URL and MEDIA_DIR; run them through `npm test`.',
  )
}
process.env.DATABASE_URL = process.env.TEST_DATABASE_URL
process.env.PAYLOAD_SECRET ||= 'integration-test-secret-0123456789abcdef'
process.env.PAYLOAD_JOBS_AUTORUN = 'false'
