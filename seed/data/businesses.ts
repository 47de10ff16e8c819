import type { SeedBusiness } from './types'

export const businesses: SeedBusiness[] = [
  {
    slug: 'cqaos',
    sector: 'semiconductors',
    district: 'liangjiang',
    featured: true,
    name: {
      en: 'Chongqing Alpha and Omega Semiconductor (CQAOS)',
      zh: '重庆万国半导体科技有限公司',
      ja: '重慶万国半導体科技（CQAOS）',
    },
    description: [
      {
        type: 'p',
        text: {
          en: 'CQAOS is a joint venture formed in 2016 by US-based Alpha and Omega Semiconductor (AOS) and Chongqing investment funds. Its plant in the Shuitu high-tech park of Liangjiang New Area was the first power-semiconductor operation in Asia to combine 12-inch wafer fabrication, packaging and testing at a single site.',
          zh: '重庆万国半导体是美国万国半导体（AOS）与重庆相关投资基金于2016年组建的合资企业。其位于两江新区水土高新园的工厂，是亚洲首家集12英寸芯片制造、封装和测试于一体的功率半导体企业。',
          ja: '米アルファ・アンド・オメガ・セミコンダクター（AOS）と重慶の投資ファンドが2016年に設立した合弁会社。両江新区・水土ハイテクパークの工場は、12インチウエハーの製造からパッケージング、テストまでを一か所で手がけるアジア初のパワー半導体拠点となった。',
        },
      },
      {
        type: 'p',
        text: {
          en: 'The company makes power devices such as MOSFETs and IGBTs used in consumer electronics, cars and industrial equipment. During the October 2021 National Day holiday, with global chip supply tight, its 12-inch line ran three shifts a day, producing 300 wafers a day while 12.5 million pieces went through testing.',
          zh: '公司生产MOSFET、IGBT等功率器件，广泛用于消费电子、汽车和工业设备。2021年国庆假期，正值全球芯片供应紧张，其12英寸生产线三班倒满负荷运转，日产晶圆300片，测试芯片1250万颗。',
          ja: 'MOSFETやIGBTなどのパワーデバイスを製造し、家電、自動車、産業機器に使われている。世界的に半導体の供給が逼迫していた2021年10月の国慶節休暇中も、12インチラインは3交代制でフル稼働し、1日300枚のウエハーを生産、1,250万個のテストをこなした。',
        },
      },
    ],
    address: {
      en: 'Shuitu High-tech Industrial Park, Liangjiang New Area',
      zh: '两江新区水土高新技术产业园',
      ja: '両江新区 水土ハイテク産業園',
    },
    location: { lat: 29.756, lng: 106.498 },
    website: 'https://www.aosmd.com',
    founded: 2016,
    originCountry: 'US',
  },
  {
    slug: 'corning-gorilla-glass',
    sector: 'materials',
    district: 'liangjiang',
    featured: true,
    name: {
      en: 'Corning Gorilla Glass (Chongqing)',
      zh: '康宁大猩猩玻璃（重庆）项目',
      ja: 'コーニング ゴリラガラス（重慶）',
    },
    description: [
      {
        type: 'p',
        text: {
          en: 'US materials company Corning came to Chongqing in 2015 with a display-glass finishing line in Liangjiang New Area, which entered mass production in early 2017. In September 2021 it signed an agreement with Liangjiang for a cover-glass project, the Gorilla Glass furnace project that was among that year’s new foreign investments in the city.',
          zh: '美国材料企业康宁于2015年进入重庆，在两江新区投资建设显示玻璃基板后段加工线，2017年初实现量产。2021年9月，康宁与两江新区签约盖板玻璃项目，即当年落户重庆的外资项目之一——康宁大猩猩玻璃熔炉项目。',
          ja: '米素材大手コーニングは2015年に重慶へ進出し、両江新区にディスプレイ用ガラス基板の後工程ラインを設けて2017年初めに量産を開始した。2021年9月には両江新区とカバーガラス事業の協定を結んだ。これが同年重慶に進出した外資案件の一つ、ゴリラガラス溶解炉プロジェクトである。',
        },
      },
      {
        type: 'p',
        text: {
          en: 'The cover-glass plant began mass production in December 2023 as the first Gorilla Glass manufacturing facility on the Chinese mainland.',
          zh: '该盖板玻璃工厂于2023年12月量产，是康宁大猩猩玻璃在中国大陆的首个生产基地。',
        },
      },
    ],
    address: {
      en: 'Shuitu High-tech Industrial Park, Liangjiang New Area',
      zh: '两江新区水土高新技术产业园',
      ja: '両江新区 水土ハイテク産業園',
    },
    location: { lat: 29.76, lng: 106.503 },
    website: 'https://www.corning.com',
    originCountry: 'US',
  },
  {
    slug: 'saint-gobain-coshun',
    sector: 'materials',
    name: {
      en: 'Saint-Gobain Coshun High-tech Materials',
      zh: '圣戈班科顺高新材料项目',
      fr: 'Saint-Gobain Coshun – matériaux de haute technologie',
    },
    description: [
      {
        type: 'p',
        text: {
          en: 'The Saint-Gobain Coshun high-tech materials project was one of several foreign-invested manufacturing projects that settled in Chongqing in 2021. It involves the French group Saint-Gobain, founded in 1665 and present in China since 1985, which makes materials for construction and industry.',
          zh: '圣戈班科顺高新材料项目是2021年落户重庆的多个外资制造业项目之一。项目方之一法国圣戈班集团创立于1665年，1985年进入中国，主要为建筑和工业领域提供材料。',
          fr: 'Le projet de matériaux de haute technologie Saint-Gobain Coshun fait partie des investissements étrangers arrivés à Chongqing en 2021. Il associe le groupe français Saint-Gobain, fondé en 1665 et présent en Chine depuis 1985, spécialiste des matériaux pour la construction et l’industrie.',
        },
      },
      {
        type: 'p',
        text: {
          en: 'The exact site and product range of the Chongqing project are not listed on this portal.',
          zh: '该项目在重庆的具体选址和产品范围暂未在本站列明。',
        },
      },
    ],
    address: {
      en: 'Chongqing (site not listed)',
      zh: '重庆市（具体地址暂未列明）',
      fr: 'Chongqing (site non précisé)',
    },
    website: 'https://www.saint-gobain.com',
    originCountry: 'FR',
  },
  {
    slug: 'sika-deco',
    sector: 'materials',
    name: {
      en: 'Sika Deco New Environmental Building Materials',
      zh: '西卡德高新型环保建材项目',
      de: 'Sika Deco – neue umweltfreundliche Baustoffe',
    },
    description: [
      {
        type: 'p',
        text: {
          en: 'The Sika Deco project for new environmentally friendly building materials was among the foreign investments that settled in Chongqing in 2021. It belongs to Sika, the Swiss specialty-chemicals group founded in 1910, which supplies the construction and manufacturing industries.',
          zh: '西卡德高新型环保建材项目是2021年落户重庆的外资项目之一，隶属于1910年创立于瑞士的特种化学品集团西卡，主要服务建筑业和制造业。',
          de: 'Das Projekt Sika Deco für neue umweltfreundliche Baustoffe gehört zu den ausländischen Investitionen, die 2021 nach Chongqing kamen. Dahinter steht Sika, der 1910 in der Schweiz gegründete Spezialitätenchemie-Konzern, der Bauwirtschaft und Industrie beliefert.',
        },
      },
      {
        type: 'p',
        text: {
          en: 'In December 2022 Sika announced a new plant in Chongqing producing liquid membranes and mortars for the Chengdu–Chongqing region. The exact site is not listed on this portal.',
          zh: '2022年12月，西卡宣布其在重庆的新工厂投产，生产液体防水膜和砂浆产品，服务成渝地区。具体地址暂未在本站列明。',
        },
      },
    ],
    address: {
      en: 'Chongqing (site not listed)',
      zh: '重庆市（具体地址暂未列明）',
      de: 'Chongqing (Standort nicht angegeben)',
    },
    website: 'https://www.sika.com',
    originCountry: 'CH',
  },
  {
    slug: 'sasseur-outlet',
    sector: 'retail',
    district: 'liangjiang',
    name: { en: 'Sasseur Outlet', zh: '砂之船奥特莱斯', ja: 'サシュール・アウトレット（砂之船）' },
    description: [
      {
        type: 'p',
        text: {
          en: 'Sasseur is a Chinese outlet-mall operator that grew out of Chongqing and opened its first outlet in the city in 2008. Its real-estate investment trust, Sasseur REIT, was listed in Singapore in 2018 and owns outlet malls in Chongqing, Hefei and Kunming.',
          zh: '砂之船是从重庆起步的中国奥特莱斯运营商，2008年在重庆开出首家奥特莱斯。旗下房地产投资信托“砂之船房地产投资信托”于2018年在新加坡上市，持有重庆、合肥、昆明等地的奥特莱斯物业。',
          ja: 'サシュール（砂之船）は重慶発祥の中国のアウトレットモール運営会社で、2008年に重慶で第1号店を開いた。不動産投資信託サシュールREITは2018年にシンガポールで上場し、重慶・合肥・昆明のアウトレットを保有している。',
        },
      },
      {
        type: 'p',
        text: {
          en: 'Its Liangjiang outlet drew more than 100,000 shoppers and nearly 25 million yuan in sales in the first three days of the 2021 National Day holiday.',
          zh: '2021年国庆假期前三天，其两江门店接待顾客逾10万人次，销售额近2500万元。',
        },
      },
    ],
    address: {
      en: 'Liangjiang New Area, northern Chongqing',
      zh: '重庆市两江新区',
      ja: '重慶市 両江新区',
    },
    location: { lat: 29.635, lng: 106.54 },
    founded: 2008,
    originCountry: 'CN',
  },
  {
    slug: 'the-ring',
    sector: 'retail',
    district: 'liangjiang',
    featured: true,
    name: {
      en: 'The Ring, Chongqing',
      zh: '重庆光环购物公园',
      ja: 'ザ・リング重慶（光環購物公園）',
    },
    description: [
      {
        type: 'p',
        text: {
          en: 'The Ring is Hongkong Land’s first wholly owned commercial development in south-west China and the first in its retail series of the same name. It opened in April 2021 in Liangjiang New Area, beside Zhaomushan Forest Park and the company’s Yorkville residential development.',
          zh: '光环购物公园是香港置地在中国西南地区首个全资商业项目，也是其同名零售系列的首个项目。商场于2021年4月在两江新区开业，毗邻照母山森林公园和置地旗下的约克郡住宅项目。',
          ja: 'ザ・リングは香港置地（ホンコンランド）が中国西南部で初めて全額出資した商業施設で、同名の商業シリーズの第1号。2021年4月、両江新区の照母山森林公園と同社の住宅開発「約克郡（ヨークビル）」の隣に開業した。',
        },
      },
      {
        type: 'p',
        text: {
          en: 'The 430,000-square-metre complex combines a seven-level mall, a retail street and office space around Muguang Forest, an indoor botanical garden 42 metres tall, with a direct link to Rail Transit Line 5.',
          zh: '项目总建筑面积43万平方米，包括七层购物中心、商业街和写字楼，核心是高42米的室内植物园“沐光森林”，并与轨道交通5号线直接连通。',
        },
      },
    ],
    address: {
      en: 'Jinzhou business district, Liangjiang New Area',
      zh: '两江新区金州商圈',
      ja: '両江新区 金州ビジネス地区',
    },
    location: { lat: 29.609, lng: 106.519 },
    website: 'https://www.hkland.com',
    founded: 2021,
    originCountry: 'HK',
  },
  {
    slug: 'belt-and-road-commodity-center-co',
    sector: 'exhibitions',
    district: 'liangjiang',
    name: {
      en: 'Belt and Road Commodity Exhibition and Trading Center',
      zh: '“一带一路”进出口商品集散中心',
      ko: '일대일로 수출입 상품 집산센터',
    },
    description: [
      {
        type: 'p',
        text: {
          en: 'The centre operates a permanent showroom and marketplace for imported goods, with more than 30 national pavilions and over 50,000 specialty products. It gives overseas suppliers a shop window in western China and local shoppers access to imported goods at accessible prices.',
          zh: '中心运营进口商品常设展示和交易平台，设有30多个国家馆，展销5万余种特色商品，既为海外供应商打开中国西部市场，也让本地消费者以实惠的价格买到进口商品。',
          ko: '30여 개 국가관과 5만여 종의 특색 상품을 갖춘 수입 상품 상설 전시·거래 플랫폼을 운영한다.',
        },
      },
    ],
    address: {
      en: 'Yuelai, Liangjiang New Area',
      zh: '两江新区悦来片区',
      ko: '량장신구 웨라이 지역',
    },
    location: { lat: 29.715, lng: 106.564 },
    originCountry: 'CN',
  },
  {
    slug: 'chongqing-international-logistics-hub',
    sector: 'logistics',
    district: 'shapingba',
    featured: true,
    name: { en: 'Chongqing International Logistics Hub Park', zh: '重庆国际物流枢纽园区' },
    description: [
      {
        type: 'p',
        text: {
          en: 'The park in Shapingba is where the China–Europe Railway Express from Chongqing began and where the New International Land-Sea Trade Corridor took shape. It includes the Tuanjiecun central rail station, a railway port of entry and the Chongqing Railway Port Comprehensive Bonded Zone.',
          zh: '园区位于沙坪坝区，是中欧班列（重庆）的始发地和西部陆海新通道的策源地，区内有团结村中心站、铁路口岸和重庆国际铁路港综合保税区。',
        },
      },
      {
        type: 'p',
        text: {
          en: 'Rail-sea intermodal trains on the land-sea corridor are assembled here before heading south to the Beibu Gulf ports in Guangxi, where containers transfer to ships. The park also has a port for imported vehicles, approved in 2014.',
          zh: '陆海新通道铁海联运班列在此集结，南下至广西北部湾港口后换装海运。园区内还设有2014年获批的汽车整车进口口岸。',
        },
      },
    ],
    address: {
      en: 'Tuanjiecun, Shapingba District',
      zh: '沙坪坝区团结村',
    },
    location: { lat: 29.61, lng: 106.4 },
    originCountry: 'CN',
  },
  {
    slug: 'changan-automobile',
    sector: 'automotive',
    district: 'jiangbei',
    name: {
      en: 'Changan Automobile',
      zh: '重庆长安汽车股份有限公司',
      ja: '長安汽車（チャンガン）',
    },
    description: [
      {
        type: 'p',
        text: {
          en: 'Chongqing-based Changan is one of China’s largest carmakers and a cornerstone of the city’s automotive industry. It traces its history to an arsenal founded in Shanghai in 1862 that moved to Chongqing during the War of Resistance against Japanese Aggression.',
          zh: '长安汽车总部位于重庆，是中国规模最大的汽车企业之一，也是重庆汽车产业的支柱。其历史可追溯至1862年创办于上海的洋炮局，抗战时期迁至重庆。',
          ja: '重慶に本社を置く長安汽車は中国最大級の自動車メーカーで、重慶の自動車産業の柱となっている。その源流は1862年に上海で設立された兵器工場にさかのぼり、抗日戦争中に重慶へ移転した。',
        },
      },
      {
        type: 'p',
        text: {
          en: 'The company builds passenger cars, including new-energy models, under its own brands, and runs joint ventures with foreign partners such as Ford and Mazda.',
          zh: '公司以自主品牌生产乘用车（含新能源车型），并与福特、马自达等外方合作设有合资企业。',
        },
      },
    ],
    address: {
      en: 'Jianxin East Road, Jiangbei District',
      zh: '江北区建新东路',
      ja: '江北区 建新東路',
    },
    location: { lat: 29.5755, lng: 106.546 },
    website: 'https://www.changan.com.cn',
    originCountry: 'CN',
  },
  {
    slug: 'hp-chongqing',
    sector: 'electronics',
    district: 'shapingba',
    name: { en: 'HP in Chongqing', zh: '惠普（重庆）', ja: 'HP（重慶）' },
    description: [
      {
        type: 'p',
        text: {
          en: 'HP was the first global PC brand to commit to Chongqing, agreeing in 2008 to source notebooks from the Xiyong area, where contract manufacturers began production the following year. Other brands, contract manufacturers and component suppliers followed, forming the cluster behind the city’s laptop exports.',
          zh: '惠普是首个落户重庆的全球电脑品牌，2008年决定在西永片区建设笔记本电脑生产基地，代工企业于次年投产。此后其他品牌商、代工厂和零部件企业相继跟进，形成了支撑重庆笔记本电脑出口的产业集群。',
          ja: 'HPは重慶に進出した最初のグローバルPCブランドで、2008年に西永地区でノートPCを調達する方針を決め、翌年には受託製造企業が生産を開始した。その後、ほかのブランドや受託製造企業、部品メーカーが相次いで進出し、重慶のノートPC輸出を支える産業集積が生まれた。',
        },
      },
      {
        type: 'p',
        text: {
          en: 'HP laptops were among the first cargo carried on the Chongqing–Xinjiang–Europe rail route when it opened in 2011.',
          zh: '2011年渝新欧班列开行时，惠普笔记本电脑就是首批货物之一。',
        },
      },
    ],
    address: {
      en: 'Xiyong, Shapingba District',
      zh: '沙坪坝区西永',
      ja: '沙坪壩区 西永',
    },
    location: { lat: 29.578, lng: 106.3 },
    website: 'https://www.hp.com',
    originCountry: 'US',
  },
  {
    slug: 'chongqing-rural-commercial-bank',
    sector: 'finance',
    district: 'jiangbei',
    name: { en: 'Chongqing Rural Commercial Bank', zh: '重庆农村商业银行' },
    description: [
      {
        type: 'p',
        text: {
          en: 'Formed in 2008 from the reorganisation of Chongqing’s rural credit cooperatives, the bank is headquartered in the Jiangbeizui financial district. Its shares are listed in Hong Kong and Shanghai.',
          zh: '重庆农商行由重庆农村信用社改制组建，2008年成立，总部位于江北嘴金融核心区，在香港和上海两地上市。',
        },
      },
    ],
    address: {
      en: 'Jiangbeizui CBD, Jiangbei District',
      zh: '江北区江北嘴中央商务区',
    },
    location: { lat: 29.574, lng: 106.578 },
    website: 'https://www.cqrcb.com',
    founded: 2008,
    originCountry: 'CN',
  },
  {
    slug: 'capitaland-raffles-city',
    sector: 'retail',
    district: 'yuzhong',
    name: {
      en: 'CapitaLand – Raffles City Chongqing',
      zh: '凯德集团·重庆来福士',
      ja: 'キャピタランド（来福士広場・重慶）',
    },
    description: [
      {
        type: 'p',
        text: {
          en: 'Singapore’s CapitaLand developed Raffles City Chongqing at Chaotianmen, at the tip of the Yuzhong peninsula. The mixed-use complex of eight towers, designed by Safdie Architects, opened in 2019 with a shopping mall, offices and apartments.',
          zh: '新加坡凯德集团在渝中半岛尖端的朝天门开发建设了重庆来福士。这一综合体由萨夫迪建筑事务所设计，共八座塔楼，2019年落成，涵盖购物中心、写字楼和住宅。',
          ja: 'シンガポールのキャピタランドが渝中半島の先端・朝天門に開発した複合施設。サフディ・アーキテクツ設計の8棟のタワーからなり、2019年にショッピングモール、オフィス、住宅を備えて開業した。',
        },
      },
    ],
    address: {
      en: 'Chaotianmen, Yuzhong District',
      zh: '渝中区朝天门',
      ja: '渝中区 朝天門',
    },
    location: { lat: 29.5655, lng: 106.586 },
    website: 'https://www.capitaland.com',
    founded: 2019,
    originCountry: 'SG',
  },
  {
    slug: 'niccolo-chongqing',
    sector: 'hospitality',
    district: 'jiangbei',
    name: { en: 'Niccolo Chongqing', zh: '重庆尼依格罗酒店' },
    description: [
      {
        type: 'p',
        text: {
          en: 'A luxury hotel of Hong Kong’s Wharf Hotels group in the Chongqing IFS complex at Jiangbeizui, close to the offices of the CBD and looking out over the confluence of the Jialing and Yangtze rivers.',
          zh: '香港九龙仓酒店集团旗下的奢华酒店，位于江北嘴重庆IFS国金中心，毗邻中央商务区写字楼群，可眺望嘉陵江与长江交汇处。',
        },
      },
    ],
    address: {
      en: 'Chongqing IFS, Jiangbeizui, Jiangbei District',
      zh: '江北区江北嘴重庆IFS国金中心',
    },
    location: { lat: 29.5718, lng: 106.5742 },
    website: 'https://www.niccolohotels.com',
    originCountry: 'HK',
  },
  {
    slug: 'chongqing-sichuan-opera-theatre',
    sector: 'culture',
    district: 'liangjiang',
    name: { en: 'Chongqing Sichuan Opera Theatre', zh: '重庆市川剧院' },
    description: [
      {
        type: 'p',
        text: {
          en: 'The municipal Sichuan Opera company keeps alive a regional art form listed as national intangible cultural heritage, known for face-changing, fire-spitting and its high-pitched “gaoqiang” singing. Its best-known performer is Shen Tiemei, a multiple winner of the Plum Blossom Award, China’s top prize for theatre performers.',
          zh: '重庆市川剧院传承川剧这一国家级非物质文化遗产，变脸、吐火和高腔是川剧最具代表性的技艺与声腔。剧院最知名的表演艺术家是多次荣获中国戏剧梅花奖的沈铁梅。',
        },
      },
      {
        type: 'p',
        text: {
          en: 'Its theatre in Renhe, Liangjiang New Area, presents regular performances and displays of costumes and a restored traditional stage.',
          zh: '剧院位于两江新区人和，定期举办演出，院内还有复建的古戏台和戏服展示。',
        },
      },
    ],
    address: {
      en: 'Renhe, Liangjiang New Area (near Renhe station, Rail Transit Line 5)',
      zh: '两江新区人和（轨道交通5号线人和站附近）',
    },
    location: { lat: 29.627, lng: 106.542 },
    originCountry: 'CN',
  },
]
