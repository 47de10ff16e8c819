import { getTranslations } from 'next-intl/server'

/** Shown when parts of a page are in English because they are not yet translated. */
export async function FallbackNotice({ fields }: { fields: string[] }) {
  if (fields.length === 0) return null
  const t = await getTranslations('fallback')
  return (
    <p
      role="note"
      className="mb-6 rounded-xl border-s-4 border-lantern bg-[#fff7e3] px-4 py-3 text-sm"
    >
      {t('notice')}
    </p>
  )
}
