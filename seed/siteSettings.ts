import type { LocaleCode } from './data/types'

/** The site's own words, in every locale: they sit in the header, footer and page titles. */
type SiteTexts = { siteName: string; tagline: string; address: string; hotline: string }

const texts: Record<LocaleCode, SiteTexts> = {
  en: {
    siteName: 'Chongqing Portal',
    tagline: 'Mountain city, river city: news, places, events and business in Chongqing',
    address: 'Yuzhong District, Chongqing, China',
    hotline: 'Illegal and harmful information report hotline',
  },
  zh: {
    siteName: '重庆城市门户',
    tagline: '山城·江城：重庆的新闻、去处、活动与商业',
    address: '中国重庆市渝中区',
    hotline: '违法和不良信息举报电话',
  },
  ja: {
    siteName: '重慶シティポータル',
    tagline: '山と川の街・重慶のニュース、スポット、イベント、ビジネス',
    address: '中国重慶市渝中区',
    hotline: '違法・有害情報通報ダイヤル',
  },
  ko: {
    siteName: '충칭 시티 포털',
    tagline: '산의 도시, 강의 도시: 충칭의 뉴스, 명소, 행사와 비즈니스',
    address: '중국 충칭시 위중구',
    hotline: '불법·유해 정보 신고 전화',
  },
  fr: {
    siteName: 'Portail de Chongqing',
    tagline:
      'Ville des montagnes, ville des fleuves : actualités, lieux, événements et entreprises à Chongqing',
    address: 'District de Yuzhong, Chongqing, Chine',
    hotline: 'Ligne de signalement des informations illégales et préjudiciables',
  },
  de: {
    siteName: 'Chongqing-Portal',
    tagline:
      'Bergstadt, Flussstadt: Nachrichten, Orte, Veranstaltungen und Wirtschaft in Chongqing',
    address: 'Bezirk Yuzhong, Chongqing, China',
    hotline: 'Meldetelefon für rechtswidrige und schädliche Informationen',
  },
  es: {
    siteName: 'Portal de Chongqing',
    tagline:
      'Ciudad de montañas, ciudad de ríos: noticias, lugares, eventos y empresas en Chongqing',
    address: 'Distrito de Yuzhong, Chongqing, China',
    hotline: 'Línea de denuncia de información ilegal y nociva',
  },
  ru: {
    siteName: 'Портал Чунцина',
    tagline: 'Город гор, город рек: новости, места, события и бизнес Чунцина',
    address: 'Район Юйчжун, Чунцин, Китай',
    hotline: 'Горячая линия для сообщений о незаконной и вредной информации',
  },
  ar: {
    siteName: 'بوابة تشونغتشينغ',
    tagline: 'مدينة الجبال ومدينة الأنهار: أخبار تشونغتشينغ وأماكنها وفعالياتها وأعمالها',
    address: 'حي يوتشونغ، تشونغتشينغ، الصين',
    hotline: 'الخط الساخن للإبلاغ عن المعلومات غير القانونية والضارة',
  },
}

const contact = { email: 'hello@chongqing-portal.example', phone: '+86 23 6386 0000' }
const hotline = { phone: '12377', email: 'jubao@12377.cn' }

const settingsIn = (t: SiteTexts) => ({
  siteName: t.siteName,
  tagline: t.tagline,
  contact: { ...contact, address: t.address },
  reportHotline: { ...hotline, label: t.hotline },
  social: [],
})

/**
 * Site-wide settings per locale, English first. Every locale has its own texts: a missing one
 * would show English in the header and footer of every page, with nothing to mark it.
 */
export function siteSettings() {
  return Object.fromEntries(
    Object.entries(texts).map(([locale, t]) => [locale, settingsIn(t)]),
  ) as Record<LocaleCode, ReturnType<typeof settingsIn>>
}
