import { getTranslations } from 'next-intl/server'
import { draftMode } from 'next/headers'

import { urls } from '@/lib/urls'

/** Tells staff they are looking at drafts, with a way out (a POST, so no prefetch ends it). */
export async function PreviewBanner() {
  const { isEnabled } = await draftMode()
  if (!isEnabled) return null
  const t = await getTranslations('preview')
  return (
    <div role="status" className="bg-lantern text-night">
      <form
        action={urls.previewExit()}
        method="post"
        className="shell flex flex-wrap items-center gap-3 py-2 text-sm font-semibold"
      >
        <span>{t('on')}</span>
        <button type="submit" className="min-h-9 rounded-full bg-night px-4 text-white">
          {t('exit')}
        </button>
      </form>
    </div>
  )
}
