import type { SeedAttraction } from './types'

export const attractions: SeedAttraction[] = [
  {
    slug: 'super-80-street',
    category: 'historic-street',
    district: 'nanan',
    featured: true,
    name: { en: 'Super 80 Street', zh: '超级80街', ja: '超級80街' },
    summary: {
      en: 'A renovated 1980s neighbourhood on Nanping Zhengjie, dressed with a green train carriage, enamel mugs, book stalls and an open-air cinema.',
      zh: '南坪正街上一片改造后的老社区，绿皮火车、搪瓷杯、书报摊和露天电影，把人带回上世纪80年代。',
      ja: '南坪正街の古い住宅街をリノベーション。緑色の客車やホーロー製のマグカップ、本の露店、野外映画館が1980年代の暮らしを再現している。',
    },
    description: [
      {
        type: 'p',
        text: {
          en: 'The Zhengjie community in Nanping was a lively place in the 1980s, but three decades later it had leaking pipes, blocked drains and too few public toilets. Renovation under Chongqing’s old-community programme fixed the basics first, then turned the main street into a stage set of the decade its residents remember best.',
          zh: '南坪正街社区在上世纪80年代十分繁华，三十多年后却面临管道老化渗漏、排水不畅、公厕不足等问题。借助重庆老旧小区改造，社区先补齐基础设施短板，再把主街打造成居民最熟悉的那个年代的场景。',
          ja: '南坪の正街コミュニティは1980年代に栄えたが、30年余りを経て配管の老朽化や排水不良、公衆トイレ不足に悩まされていた。重慶の老朽住宅地改修事業により、まずインフラを整え、そのうえでメインストリートを住民にとって最も懐かしい時代の風景に仕立て直した。',
        },
      },
      {
        type: 'p',
        text: {
          en: 'Visitors come for photographs with the old-style green train carriage, racks of magazines and newspapers, and enamel mugs; on summer and holiday evenings an open-air cinema screens films in the street. During the 2021 National Day holiday it was one of the busiest spots in the city.',
          zh: '游客喜欢在绿皮火车、报刊架和搪瓷杯前拍照留念；夏季和节假日的晚上，街头还会放映露天电影。2021年国庆假期，这里是全市人气最旺的打卡地之一。',
        },
      },
      {
        type: 'p',
        text: {
          en: 'People still live here, so keep voices down late in the evening and avoid blocking doorways.',
          zh: '这里仍是居民区，夜间请控制音量，不要堵住住户出入口。',
        },
      },
    ],
    address: {
      en: 'Nanping Zhengjie, Nanping Subdistrict, Nan’an District',
      zh: '南岸区南坪街道南坪正街',
      ja: '南岸区南坪街道 南坪正街',
    },
    location: { lat: 29.5262, lng: 106.5668 },
    hoursNote: {
      en: 'Open street; shops keep their own hours. Film screenings take place on selected evenings.',
      zh: '开放式街区，商铺营业时间各异；露天电影在部分晚间放映。',
    },
    admission: { isFree: true },
    accessibility: {
      en: 'Mostly level street, but it becomes very crowded on holiday evenings.',
      zh: '街道大体平坦，节假日晚间人流密集。',
    },
    transport: {
      en: 'Rail Transit Line 3 to Nanping, then a short walk.',
      zh: '乘轨道交通3号线至南坪站，步行可达。',
      ja: '軌道交通3号線「南坪」駅から徒歩すぐ。',
    },
  },
  {
    slug: 'testbed2',
    category: 'industrial-heritage',
    district: 'yuzhong',
    name: {
      en: 'Testbed2 (Eling No. 2 Factory)',
      zh: '鹅岭二厂文创公园',
      ja: '鵝嶺二廠文創公園（Testbed2）',
    },
    summary: {
      en: 'The former banknote and securities printworks in Eling, now a hillside quarter of cafés, studios and small venues.',
      zh: '鹅岭曾经的印钞及有价证券印制厂，如今是依山而建的文创园区，咖啡馆、工作室和小型演出空间林立。',
      ja: '鵝嶺にあったかつての紙幣・有価証券の印刷工場。いまは斜面に沿ってカフェやアトリエ、小さなライブスペースが並ぶ文化クリエイティブ地区になっている。',
    },
    description: [
      {
        type: 'p',
        text: {
          en: 'In the 1940s the site printed banknotes, tax stamps and other securities for the Central Bank of China. From 1953 it operated as Chongqing No. 2 Printing Factory, for decades the city’s colour-printing centre. This is the “former banknote printworks” often cited as an example of Chongqing’s industrial renewal.',
          zh: '上世纪40年代，这里是民国中央银行的印钞厂，承印钞券、税票等有价证券。1953年起成为重庆印制第二厂，此后数十年一直是重庆的彩印中心。人们谈起重庆旧厂房改造时常说的“原印钞厂”，指的就是这里。',
          ja: '1940年代には中央銀行の印刷所として紙幣や印紙などの有価証券を刷っていた。1953年からは重慶印制第二廠となり、長く重慶のカラー印刷の中心を担った。重慶の工場跡地再生の例としてよく挙げられる「元紙幣印刷工場」とはここのことだ。',
        },
      },
      {
        type: 'p',
        text: {
          en: 'The brick workshops were largely repaired rather than rebuilt, and now hold cafés, bars, design studios, bookshops and small theatres. The park reached a national audience as a location in the 2016 film I Belonged to You, and its rooftops look out over the Yuzhong peninsula.',
          zh: '园区的砖砌厂房以修缮为主，如今入驻了咖啡馆、酒吧、设计工作室、书店和小剧场。2016年电影《从你的全世界路过》在此取景，让它在全国走红；站在楼顶可以俯瞰渝中半岛。',
        },
      },
    ],
    address: {
      en: 'Eling Zhengjie, Yuzhong District (next to Eling Park)',
      zh: '渝中区鹅岭正街（鹅岭公园旁）',
      ja: '渝中区 鵝嶺正街（鵝嶺公園の隣）',
    },
    location: { lat: 29.5497, lng: 106.5423 },
    hoursNote: {
      en: 'The park is open to walk through; cafés and shops keep their own hours.',
      zh: '园区可自由参观，商铺营业时间各异。',
    },
    admission: { isFree: true },
    accessibility: {
      en: 'Built on a slope with stairs between levels; some routes are not step-free.',
      zh: '园区依坡而建，各层之间多为台阶，部分路线无法无障碍通行。',
    },
    transport: {
      en: 'Rail Transit Line 1 to Eling, then walk along Eling Zhengjie.',
      zh: '乘轨道交通1号线至鹅岭站，沿鹅岭正街步行前往。',
      ja: '軌道交通1号線「鵝嶺」駅下車、鵝嶺正街を歩いてすぐ。',
    },
  },
  {
    slug: 'beicang',
    category: 'industrial-heritage',
    district: 'jiangbei',
    name: { en: 'Beicang Cultural and Creative Block', zh: '北仓文创街区' },
    summary: {
      en: 'Textile-mill warehouses from the 1960s near Guanyinqiao, reborn as a quiet quarter of books, cafés and small galleries.',
      zh: '观音桥商圈旁的上世纪60年代纺织厂仓库，如今是一片有书店、咖啡馆和小展厅的安静街区。',
    },
    description: [
      {
        type: 'p',
        text: {
          en: 'Beicang occupies warehouses built in the 1960s for the Jiangbei textile mill. When work began in 2015, the team chose to keep the brickwork, steel frames and mature trees instead of clearing the site, reusing old bricks, timber and iron doors as decoration.',
          zh: '北仓所在地原是上世纪60年代修建的江北纺织厂仓库。2015年改造启动时，团队没有选择推倒重建，而是保留了砖墙、钢结构和老树，拆下的旧砖、老木料和铁门也被用作装饰。',
        },
      },
      {
        type: 'p',
        text: {
          en: 'About half of the first phase is given over to public cultural space, led by the Beicang Library; the rest is cafés, restaurants and design shops. It is a calm counterpoint to the malls of Guanyinqiao a few minutes away.',
          zh: '一期约一半面积用作公共文化空间，其中以北仓图书馆最为知名；其余为咖啡馆、餐厅和设计小店。与几分钟路程外的观音桥商场相比，这里节奏要慢得多。',
        },
      },
    ],
    address: {
      en: 'Near Beicheng Tianjie, Guanyinqiao, Jiangbei District',
      zh: '江北区观音桥北城天街附近',
    },
    location: { lat: 29.5795, lng: 106.534 },
    hoursNote: {
      en: 'Open block; individual venues keep their own hours.',
      zh: '开放式街区，各商户营业时间不一。',
    },
    admission: { isFree: true },
    transport: {
      en: 'Rail Transit Line 3 to Guanyinqiao, then about a 10-minute walk.',
      zh: '乘轨道交通3号线至观音桥站，步行约10分钟。',
    },
  },
  {
    slug: 'chongqing-industrial-museum',
    category: 'museum',
    district: 'dadukou',
    featured: true,
    name: { en: 'Chongqing Industrial Museum', zh: '重庆工业博物馆' },
    summary: {
      en: 'A museum of 120 years of Chongqing industry, built inside the rolling mill of the former Chongqing Iron and Steel works.',
      zh: '依托原重钢型钢厂旧址建成，讲述重庆120多年的工业发展历程。',
    },
    description: [
      {
        type: 'p',
        text: {
          en: 'The steelworks at Dadukou date from 1938, when equipment from the Hanyang Iron Works and other plants was shipped up the Yangtze to keep wartime production going. The old Dadukou works closed in 2011 after the company moved to Changshou, and the museum opened on part of the site in September 2019.',
          zh: '大渡口的钢铁厂始于1938年：为保障抗战生产，汉阳铁厂等企业的设备经长江西迁至此。2011年重钢搬迁至长寿，大渡口老厂区随之关停；2019年9月，重庆工业博物馆在部分旧址上建成开放。',
        },
      },
      {
        type: 'p',
        text: {
          en: 'The site has a main exhibition hall, the “Steel Soul” hall and an outdoor industrial heritage park. Its best-known exhibit is an 8,000-horsepower twin-cylinder horizontal steam engine. In 1952 the production line it powered rolled the first heavy rail made in the People’s Republic, and the Chengdu–Chongqing Railway was laid with domestic rails.',
          zh: '园区由主展馆、钢魂馆和工业遗址公园组成。镇馆之宝是一台8000匹马力双缸卧式蒸汽原动机。1952年，它所在的生产线轧出了新中国第一根重轨，成渝铁路由此用上了国产钢轨。',
        },
      },
    ],
    address: {
      en: '999 Yidu Road, Dadukou District',
      zh: '大渡口区义渡路999号',
    },
    location: { lat: 29.488, lng: 106.49 },
    hoursNote: {
      en: 'Opening days can change; check the museum’s official channels before you go.',
      zh: '开放日期可能调整，出行前请通过官方渠道确认。',
    },
    admission: {
      isFree: true,
      note: {
        en: 'Entry has been free with advance online reservation.',
        zh: '此前实行免费预约参观。',
      },
    },
    transport: {
      en: 'Not on the metro. Take a taxi or local bus from the Rail Transit Line 2 stations in Dadukou, such as Xinshancun. There is a large car park on site.',
      zh: '不在轨道交通沿线，可从2号线大渡口区内车站（如新山村站）换乘出租车或公交前往。馆旁设有大型停车场。',
    },
  },
  {
    slug: 'the-ring-muguang-forest',
    category: 'shopping',
    district: 'liangjiang',
    name: {
      en: 'The Ring and Muguang Forest',
      zh: '光环购物公园·沐光森林',
      ja: 'ザ・リング（光環購物公園）と沐光森林',
    },
    summary: {
      en: 'A seven-level mall wrapped around a 42-metre indoor botanical garden with a 24-metre waterfall, next to Zhaomushan Forest Park.',
      zh: '七层商场环抱着一座高42米的室内植物园，内有24米高的瀑布，紧邻照母山森林公园。',
      ja: '高さ42メートルの屋内植物園と24メートルの滝を7層のモールが取り囲む。照母山森林公園のすぐそば。',
    },
    description: [
      {
        type: 'p',
        text: {
          en: 'Hongkong Land opened The Ring in April 2021 in the Jinzhou business district of Liangjiang New Area. At its centre is Muguang Forest, an indoor botanical garden rising through all seven floors, planted in rainforest style and fed by a 24-metre waterfall.',
          zh: '光环购物公园由香港置地开发，2021年4月在两江新区金州商圈开业。商场中央的沐光森林是一座贯穿七层的室内植物园，按雨林风格营造，并有一道24米高的瀑布。',
          ja: '香港置地（ホンコンランド）が2021年4月、両江新区の金州ビジネス地区に開業した。中央の沐光森林は7フロアを貫く屋内植物園で、熱帯雨林をイメージした植栽と高さ24メートルの滝がある。',
        },
      },
      {
        type: 'p',
        text: {
          en: 'Walkways on every level look into the garden, and the mall also has sports facilities and family spaces. It drew both domestic and foreign visitors during the 2021 National Day holiday.',
          zh: '每层都有连廊可以俯瞰植物园，商场内还设有运动设施和亲子空间。2021年国庆期间，这里吸引了大批国内外游客。',
        },
      },
    ],
    address: {
      en: 'Jinzhou business district, Liangjiang New Area (beside Zhaomushan Forest Park)',
      zh: '两江新区金州商圈（照母山森林公园旁）',
      ja: '両江新区 金州ビジネス地区（照母山森林公園の隣）',
    },
    location: { lat: 29.609, lng: 106.519 },
    hoursNote: {
      en: 'Follows the mall’s opening hours.',
      zh: '开放时间以商场营业时间为准。',
    },
    admission: { isFree: true },
    accessibility: {
      en: 'Modern mall with lifts and step-free routes between floors.',
      zh: '现代商场，各楼层之间设有电梯和无障碍通道。',
    },
    transport: {
      en: 'Rail Transit Line 5 has a direct connection into the mall.',
      zh: '轨道交通5号线与商场直接连通。',
      ja: '軌道交通5号線がモールに直結。',
    },
  },
  {
    slug: 'belt-and-road-commodity-center',
    category: 'shopping',
    district: 'liangjiang',
    name: {
      en: 'Belt and Road Commodity Exhibition and Trading Center',
      zh: '“一带一路”进出口商品集散中心',
      ko: '일대일로 수출입 상품 집산센터',
    },
    summary: {
      en: 'More than 30 national pavilions, from South Korea and Romania to the Philippines and France, selling over 50,000 imported products.',
      zh: '汇集韩国、罗马尼亚、菲律宾、法国等30多个国家馆，展销5万余种进口商品。',
      ko: '한국, 루마니아, 필리핀, 프랑스 등 30여 개 국가관에서 5만여 종의 수입 상품을 전시·판매한다.',
    },
    description: [
      {
        type: 'p',
        text: {
          en: 'The centre brings together more than 30 national pavilions, among them South Korea, Romania, the Philippines and France, with over 50,000 specialty products from their home countries. It is part of Chongqing’s effort to become an international consumption centre.',
          zh: '中心汇集韩国、罗马尼亚、菲律宾、法国等30多个国家馆，展销来自各国的5万余种特色商品，是重庆建设国际消费中心城市的窗口之一。',
        },
      },
      {
        type: 'p',
        text: {
          en: 'Imported wine is a popular buy: a visitor from Guizhou interviewed during the 2021 National Day holiday said the cheapest bottles cost a few dozen yuan and even the dearest were only a few hundred after discounts.',
          zh: '进口红酒很受欢迎。2021年国庆期间，一位来自贵州的游客接受采访时说，这里最便宜的酒只要几十元，最贵的打折后也不过几百元。',
        },
      },
    ],
    address: {
      en: 'Yuelai, Liangjiang New Area',
      zh: '两江新区悦来片区',
    },
    location: { lat: 29.715, lng: 106.564 },
    admission: { isFree: true },
    transport: {
      en: 'Taxi is the simplest option; Rail Transit Line 6 serves the wider Yuelai area.',
      zh: '建议乘出租车前往；轨道交通6号线可到达悦来片区。',
    },
  },
  {
    slug: 'sasseur-outlet-liangjiang',
    category: 'shopping',
    district: 'liangjiang',
    name: {
      en: 'Sasseur Outlet (Chongqing Liangjiang)',
      zh: '砂之船（重庆两江）奥特莱斯',
    },
    summary: {
      en: 'Sasseur’s first outlet mall, opened in 2008, with several hundred Chinese and international brands.',
      zh: '砂之船旗下首家奥特莱斯，2008年开业，汇集数百个国内外品牌。',
    },
    description: [
      {
        type: 'p',
        text: {
          en: 'Chongqing-founded Sasseur opened its first outlet mall here in 2008, and it remains one of the group’s busiest. Discount stores for Chinese and international fashion, sportswear and homeware brands fill the centre.',
          zh: '砂之船起家于重庆，2008年在这里开出旗下首家奥特莱斯，至今仍是集团客流最旺的门店之一。商场内汇集国内外时装、运动和家居品牌的折扣店。',
        },
      },
      {
        type: 'p',
        text: {
          en: 'Holidays are its busiest days: in the first three days of the 2021 National Day break it welcomed more than 100,000 shoppers and took nearly 25 million yuan in sales.',
          zh: '节假日是客流高峰。2021年国庆假期前三天，这里接待顾客超过10万人次，销售额近2500万元。',
        },
      },
    ],
    address: {
      en: 'Liangjiang New Area, northern Chongqing',
      zh: '重庆市两江新区',
    },
    location: { lat: 29.635, lng: 106.54 },
    hoursNote: {
      en: 'Follows the mall’s opening hours; expect crowds on public holidays.',
      zh: '开放时间以商场营业时间为准，节假日人流较多。',
    },
    admission: { isFree: true },
  },
  {
    slug: 'hongyadong',
    category: 'landmark',
    district: 'yuzhong',
    featured: true,
    name: { en: 'Hongyadong', zh: '洪崖洞', ja: '洪崖洞（ホンヤートン）', ko: '훙야둥' },
    summary: {
      en: 'Stilt-house style buildings stacked up the cliff above the Jialing River, at their best when lit up after dark.',
      zh: '吊脚楼式建筑沿嘉陵江畔的崖壁层层叠起，入夜亮灯后最为壮观。',
      ja: '嘉陵江を見下ろす崖に、高床式の吊脚楼風の建物が幾層にも重なる。夜のライトアップが最大の見どころ。',
      ko: '자링강 위 절벽을 따라 전통 조각루 양식의 건물이 층층이 쌓여 있으며, 해가 진 뒤 불이 켜질 때 가장 아름답다.',
    },
    description: [
      {
        type: 'p',
        text: {
          en: 'Hongyadong recreates diaojiaolou, the stilted houses once common on Chongqing’s riverbanks, in a complex that climbs from the riverside road to Cangbai Road at the top. Inside are snack stalls, restaurants, bars and souvenir shops on many levels.',
          zh: '洪崖洞以重庆江岸常见的吊脚楼为原型，建筑群从滨江路一直爬升到顶层的沧白路，各层分布着小吃、餐厅、酒吧和特产店。',
          ja: 'かつて重慶の川岸に多く見られた高床式住居「吊脚楼」を再現した建物群で、川沿いの道路から最上部の滄白路まで続く。各フロアに軽食の屋台やレストラン、バー、土産物店が並ぶ。',
        },
      },
      {
        type: 'p',
        text: {
          en: 'The lights come on at dusk. For the classic view of the whole façade, cross to the far side of the Qiansimen Bridge or the Jiangbeizui riverside.',
          zh: '傍晚时分亮灯。想拍到完整的建筑立面，可以走到千厮门大桥对岸或江北嘴江边。',
          ja: '夕暮れ時に明かりが灯る。建物全体を眺めるなら、千廝門大橋を渡った対岸や江北嘴の川沿いがおすすめ。',
        },
      },
    ],
    address: {
      en: 'Cangbai Road, Jiefangbei, Yuzhong District',
      zh: '渝中区解放碑沧白路',
      ja: '渝中区解放碑 滄白路',
    },
    location: { lat: 29.5636, lng: 106.5793 },
    hoursNote: {
      en: 'The complex can be visited at any time of day; shops and restaurants keep their own hours, and the illuminations are switched on in the evening.',
      zh: '全天可游览，商铺营业时间各异，夜间亮灯。',
    },
    admission: { isFree: true },
    accessibility: {
      en: 'Lifts connect the riverside level with Cangbai Road, but queues are long on holiday evenings.',
      zh: '建筑内有电梯连接滨江层与沧白路，但节假日晚间排队较长。',
    },
    transport: {
      en: 'Rail Transit Lines 1 and 6 to Xiaoshizi, or Line 2 to Linjiangmen, then about 10 minutes on foot.',
      zh: '乘轨道交通1号线、6号线至小什字站，或2号线至临江门站，步行约10分钟。',
      ja: '軌道交通1・6号線「小什字」駅、または2号線「臨江門」駅から徒歩約10分。',
    },
  },
  {
    slug: 'jiefangbei',
    category: 'landmark',
    district: 'yuzhong',
    name: { en: 'Jiefangbei (People’s Liberation Monument)', zh: '解放碑', ja: '解放碑' },
    summary: {
      en: 'The monument at the heart of Chongqing’s main pedestrian shopping district.',
      zh: '矗立在重庆核心步行商业街区中心的纪念碑。',
      ja: '重慶随一の歩行者天国型繁華街の中心に立つ記念碑。',
    },
    description: [
      {
        type: 'p',
        text: {
          en: 'The monument was completed in 1947 to commemorate victory in the War of Resistance against Japanese Aggression, when Chongqing had served as China’s wartime capital. It was renamed the People’s Liberation Monument in 1950.',
          zh: '解放碑于1947年建成，原名“抗战胜利纪功碑”，纪念中国人民抗日战争的胜利——抗战期间，重庆曾是战时首都。1950年更名为“人民解放纪念碑”。',
          ja: '抗日戦争の勝利を記念して1947年に完成した。戦時中、重慶は中国の臨時首都だった。1950年に「人民解放記念碑」と改称された。',
        },
      },
      {
        type: 'p',
        text: {
          en: 'Today it stands in a pedestrian zone of department stores, malls and snack streets, a natural starting point for walks down to Hongyadong or the Yangtze River Cableway.',
          zh: '如今，纪念碑周边是百货、商场和小吃街汇聚的步行街区，也是步行前往洪崖洞或长江索道的理想起点。',
        },
      },
    ],
    address: {
      en: 'Minzu Road, Jiefangbei, Yuzhong District',
      zh: '渝中区解放碑民族路',
      ja: '渝中区解放碑 民族路',
    },
    location: { lat: 29.5574, lng: 106.5772 },
    hoursNote: {
      en: 'Open-air pedestrian area, accessible at all times.',
      zh: '露天步行街区，全天开放。',
    },
    admission: { isFree: true },
    accessibility: {
      en: 'The square around the monument is level and pedestrianised.',
      zh: '纪念碑周边广场地面平整，为步行区域。',
    },
    transport: {
      en: 'Rail Transit Lines 1 and 2 to Jiaochangkou, Lines 1 and 6 to Xiaoshizi, or Line 2 to Linjiangmen.',
      zh: '乘轨道交通1号线、2号线至较场口站，1号线、6号线至小什字站，或2号线至临江门站。',
    },
  },
  {
    slug: 'ciqikou',
    category: 'historic-street',
    district: 'shapingba',
    name: { en: 'Ciqikou Old Town', zh: '磁器口古镇', ja: '磁器口古鎮' },
    summary: {
      en: 'A riverside trading town on the Jialing River, known for its stone lanes, teahouses and snacks.',
      zh: '嘉陵江畔的老码头古镇，以石板街、茶馆和小吃闻名。',
      ja: '嘉陵江のほとりにある古い交易の町。石畳の路地、茶館、名物の軽食で知られる。',
    },
    description: [
      {
        type: 'p',
        text: {
          en: 'Ciqikou, “porcelain port”, takes its name from its days as a wharf for shipping ceramics along the Jialing River in the Ming and Qing dynasties. Its main street and side lanes are lined with old timber shop-houses.',
          zh: '磁器口因明清时期作为嘉陵江上的瓷器转运码头而得名，主街和小巷两旁是成片的木结构老铺面。',
          ja: '磁器口とは「磁器の港」という意味で、明・清の時代に嘉陵江を行き交う陶磁器の積み出し港だったことに由来する。大通りや路地には木造の古い商家が軒を連ねる。',
        },
      },
      {
        type: 'p',
        text: {
          en: 'Come for twisted mahua dough snacks, spicy street food and a cup of tea; arrive early on weekends and holidays, when the main street is packed.',
          zh: '来这里可以尝尝麻花、麻辣小吃，再找家茶馆喝杯茶。周末和节假日主街人流很大，建议早点到。',
        },
      },
    ],
    address: {
      en: 'Ciqikou, Shapingba District',
      zh: '沙坪坝区磁器口',
      ja: '沙坪壩区 磁器口',
    },
    location: { lat: 29.5804, lng: 106.4497 },
    hoursNote: {
      en: 'The old town is open at all times; shops mostly trade from morning to evening.',
      zh: '古镇全天开放，商铺多在白天至晚间营业。',
    },
    admission: { isFree: true },
    accessibility: {
      en: 'Uneven stone paving and stepped lanes; the main street is very crowded at peak times.',
      zh: '石板路面不平，部分巷道为台阶；高峰时段主街十分拥挤。',
    },
    transport: {
      en: 'Rail Transit Line 1 to Ciqikou, then a 10-minute walk.',
      zh: '乘轨道交通1号线至磁器口站，步行约10分钟。',
      ja: '軌道交通1号線「磁器口」駅から徒歩約10分。',
    },
  },
  {
    slug: 'yangtze-river-cableway',
    category: 'landmark',
    district: 'yuzhong',
    name: { en: 'Yangtze River Cableway', zh: '长江索道', ja: '長江ロープウェイ' },
    summary: {
      en: 'An aerial cableway across the Yangtze, in service since 1987, linking Yuzhong with Nan’an.',
      zh: '1987年通行至今的过江索道，连接渝中与南岸。',
      ja: '1987年から運行を続ける長江の渡河ロープウェイ。渝中区と南岸区を結ぶ。',
    },
    description: [
      {
        type: 'p',
        text: {
          en: 'Built as everyday transport for residents crossing the river, the cableway runs for a little over a kilometre between Xinhua Road in Yuzhong and Shangxin Street in Nan’an. The cabins pass high above the Yangtze, with the skyline of the peninsula on one side and the hills of Nanshan on the other.',
          zh: '长江索道最初是方便市民过江的日常交通工具，全长一公里多，连接渝中区新华路和南岸区上新街。轿厢高悬江面，一侧是渝中半岛的天际线，一侧是南山的轮廓。',
          ja: 'もともとは住民が川を渡るための日常の交通手段で、渝中区の新華路と南岸区の上新街を結ぶ全長1キロ余りの路線。ゴンドラは長江の上空高くを進み、片側に半島のスカイライン、反対側に南山の山並みが見える。',
        },
      },
      {
        type: 'p',
        text: {
          en: 'It is now one of the city’s most popular rides, and queues at the Xinhua Road station can be very long on holidays; the Nan’an side is sometimes quieter.',
          zh: '如今它已是重庆最热门的体验项目之一，节假日新华路站常常大排长龙，南岸站有时人会少一些。',
        },
      },
    ],
    address: {
      en: 'North station: Xinhua Road, Yuzhong District; south station: Shangxin Street, Nan’an District',
      zh: '北站：渝中区新华路；南站：南岸区上新街',
      ja: '北駅：渝中区 新華路／南駅：南岸区 上新街',
    },
    location: { lat: 29.5559, lng: 106.5852 },
    admission: {
      isFree: false,
      note: {
        en: 'Tickets are sold for one-way and return trips; check current fares at the station.',
        zh: '分单程票和往返票，票价以现场公示为准。',
      },
    },
    transport: {
      en: 'North station: Rail Transit Lines 1 and 6 to Xiaoshizi. South station: Line 6 to Shangxinjie.',
      zh: '北站：乘轨道交通1号线、6号线至小什字站；南站：乘6号线至上新街站。',
      ja: '北駅は軌道交通1・6号線「小什字」駅、南駅は6号線「上新街」駅が最寄り。',
    },
  },
  {
    slug: 'liziba-station',
    category: 'landmark',
    district: 'yuzhong',
    featured: true,
    name: { en: 'Liziba Station', zh: '李子坝轻轨站', ja: '李子壩駅' },
    summary: {
      en: 'The Line 2 monorail station built into a residential tower, where trains appear to run straight through the building.',
      zh: '建在居民楼里的轨道交通2号线车站，列车仿佛从楼中穿行而过。',
      ja: 'マンションの中に組み込まれたモノレール2号線の駅。列車がビルを突き抜けていくように見える。',
    },
    description: [
      {
        type: 'p',
        text: {
          en: 'Space on the steep banks of the Jialing River is scarce, so the station was built into floors six to eight of a 19-storey residential block, with homes above and below. From the street, monorail trains seem to disappear into the building and emerge on the other side.',
          zh: '嘉陵江畔坡陡地窄，李子坝站因此设在一栋19层居民楼的6至8层，上下都是住户。从街上看去，单轨列车仿佛钻进大楼，又从另一侧穿出。',
          ja: '嘉陵江沿いの急斜面で用地が限られていたため、駅は19階建て住宅の6～8階部分に設けられた。上下の階には住民が暮らしている。通りから見ると、モノレールがビルに吸い込まれ、反対側から出てくるように見える。',
        },
      },
      {
        type: 'p',
        text: {
          en: 'A free viewing platform below the tracks is the best place to watch; trains pass every few minutes during the day. Please respect the residents and stay off the private stairways.',
          zh: '轨道下方设有免费观景平台，白天每隔几分钟就有一趟列车经过。请尊重居民生活，不要进入住宅楼梯间。',
        },
      },
    ],
    address: {
      en: 'Liziba Zhengjie, Yuzhong District',
      zh: '渝中区李子坝正街',
      ja: '渝中区 李子壩正街',
    },
    location: { lat: 29.5527, lng: 106.5297 },
    hoursNote: {
      en: 'The viewing platform is open to the public; trains run during metro operating hours.',
      zh: '观景平台对公众开放，列车在轨道交通运营时间内通行。',
    },
    admission: {
      isFree: true,
      note: {
        en: 'Watching is free; riding costs a normal metro fare.',
        zh: '观景免费，乘车按轨道交通票价收费。',
      },
    },
    transport: {
      en: 'Rail Transit Line 2 to Liziba.',
      zh: '乘轨道交通2号线至李子坝站。',
      ja: '軌道交通2号線「李子壩」駅。',
    },
  },
  {
    slug: 'raffles-city-chongqing',
    category: 'landmark',
    district: 'yuzhong',
    name: { en: 'Raffles City Chongqing', zh: '重庆来福士' },
    summary: {
      en: 'Eight towers at Chaotianmen, where the Jialing meets the Yangtze, joined by The Crystal, a horizontal skybridge high above the rivers.',
      zh: '朝天门两江交汇处的八座塔楼，顶部由横卧高空的“水晶连廊”相连。',
    },
    description: [
      {
        type: 'p',
        text: {
          en: 'Designed by Safdie Architects and developed by CapitaLand, Raffles City opened in 2019 at the tip of the Yuzhong peninsula. Four of its towers are linked near the top by The Crystal, a glass-enclosed skybridge about 300 metres long.',
          zh: '重庆来福士由萨夫迪建筑事务所设计、凯德集团开发，2019年在渝中半岛尖端的朝天门落成。其中四座塔楼的顶部由长约300米的玻璃“水晶连廊”连为一体。',
        },
      },
      {
        type: 'p',
        text: {
          en: 'The podium holds a large shopping mall, and Chaotianmen Square next door looks straight over the meeting of the two rivers.',
          zh: '裙楼是大型购物中心，一旁的朝天门广场正对两江交汇处。',
        },
      },
    ],
    address: {
      en: 'Chaotianmen, Yuzhong District',
      zh: '渝中区朝天门',
    },
    location: { lat: 29.5655, lng: 106.586 },
    admission: {
      isFree: true,
      note: {
        en: 'The mall is free to enter; The Crystal observation deck is ticketed.',
        zh: '商场免费进入，水晶连廊观景台需购票。',
      },
    },
    accessibility: {
      en: 'Modern complex with lifts throughout.',
      zh: '现代建筑综合体，全程设有电梯。',
    },
    transport: {
      en: 'Rail Transit Lines 1 and 6 to Xiaoshizi, then a short walk.',
      zh: '乘轨道交通1号线、6号线至小什字站，步行可达。',
    },
  },
  {
    slug: 'chongqing-international-expo-center',
    category: 'landmark',
    district: 'yubei',
    name: { en: 'Chongqing International Expo Center', zh: '重庆国际博览中心' },
    summary: {
      en: 'The city’s main exhibition complex in Yuelai, home to the Smart China Expo and the Western China International Fair for Investment and Trade.',
      zh: '位于悦来的重庆主要会展场馆，智博会、西洽会均在此举办。',
    },
    description: [
      {
        type: 'p',
        text: {
          en: 'The centre hosts Chongqing’s largest trade events, including the Smart China Expo, first held in 2018, and the Western China International Fair for Investment and Trade. Its halls sit beside the Jialing River in the Yuelai exhibition district.',
          zh: '重庆国际博览中心承办重庆规模最大的一批展会，包括2018年创办的智博会，以及西洽会。场馆位于嘉陵江畔的悦来会展片区。',
        },
      },
      {
        type: 'p',
        text: {
          en: 'Access and ticketing depend on each event; check the organiser’s information before visiting.',
          zh: '入场方式和票务以各展会主办方公布的信息为准。',
        },
      },
    ],
    address: {
      en: 'Yuelai, Yubei District (Liangjiang New Area)',
      zh: '渝北区悦来（两江新区）',
    },
    location: { lat: 29.7205, lng: 106.5625 },
    hoursNote: {
      en: 'Open during events only.',
      zh: '仅在展会期间开放。',
    },
    admission: {
      isFree: false,
      note: {
        en: 'Depends on the event.',
        zh: '视具体展会而定。',
      },
    },
    accessibility: {
      en: 'Large modern halls with step-free access.',
      zh: '现代化大型展馆，可无障碍通行。',
    },
    transport: {
      en: 'Rail Transit Line 6’s branch to Yuelai serves the expo district; shuttle buses usually run during major events.',
      zh: '轨道交通6号线悦来方向支线可达会展片区，大型展会期间通常另有接驳车。',
    },
  },
]
