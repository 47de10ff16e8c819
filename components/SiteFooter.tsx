import { getTranslations } from 'next-intl/server'
import Link from 'next/link'

import type { Locale } from '@/i18n/locales'
import { getDistricts } from '@/lib/queries/districts'
import { defaultNavigation, navHref } from '@/lib/navigation'
import { getNavigation, getSiteSettings } from '@/lib/queries/globals'
import { safeWebUrl } from '@/lib/safeUrl'
import { urls } from '@/lib/urls'

import { Icon } from './Icon'
import { LogoMark } from './LogoMark'
import { PhoneLink } from './PhoneLink'

export async function SiteFooter({ locale }: { locale: Locale }) {
  const [t, settings, navigation, districts] = await Promise.all([
    getTranslations('footer'),
    getSiteSettings(locale),
    getNavigation(),
    getDistricts(locale),
  ])
  const tNav = await getTranslations('nav')
  const footer = navigation.footer?.length ? navigation.footer : defaultNavigation.footer
  const { contact, reportHotline } = settings
  const hotlinePhone = reportHotline?.phone
  const social = (settings.social ?? []).flatMap(({ label, url }) => {
    const href = safeWebUrl(url)
    return href ? [{ label, href }] : []
  })
  const heading = 'mb-3 font-display text-base font-semibold text-lantern'
  return (
    <footer className="contours mt-16 text-white/85">
      <div className="shell grid gap-10 py-12 sm:grid-cols-2 lg:grid-cols-4">
        <div>
          <p className="flex items-center gap-3 font-display text-lg font-semibold text-white">
            <LogoMark />
            {settings.siteName}
          </p>
          {settings.tagline && <p className="mt-3 text-sm">{settings.tagline}</p>}
        </div>
        <nav aria-label={tNav('footerLabel')}>
          <h2 className={heading}>{t('portal')}</h2>
          <ul className="space-y-1 text-sm">
            {footer.map((target) => (
              <li key={target}>
                <Link href={navHref(target, locale)} className="footer-link">
                  {tNav(target)}
                </Link>
              </li>
            ))}
            <li>
              <a href={urls.newsRss(locale)} className="footer-link">
                <Icon name="rss" className="h-4 w-4" />
                {t('rss')}
              </a>
            </li>
            <li>
              <a href={urls.eventsFeed(locale)} className="footer-link">
                <Icon name="calendar" className="h-4 w-4" />
                {t('calendarFeed')}
              </a>
            </li>
          </ul>
        </nav>
        <div>
          <h2 className={heading}>
            <Link href={urls.districts(locale)} className="hover:underline">
              {tNav('districts')}
            </Link>
          </h2>
          <ul className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
            {districts.map((d) => (
              <li key={d.id}>
                <Link href={urls.district(d.slug, locale)} className="footer-link">
                  {d.name}
                </Link>
              </li>
            ))}
          </ul>
        </div>
        <div className="text-sm">
          <h2 className={heading}>{t('contact')}</h2>
          <address className="space-y-1 not-italic">
            {contact?.address && <p>{contact.address}</p>}
            {contact?.phone && (
              <p>
                <PhoneLink phone={contact.phone} className="footer-link" />
              </p>
            )}
            {contact?.email && (
              <p>
                <a href={`mailto:${contact.email}`} className="footer-link">
                  {contact.email}
                </a>
              </p>
            )}
          </address>
          {hotlinePhone && (
            <p className="mt-4 border-t border-white/15 pt-4">
              {t.rich('hotline', {
                label: reportHotline?.label ?? '',
                phone: () => <PhoneLink phone={hotlinePhone} className="footer-link" />,
              })}
              {reportHotline?.email && (
                <>
                  {' · '}
                  <a href={`mailto:${reportHotline.email}`} className="footer-link">
                    {reportHotline.email}
                  </a>
                </>
              )}
            </p>
          )}
          {social.length > 0 && (
            <ul aria-label={t('follow')} className="mt-4 flex flex-wrap gap-x-5">
              {social.map(({ label, href }) => (
                <li key={href}>
                  <a href={href} className="footer-link" rel="me noopener">
                    {label}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      <div className="border-t border-white/10">
        <p className="shell py-4 text-xs text-white/70">
          {t('copyright', {
            // A string: as a number, ICU would print the year with a thousands separator (2,026).
            year: String(new Date().getFullYear()),
            site: settings.siteName,
            rights: t('rights'),
          })}
        </p>
      </div>
    </footer>
  )
}
