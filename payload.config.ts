import path from 'path'
import { fileURLToPath } from 'url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { ar } from '@payloadcms/translations/languages/ar'
import { de } from '@payloadcms/translations/languages/de'
import { en } from '@payloadcms/translations/languages/en'
import { es } from '@payloadcms/translations/languages/es'
import { fr } from '@payloadcms/translations/languages/fr'
import { ja } from '@payloadcms/translations/languages/ja'
import { ko } from '@payloadcms/translations/languages/ko'
import { ru } from '@payloadcms/translations/languages/ru'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Articles } from './collections/Articles'
import { Attractions } from './collections/Attractions'
import { Businesses } from './collections/Businesses'
import { Districts } from './collections/Districts'
import { Events } from './collections/Events'
import { Media } from './collections/Media'
import { Messages } from './collections/Messages'
import { PartnerApplications } from './collections/PartnerApplications'
import { Users } from './collections/Users'
import { answerBadValues } from './hooks/answerBadValues'
import { HomePage } from './globals/HomePage'
import { Navigation } from './globals/Navigation'
import { SiteSettings } from './globals/SiteSettings'
import { adminTranslations } from './i18n/adminTranslations'
import { defaultLocale, locales } from './i18n/locales'
import { withPartnerView, withPartnerViewGlobals } from './lib/admin/partnerView'
import { addIndexes } from './lib/database/addIndexes'
import { emailAdapter } from './lib/email/adapter'
import { onPayloadInit } from './lib/onPayloadInit'
import { payloadLogger } from './lib/payloadLogger'
import { payloadSecret } from './lib/secret'
import { allowedOrigins } from './lib/urls'
import { migrations } from './migrations'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// @payloadcms/email-nodemailer stops at 3.90.1 while payload is 3.90.2 (advisory fixes); npm
// overrides make it use the one payload, and Payload's development-only version check would
// otherwise refuse to boot over that patch-level gap.
process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER ??= 'true'

export default buildConfig({
  secret: payloadSecret(),
  serverURL: process.env.SITE_URL || undefined,
  admin: {
    user: Users.slug,
    avatar: 'default',
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' – Chongqing Portal' },
    components: {
      // The review queue count for editors; a partner's own events and their review state.
      beforeDashboard: ['@/components/admin/ReviewDashboard#ReviewDashboard'],
    },
  },
  collections: withPartnerView([
    Articles,
    Attractions,
    Events,
    Businesses,
    Districts,
    Media,
    Users,
    Messages,
    PartnerApplications,
  ]),
  globals: withPartnerViewGlobals([SiteSettings, Navigation, HomePage]),
  editor: lexicalEditor(),
  db: postgresAdapter({
    pool: {
      connectionString: process.env.DATABASE_URL,
      max: Number(process.env.DATABASE_POOL_MAX || 10),
      // Fail fast when the database is unreachable, so visitors get the outage page, not a hang.
      connectionTimeoutMillis: 5000,
    },
    // The schema only ever changes through committed migrations: a schema push would later stop
    // `payload migrate` at an interactive data-loss prompt that hangs without a terminal.
    push: false,
    afterSchemaInit: [addIndexes],
    migrationDir: path.resolve(dirname, 'migrations'),
    prodMigrations: migrations,
  }),
  localization: {
    locales: locales.map((l) => ({ code: l.code, label: l.label, rtl: l.dir === 'rtl' })),
    defaultLocale,
    fallback: true,
  },
  i18n: {
    fallbackLanguage: defaultLocale,
    supportedLanguages: { en, zh, ja, ko, fr, de, es, ru, ar },
    translations: adminTranslations,
  },
  email: emailAdapter(),
  sharp,
  hooks: { afterError: [answerBadValues] },
  upload: { limits: { fileSize: 10 * 1024 * 1024 } },
  cors: allowedOrigins(),
  csrf: allowedOrigins(),
  jobs: {
    // Scheduled publishing runs in this process, so the one-command start needs no worker.
    autoRun: [{ cron: '* * * * *', queue: 'default', limit: 20 }],
    shouldAutoRun: () => process.env.PAYLOAD_JOBS_AUTORUN !== 'false',
  },
  logger: payloadLogger,
  onInit: onPayloadInit,
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  graphQL: { schemaOutputFile: path.resolve(dirname, 'tmp/schema.graphql') },
})
