import { getTranslations } from 'next-intl/server'

import { absoluteUrl } from '@/lib/urls'

/** Plain share links (no third-party scripts): Weibo, WeChat-friendly copy via e-mail, X, LinkedIn, Facebook. */
export async function ShareLinks({ path, title }: { path: string; title: string }) {
  const t = await getTranslations('share')
  const url = encodeURIComponent(absoluteUrl(path))
  const text = encodeURIComponent(title)
  const links = [
    { label: 'Weibo', href: `https://service.weibo.com/share/share.php?url=${url}&title=${text}` },
    { label: 'X', href: `https://twitter.com/intent/tweet?url=${url}&text=${text}` },
    { label: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${url}` },
    { label: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${url}` },
    { label: t('email'), href: `mailto:?subject=${text}&body=${url}` },
  ]
  return (
    <div>
      <h2 className="text-lg font-semibold">{t('title')}</h2>
      <ul className="mt-3 flex flex-wrap gap-2">
        {links.map((link) => (
          <li key={link.label}>
            <a
              href={link.href}
              className="chip"
              rel="noopener noreferrer"
              target={link.href.startsWith('mailto:') ? undefined : '_blank'}
            >
              {link.label}
              {!link.href.startsWith('mailto:') && (
                <span className="sr-only"> ({t('newWindow')})</span>
              )}
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}
