import type { SeedDistrict } from './types'

export const districts: SeedDistrict[] = [
  {
    slug: 'yuzhong',
    name: { en: 'Yuzhong', zh: '渝中区', ja: '渝中区' },
    summary: {
      en: 'The hilly peninsula between the Yangtze and Jialing rivers is Chongqing’s historic core. Jiefangbei, Hongyadong and Chaotianmen sit here, linked by steep lanes, stairways and elevated roads.',
      zh: '渝中半岛夹于长江与嘉陵江之间，是重庆的母城和传统中心。解放碑、洪崖洞、朝天门都在这里，坡坎、梯道与高架道路交错相连。',
      ja: '長江と嘉陵江に挟まれた起伏の多い半島で、重慶の歴史的な中心地。解放碑、洪崖洞、朝天門が集まり、坂道や石段、高架道路が街をつないでいる。',
    },
    location: { lat: 29.553, lng: 106.57 },
  },
  {
    slug: 'jiangbei',
    name: { en: 'Jiangbei', zh: '江北区', ja: '江北区' },
    summary: {
      en: 'North of the Jialing River, Jiangbei combines the Guanyinqiao shopping district with the Jiangbeizui CBD, where 4,443 enterprises were registered in 2021 and about a quarter of the municipality’s financial assets are held.',
      zh: '江北区位于嘉陵江北岸，既有观音桥商圈，也有江北嘴中央商务区。2021年，江北嘴注册企业达4443家，集聚了全市约四分之一的金融资产。',
      ja: '嘉陵江の北岸に位置し、観音橋の商業エリアと江北嘴CBDを擁する。江北嘴には2021年時点で4,443社が登記し、市全体の金融資産の約4分の1が集まる。',
    },
    location: { lat: 29.5757, lng: 106.5327 },
  },
  {
    slug: 'nanan',
    name: { en: 'Nan’an', zh: '南岸区', ja: '南岸区' },
    summary: {
      en: 'On the south bank of the Yangtze, Nan’an looks across the river to the Yuzhong skyline. It takes in the Nanbin Road riverside, the wooded slopes of Nanshan and the renovated Nanping neighbourhoods, including Super 80 Street.',
      zh: '南岸区地处长江南岸，与渝中半岛隔江相望，辖区内有南滨路滨江带、南山，以及完成改造的南坪老街区，“超级80街”就在其中。',
      ja: '長江の南岸にあり、対岸に渝中区のスカイラインを望む。南濱路の川沿い、緑豊かな南山、そして「超級80街」を含む改修された南坪の街並みがある。',
    },
    location: { lat: 29.5218, lng: 106.5617 },
  },
  {
    slug: 'liangjiang',
    name: { en: 'Liangjiang New Area', zh: '两江新区', ja: '両江新区' },
    summary: {
      en: 'Approved in 2010 as China’s third state-level new area, after Shanghai Pudong and Tianjin Binhai, Liangjiang covers parts of Jiangbei, Yubei and Beibei. It hosts much of the city’s electronics and car manufacturing, the China (Chongqing) Pilot Free Trade Zone and projects under the China–Singapore connectivity initiative.',
      zh: '两江新区于2010年获批设立，是继上海浦东、天津滨海之后的第三个国家级新区，范围涵盖江北、渝北、北碚的部分区域。这里集聚了重庆大量电子信息和汽车制造企业，中国（重庆）自由贸易试验区和中新互联互通项目也在此落地。',
      ja: '2010年、上海浦東・天津浜海に続く中国3番目の国家級新区として承認された。江北・渝北・北碚の一部にまたがり、電子・自動車産業や中国（重慶）自由貿易試験区、中国・シンガポール連携プロジェクトが集積している。',
    },
    location: { lat: 29.65, lng: 106.56 },
  },
  {
    slug: 'shapingba',
    name: { en: 'Shapingba', zh: '沙坪坝区', ja: '沙坪壩区' },
    summary: {
      en: 'West of the centre, Shapingba is home to Ciqikou old town and several universities. Further west lie the Xiyong bonded zone, a hub of laptop production, and the Tuanjiecun rail port, where China–Europe and land-sea corridor trains are assembled.',
      zh: '沙坪坝区位于主城西部，有磁器口古镇和多所高校。再往西是笔记本电脑产业集聚的西永综合保税区，以及中欧班列和西部陆海新通道班列的集结地——团结村铁路枢纽。',
      ja: '市中心の西に位置し、磁器口古鎮や複数の大学がある。さらに西には、ノートPC生産の拠点である西永総合保税区と、中欧班列や陸海新ルートの列車が編成される団結村の鉄道ターミナルがある。',
    },
    location: { lat: 29.554, lng: 106.457 },
  },
  {
    slug: 'dadukou',
    name: { en: 'Dadukou', zh: '大渡口区' },
    summary: {
      en: 'Upstream along the Yangtze, Dadukou grew up around the steelworks moved here from Hanyang in 1938. After the old plant closed in 2011, part of the site became the Chongqing Industrial Museum.',
      zh: '大渡口区位于长江上游沿岸，因1938年自汉阳西迁而来的钢铁厂而兴。2011年老厂区关停后，部分厂区改建为重庆工业博物馆。',
    },
    location: { lat: 29.484, lng: 106.482 },
  },
  {
    slug: 'jiulongpo',
    name: { en: 'Jiulongpo', zh: '九龙坡区' },
    summary: {
      en: 'South-west of the centre, Jiulongpo includes Yangjiaping and Huangjueping, where the old campus of the Sichuan Fine Arts Institute has made graffiti walls and art studios part of the streetscape.',
      zh: '九龙坡区位于主城西南，杨家坪、黄桷坪均在区内。四川美术学院老校区所在的黄桷坪，涂鸦墙和艺术工作室早已成为街景的一部分。',
    },
    location: { lat: 29.503, lng: 106.511 },
  },
  {
    slug: 'yubei',
    name: { en: 'Yubei', zh: '渝北区' },
    summary: {
      en: 'Yubei stretches north-east from the urban core to Jiangbei International Airport. Its Yuelai area, managed as part of Liangjiang New Area, is home to the Chongqing International Expo Center.',
      zh: '渝北区从主城向东北延伸至江北国际机场。区内的悦来片区纳入两江新区管理，重庆国际博览中心就坐落于此。',
    },
    location: { lat: 29.7181, lng: 106.6309 },
  },
]
