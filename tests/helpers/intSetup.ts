// Integration tests run against the fresh database that scripts/test.ts created and migrated.
if (!process.env.TEST_DATABASE_URL) {
  throw new Error('Integration tests need TEST_DATABASE_URL; run them through `npm test`.')
}
process.env.DATABASE_URL = process.env.TEST_DATABASE_URL
process.env.PAYLOAD_SECRET ||= 'integration-test-secret-0123456789abcdef'
process.env.PAYLOAD_JOBS_AUTORUN = 'false'
// Uploads made by tests go to a scratch folder, never the project's media/.
process.env.MEDIA_DIR ||= `${process.env.TMPDIR || '/tmp'}/cq-int-media-${process.pid}`
