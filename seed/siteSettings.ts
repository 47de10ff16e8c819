/** Site-wide settings per locale; the first entry (en) also carries the non-localized fields. */
export function siteSettings() {
  const shared = {
    contact: { email: 'hello@chongqing-portal.example', phone: '+86 23 6386 0000' },
    social: [],
  }
  return {
    en: {
      ...shared,
      siteName: 'Chongqing Portal',
      tagline: 'Mountain city, river city: news, places, events and business in Chongqing',
      contact: { ...shared.contact, address: 'Yuzhong District, Chongqing, China' },
      reportHotline: {
        label: 'Illegal and harmful information report hotline',
        phone: '12377',
        email: 'jubao@12377.cn',
      },
    },
    zh: {
      siteName: '重庆城市门户',
      tagline: '山城·江城：重庆的新闻、去处、活动与商业',
      contact: { ...shared.contact, address: '中国重庆市渝中区' },
      reportHotline: { label: '违法和不良信息举报电话', phone: '12377', email: 'jubao@12377.cn' },
    },
    ja: {
      siteName: '重慶シティポータル',
      tagline: '山と川の街・重慶のニュース、スポット、イベント、ビジネス',
      reportHotline: {
        label: '違法・有害情報通報ダイヤル',
        phone: '12377',
        email: 'jubao@12377.cn',
      },
    },
  }
}
