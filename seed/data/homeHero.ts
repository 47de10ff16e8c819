import type { LocaleCode } from './types'

/** The home page's opening words, in every language: they are the first thing each visitor reads. */
export const homeHero: { title: Record<LocaleCode, string>; text: Record<LocaleCode, string> } = {
  title: {
    en: 'Where the Yangtze meets the Jialing',
    zh: '长江与嘉陵江交汇之城',
    ja: '長江と嘉陵江が出会う街',
    ko: '창장과 자링강이 만나는 도시',
    fr: 'Là où le Yangtsé rencontre la Jialing',
    de: 'Wo der Jangtse auf den Jialing trifft',
    es: 'Donde el Yangtsé se encuentra con el Jialing',
    ru: 'Там, где Янцзы встречается с Цзялинцзян',
    ar: 'حيث يلتقي نهر اليانغتسي بنهر جيالينغ',
  },
  text: {
    en: 'A city of hills and bridges, of night views over two rivers, hotpot and old factories turned into galleries. Find what’s on, where to go and who does business here.',
    zh: '一座山与桥的城市：两江夜景、火锅烟火、老厂房里的新画廊。在这里看看近期活动、去处推荐，以及在重庆发展的企业。',
    ja: '坂と橋の街、二つの川を望む夜景、火鍋、ギャラリーに生まれ変わった古い工場。イベント、見どころ、そしてここでビジネスを営む企業を探そう。',
    ko: '언덕과 다리의 도시, 두 강 위로 펼쳐지는 야경, 훠궈, 갤러리로 다시 태어난 옛 공장들. 지금 열리는 행사와 가볼 만한 곳, 이곳에서 사업하는 기업을 찾아보세요.',
    fr: 'Une ville de collines et de ponts, de vues nocturnes sur deux fleuves, de fondue pimentée et d’anciennes usines devenues galeries. Découvrez ce qui s’y passe, où aller et qui y fait des affaires.',
    de: 'Eine Stadt der Hügel und Brücken, der Nachtblicke über zwei Flüsse, des Feuertopfs und alter Fabriken, die heute Galerien sind. Finden Sie heraus, was los ist, wohin es sich lohnt und wer hier Geschäfte macht.',
    es: 'Una ciudad de colinas y puentes, de vistas nocturnas sobre dos ríos, de hotpot y de viejas fábricas convertidas en galerías. Descubre qué pasa, adónde ir y quién hace negocios aquí.',
    ru: 'Город холмов и мостов, ночных видов на две реки, острого хого и старых заводов, ставших галереями. Узнайте, что здесь происходит, куда сходить и кто здесь ведёт бизнес.',
    ar: 'مدينة التلال والجسور، وإطلالات ليلية على نهرين، وطبق الهوت بوت الحار، ومصانع قديمة تحوّلت إلى صالات عرض. اكتشف ما يجري، وإلى أين تذهب، ومن يمارس أعماله هنا.',
  },
}
