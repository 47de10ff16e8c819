import type { HomeText } from './types'

/** The home page's opening words; English, Chinese and Japanese only, so others fall back. */
export const homeHero: { title: HomeText; text: HomeText } = {
  title: {
    en: 'Where the Yangtze meets the Jialing',
    zh: '长江与嘉陵江交汇之城',
    ja: '長江と嘉陵江が出会う街',
  },
  text: {
    en: 'A city of hills and bridges, of night views over two rivers, hotpot and old factories turned into galleries. Find what’s on, where to go and who does business here.',
    zh: '一座山与桥的城市：两江夜景、火锅烟火、老厂房里的新画廊。在这里看看近期活动、去处推荐，以及在重庆发展的企业。',
    ja: '坂と橋の街、二つの川を望む夜景、火鍋、ギャラリーに生まれ変わった古い工場。イベント、見どころ、そしてここでビジネスを営む企業を探そう。',
  },
}
