import type { SeedEvent } from './types'

export const events: SeedEvent[] = [
  {
    slug: 'super-80-street-open-air-movie-nights',
    category: 'festival',
    featured: true,
    title: {
      en: 'Open-air movie nights on Super 80 Street',
      zh: '超级80街露天电影之夜',
      ja: '超級80街 野外映画ナイト',
    },
    summary: {
      en: 'A week of free evening screenings in the street, with folding stools, film classics and the 1980s backdrop that made the neighbourhood famous.',
      zh: '一连七晚在街头免费放映，小板凳、老电影，再配上让这条街走红的80年代布景。',
      ja: '1週間、毎晩通りで無料上映。小さな腰掛けと名作映画、そして街を有名にした80年代の風景を楽しめる。',
    },
    description: [
      {
        type: 'p',
        text: {
          en: 'Screenings begin at 19:30 each evening and run for about two hours. Seats are first come, first served; arrive early on Friday and Saturday.',
          zh: '每晚19:30开映，时长约两小时。座位先到先得，周五、周六晚建议提前到场。',
          ja: '毎晩19時30分から約2時間上映。席は先着順で、金曜・土曜の夜は早めの来場がおすすめ。',
        },
      },
      {
        type: 'p',
        text: {
          en: 'The street is a residential neighbourhood: please keep noise down after the film and take your rubbish with you.',
          zh: '这里是居民社区，散场后请保持安静，并带走个人垃圾。',
        },
      },
    ],
    startDay: 0,
    startTime: '19:30',
    endDay: 0,
    endTime: '21:30',
    repeat: { frequency: 'daily', untilDay: 6 },
    eventStatus: 'scheduled',
    venue: 'super-80-street',
    isFree: true,
    audience: { en: 'All ages', zh: '老少皆宜', ja: '年齢を問わずどなたでも' },
    reviewStatus: 'approved',
  },
  {
    slug: 'industrial-heritage-photo-exhibition',
    category: 'exhibition',
    title: {
      en: 'From Furnace to Museum: Dadukou in Photographs',
      zh: '从高炉到博物馆：影像中的大渡口',
      ja: '高炉から博物館へ――写真で見る大渡口',
    },
    summary: {
      en: 'An eight-day photography exhibition tracing the Dadukou steelworks from its wartime relocation in 1938 to its second life as a museum.',
      zh: '为期八天的摄影展，讲述大渡口钢铁厂从1938年西迁建厂到改建为博物馆的历程。',
      ja: '1938年の戦時移転から博物館としての再生まで、大渡口の製鉄所の歩みをたどる8日間の写真展。',
    },
    description: [
      {
        type: 'p',
        text: {
          en: 'Archive images of the furnaces and rolling mills hang alongside recent photographs of the restored halls and the industrial heritage park.',
          zh: '展览将高炉、轧钢车间的历史影像与修缮后展馆、工业遗址公园的新照片并置展出。',
          ja: '高炉や圧延工場の記録写真と、修復された展示館や産業遺産公園の最近の写真を並べて展示する。',
        },
      },
      {
        type: 'p',
        text: {
          en: 'The exhibition is included in a regular museum visit; book your visit in advance through the museum’s official channels.',
          zh: '展览随博物馆常规参观开放，请通过博物馆官方渠道提前预约。',
        },
      },
    ],
    startDay: -1,
    endDay: 6,
    allDay: true,
    eventStatus: 'scheduled',
    venue: 'chongqing-industrial-museum',
    isFree: true,
    reviewStatus: 'approved',
  },
  {
    slug: 'belt-and-road-imported-food-and-wine-market',
    category: 'market',
    title: {
      en: 'Imported food and wine weekend market',
      zh: '进口美食美酒周末市集',
      ja: '輸入食品とワインのウィークエンド・マーケット',
    },
    summary: {
      en: 'Stalls from the centre’s national pavilions offer tastings of wine, coffee and specialty foods over three days.',
      zh: '各国家馆在为期三天的市集上摆摊，提供葡萄酒、咖啡和特色食品试吃试饮。',
      ja: '3日間、センター内の各国パビリオンが屋台を出し、ワインやコーヒー、各国の特産品を試食・試飲できる。',
    },
    description: [
      {
        type: 'p',
        text: {
          en: 'Entry is free and goods are sold at stall prices. Alcohol tastings are for adults only.',
          zh: '免费入场，商品按摊位标价销售。酒类试饮仅限成年人。',
          ja: '入場無料。商品は各屋台の価格で販売。酒類の試飲は成人のみ。',
        },
      },
    ],
    startDay: 1,
    startTime: '10:00',
    endDay: 3,
    endTime: '20:00',
    eventStatus: 'scheduled',
    venue: 'belt-and-road-commodity-center',
    organizer: 'belt-and-road-commodity-center-co',
    isFree: true,
    reviewStatus: 'approved',
  },
  {
    slug: 'beicang-design-and-book-fair',
    category: 'market',
    title: { en: 'Beicang design and book fair', zh: '北仓设计与图书市集' },
    summary: {
      en: 'Independent publishers, illustrators and makers set up among the old textile-mill warehouses for three days.',
      zh: '独立出版人、插画师和手作人在老纺织厂仓库间摆摊三天。',
    },
    description: [
      {
        type: 'p',
        text: {
          en: 'Stalls open daily from 10:00 to 20:00. Short talks and drawing sessions take place in the Beicang Library; places are limited.',
          zh: '摊位每天10:00至20:00开放。北仓图书馆内另有小型分享会和绘画活动，名额有限。',
        },
      },
    ],
    startDay: 4,
    startTime: '10:00',
    endDay: 6,
    endTime: '20:00',
    eventStatus: 'scheduled',
    venue: 'beicang',
    isFree: true,
    reviewStatus: 'approved',
  },
  {
    slug: 'tongliang-dragon-dance-jiefangbei',
    category: 'performance',
    featured: true,
    title: {
      en: 'Tongliang Dragon Dance at Jiefangbei',
      zh: '铜梁龙舞·解放碑专场',
      ja: '銅梁の龍舞 解放碑公演',
    },
    summary: {
      en: 'Dancers from Tongliang bring their illuminated dragons, a national intangible cultural heritage, to the square in the city centre.',
      zh: '来自铜梁的舞龙队将国家级非物质文化遗产——铜梁龙舞带到解放碑广场。',
      ja: '国家級無形文化遺産である銅梁の龍舞を、銅梁の舞踊団が市中心部の広場で披露する。',
    },
    description: [
      {
        type: 'p',
        text: {
          en: 'Tongliang, a district west of the urban core, has made and danced dragons for generations, and its dragon dance was included in China’s first national list of intangible cultural heritage in 2006. The programme features several dragons performed to drums and gongs.',
          zh: '铜梁位于重庆主城以西，扎龙、舞龙的传统延续了一代又一代。2006年，铜梁龙舞入选第一批国家级非物质文化遗产名录。本场演出将有多条长龙在锣鼓声中腾跃。',
          ja: '重慶中心部の西にある銅梁では、代々龍を作り、舞ってきた。銅梁の龍舞は2006年、中国の第1次国家級無形文化遺産リストに登録された。今回は複数の龍が銅鑼と太鼓に合わせて舞う。',
        },
      },
      {
        type: 'p',
        text: {
          en: 'The square gets very crowded: arrive early and follow stewards’ instructions.',
          zh: '现场人流密集，请提前到场并听从工作人员引导。',
        },
      },
    ],
    startDay: 9,
    startTime: '19:00',
    endDay: 9,
    endTime: '20:30',
    eventStatus: 'scheduled',
    venue: 'jiefangbei',
    isFree: true,
    audience: { en: 'Families and visitors', zh: '市民游客', ja: 'ご家族連れ・観光客' },
    reviewStatus: 'approved',
  },
  {
    slug: 'sichuan-opera-evening',
    category: 'performance',
    title: {
      en: 'An evening of Sichuan Opera: face-changing and classic scenes',
      zh: '川剧之夜：变脸与经典折子戏',
      ja: '川劇の夕べ――変面と名場面',
    },
    summary: {
      en: 'Highlights from the Sichuan Opera repertoire, with face-changing, fire-spitting and gaoqiang singing, performed by the municipal company.',
      zh: '重庆市川剧院献演川剧经典片段，变脸、吐火、高腔一次看够。',
      ja: '重慶市川劇院が川劇の名場面を上演。変面、火吹き、高腔の歌唱を一度に楽しめる。',
    },
    description: [
      {
        type: 'p',
        text: {
          en: 'The programme is a sequence of short scenes, so it works well for first-time audiences. Surtitles may not be available in languages other than Chinese.',
          zh: '演出由多段折子戏组成，适合初次观看川剧的观众。字幕可能仅提供中文。',
          ja: '短い場面をつなぐ構成なので、初めての人にも見やすい。字幕は中国語のみの場合がある。',
        },
      },
    ],
    startDay: 12,
    startTime: '19:30',
    endDay: 12,
    endTime: '21:30',
    repeat: { frequency: 'weekly', untilDay: 61 },
    eventStatus: 'scheduled',
    organizer: 'chongqing-sichuan-opera-theatre',
    address: {
      en: 'Chongqing Sichuan Opera Theatre, Renhe, Liangjiang New Area',
      zh: '两江新区人和 重庆市川剧院',
      ja: '両江新区 人和 重慶市川劇院',
    },
    location: { lat: 29.627, lng: 106.542 },
    isFree: false,
    reviewStatus: 'approved',
  },
  {
    slug: 'yangtze-riverside-night-run',
    category: 'sport',
    title: { en: 'Nanbin Road riverside night run', zh: '南滨路滨江夜跑' },
    summary: {
      en: 'A community evening run along the south bank of the Yangtze. This event has been cancelled.',
      zh: '沿长江南岸举行的社区夜跑活动。本次活动已取消。',
    },
    description: [
      {
        type: 'p',
        text: {
          en: 'The organisers have cancelled this run. Registered participants will be contacted directly.',
          zh: '主办方已取消本次夜跑，已报名者将另行收到通知。',
        },
      },
    ],
    startDay: 16,
    startTime: '19:30',
    endDay: 16,
    endTime: '21:30',
    eventStatus: 'cancelled',
    address: { en: 'Nanbin Road, Nan’an District', zh: '南岸区南滨路' },
    location: { lat: 29.5495, lng: 106.5855 },
    isFree: true,
    reviewStatus: 'approved',
  },
  {
    slug: 'testbed2-makers-market',
    category: 'market',
    title: { en: 'Testbed2 makers’ market', zh: '二厂创意市集' },
    summary: {
      en: 'Handmade goods, plants, vintage finds and street food fill the lanes of the old printworks for a weekend.',
      zh: '手作、绿植、古着和街头小吃，在老印制厂的巷道里热闹一个周末。',
    },
    description: [
      {
        type: 'p',
        text: {
          en: 'The market spreads across several levels of the hillside park, so expect stairs. Stalls open from 11:00 to 21:00 on both days.',
          zh: '市集分布在依山而建的园区多个楼层，需上下台阶。两天均为11:00至21:00开放。',
        },
      },
    ],
    startDay: 17,
    startTime: '11:00',
    endDay: 18,
    endTime: '21:00',
    eventStatus: 'scheduled',
    venue: 'testbed2',
    isFree: true,
    reviewStatus: 'approved',
  },
  {
    slug: 'cqaos-open-afternoon',
    category: 'forum',
    title: {
      en: 'Power chips up close: CQAOS open afternoon and tech talk',
      zh: '走近功率芯片：万国半导体开放日暨技术讲座',
    },
    summary: {
      en: 'Engineers from CQAOS explain how power semiconductors are designed, made and tested, followed by a guided look at the visitor gallery.',
      zh: '万国半导体工程师讲解功率半导体的设计、制造与测试，随后参观企业展厅。',
    },
    description: [
      {
        type: 'p',
        text: {
          en: 'Aimed at university students and early-career engineers. Registration is required and places are limited; production areas are not open to visitors.',
          zh: '面向高校学生和青年工程师，需提前报名，名额有限；生产区域不对外开放。',
        },
      },
    ],
    startDay: 20,
    startTime: '14:00',
    endDay: 20,
    endTime: '17:00',
    eventStatus: 'scheduled',
    organizer: 'cqaos',
    address: {
      en: 'CQAOS, Shuitu High-tech Industrial Park, Liangjiang New Area',
      zh: '两江新区水土高新技术产业园 重庆万国半导体',
    },
    location: { lat: 29.756, lng: 106.498 },
    isFree: true,
    audience: {
      en: 'University students and early-career engineers',
      zh: '高校学生、青年工程师',
    },
    reviewStatus: 'pending',
    reviewNote:
      'Partner submission: registration link and visitor safety briefing still to be confirmed.',
  },
  {
    slug: 'sasseur-outlet-holiday-mega-sale',
    category: 'market',
    title: { en: 'Sasseur Outlet holiday mega sale', zh: '砂之船奥莱假日狂欢大促' },
    summary: {
      en: 'Extra discounts across the outlet for three days.',
      zh: '全场折上折，连续三天。',
    },
    description: [
      {
        type: 'p',
        text: {
          en: 'Store-wide extra discounts and member offers.',
          zh: '全场额外折扣及会员专享优惠。',
        },
      },
    ],
    startDay: 5,
    startTime: '10:00',
    endDay: 7,
    endTime: '22:00',
    eventStatus: 'scheduled',
    venue: 'sasseur-outlet-liangjiang',
    organizer: 'sasseur-outlet',
    isFree: true,
    reviewStatus: 'rejected',
    reviewNote:
      'Rejected: this is a store-wide sales promotion, not a public event. Listings need a programme open to the public (performances, exhibitions, workshops) and must not consist of discount claims. Please resubmit with programme details.',
  },
  {
    slug: 'china-singapore-financial-summit',
    category: 'forum',
    title: {
      en: 'China-Singapore Financial Summit',
      zh: '中新金融峰会',
      ja: '中国・シンガポール金融サミット',
    },
    summary: {
      en: 'Regulators, banks, investors and companies from China, Singapore and ASEAN meet in Chongqing to discuss cross-border finance under the CCI framework.',
      zh: '来自中国、新加坡及东盟的监管机构、银行、投资机构和企业齐聚重庆，围绕中新互联互通项目框架下的跨境金融展开交流。',
      ja: '中国、シンガポール、ASEANの規制当局、銀行、投資家、企業が重慶に集まり、中国・シンガポール連携（CCI）の枠組みでのクロスボーダー金融を議論する。',
    },
    description: [
      {
        type: 'p',
        text: {
          en: 'Held in Chongqing every year since 2019, the summit is one of the main platforms of the China-Singapore (Chongqing) Demonstration Initiative on Strategic Connectivity. Sessions usually cover cross-border financing, capital markets, green finance and fintech, and the summit is often the occasion for signing new financing agreements.',
          zh: '峰会自2019年起每年在重庆举办，是中新（重庆）战略性互联互通示范项目的重要平台。议题通常涵盖跨境融资、资本市场、绿色金融和金融科技，峰会期间往往还会集中签约一批融资项目。',
          ja: '2019年から毎年重慶で開かれ、中国・シンガポール（重慶）戦略的相互接続モデルプロジェクトの主要な場となっている。クロスボーダー融資、資本市場、グリーンファイナンス、フィンテックなどがテーマとなり、会期中には新たな融資案件の調印も行われることが多い。',
        },
      },
    ],
    startDay: 24,
    startTime: '09:00',
    endDay: 25,
    endTime: '17:30',
    eventStatus: 'scheduled',
    address: {
      en: 'Yuelai, Liangjiang New Area (venue to be confirmed)',
      zh: '两江新区悦来（具体场馆待定）',
      ja: '両江新区 悦来（会場は調整中）',
    },
    location: { lat: 29.723, lng: 106.567 },
    isFree: false,
    audience: {
      en: 'Registered delegates and invited guests',
      zh: '注册代表及受邀嘉宾',
      ja: '登録参加者および招待客',
    },
    reviewStatus: 'approved',
  },
  {
    slug: 'chongqing-day-singapore',
    category: 'festival',
    title: { en: 'Chongqing Day in Singapore', zh: '新加坡“重庆日”' },
    summary: {
      en: 'A day of Chongqing food, culture and business showcases for audiences in Singapore, the city’s partner in the CCI connectivity initiative.',
      zh: '在重庆的互联互通伙伴新加坡举办，集中展示重庆美食、文化和营商环境。',
    },
    description: [
      {
        type: 'p',
        text: {
          en: 'Chongqing Day events introduce the city abroad through performances, tastings and talks on trade and investment. This edition includes Sichuan Opera excerpts and a hotpot tasting.',
          zh: '“重庆日”通过演出、品鉴和经贸推介，向海外介绍重庆。本次活动安排了川剧片段展演和火锅品鉴。',
        },
      },
    ],
    startDay: 30,
    startTime: '10:00',
    endDay: 30,
    endTime: '20:00',
    eventStatus: 'scheduled',
    address: { en: 'Singapore (venue to be announced)', zh: '新加坡（具体场地待公布）' },
    location: { lat: 1.2903, lng: 103.852 },
    isFree: true,
    reviewStatus: 'approved',
  },
  {
    slug: 'smart-china-expo',
    category: 'expo',
    featured: true,
    title: {
      en: 'Smart China Expo',
      zh: '中国国际智能产业博览会（智博会）',
      ja: 'スマートチャイナ・エキスポ（中国国際スマート産業博覧会）',
    },
    summary: {
      en: 'Chongqing’s flagship technology fair, covering artificial intelligence, big data, smart manufacturing and connected vehicles.',
      zh: '重庆的旗舰科技展会，聚焦人工智能、大数据、智能制造和智能网联汽车。',
      ja: '人工知能、ビッグデータ、スマート製造、コネクテッドカーを扱う重慶を代表するテクノロジー見本市。',
    },
    description: [
      {
        type: 'p',
        text: {
          en: 'First held in 2018, the expo combines exhibition halls with forums and project signings. Districts and companies from across the city take part, alongside national and international exhibitors.',
          zh: '智博会创办于2018年，集展览、论坛和项目签约于一体。重庆各区县和企业与国内外参展商同台亮相。',
          ja: '2018年に始まり、展示、フォーラム、プロジェクト調印を組み合わせた催し。市内の各区や企業が国内外の出展者とともに参加する。',
        },
      },
      {
        type: 'p',
        text: {
          en: 'Public admission arrangements and ticketing are announced by the organisers before each edition.',
          zh: '公众入场安排和票务信息以主办方每届公布为准。',
        },
      },
    ],
    startDay: 45,
    startTime: '09:00',
    endDay: 48,
    endTime: '17:00',
    eventStatus: 'scheduled',
    venue: 'chongqing-international-expo-center',
    isFree: false,
    reviewStatus: 'approved',
  },
  {
    slug: 'chongqing-week-dusseldorf',
    category: 'festival',
    title: {
      en: 'Chongqing Week in Düsseldorf',
      zh: '杜塞尔多夫“重庆周”',
      de: 'Chongqing-Woche in Düsseldorf',
    },
    summary: {
      en: 'A week of exhibitions, performances and business meetings in Chongqing’s German sister city. Postponed: new dates will be announced.',
      zh: '在重庆的德国友好城市杜塞尔多夫举办的展览、演出和经贸交流周。活动已延期，新日期另行公布。',
      de: 'Eine Woche mit Ausstellungen, Aufführungen und Wirtschaftstreffen in Chongqings Partnerstadt Düsseldorf. Verschoben – neue Termine werden bekannt gegeben.',
    },
    description: [
      {
        type: 'p',
        text: {
          en: 'Chongqing Week brings the city’s culture, cuisine and investment opportunities to audiences abroad. The Düsseldorf edition has been postponed; tickets and registrations remain valid for the new dates.',
          zh: '“重庆周”向海外观众展示重庆的文化、美食和投资机遇。杜塞尔多夫站活动已延期，已购门票和报名信息在新日期继续有效。',
          de: 'Die Chongqing-Woche stellt Kultur, Küche und Investitionsmöglichkeiten der Stadt im Ausland vor. Die Ausgabe in Düsseldorf wurde verschoben; Anmeldungen bleiben für die neuen Termine gültig.',
        },
      },
    ],
    startDay: 60,
    endDay: 66,
    allDay: true,
    eventStatus: 'postponed',
    address: {
      en: 'Düsseldorf, Germany',
      zh: '德国杜塞尔多夫',
      de: 'Düsseldorf, Deutschland',
    },
    location: { lat: 51.2277, lng: 6.7735 },
    isFree: true,
    reviewStatus: 'approved',
  },
  {
    slug: 'perceive-chongqing-paris',
    category: 'exhibition',
    title: {
      en: 'Perceive Chongqing: the mountain city in pictures',
      zh: '“感知重庆”图片展',
      fr: 'Percevoir Chongqing : la ville-montagne en images',
    },
    summary: {
      en: 'A two-week photography exhibition in Paris on Chongqing’s rivers, bridges, old streets and new industries.',
      zh: '在巴黎举办的为期两周的图片展，展现重庆的江河、桥梁、老街与新兴产业。',
      fr: 'Deux semaines d’exposition photographique à Paris consacrées aux fleuves, aux ponts, aux vieilles rues et aux nouvelles industries de Chongqing.',
    },
    description: [
      {
        type: 'p',
        text: {
          en: 'Perceive Chongqing is a series of events abroad that introduces the city through images, films and encounters. This exhibition pairs classic views of the Yuzhong peninsula with scenes from renewed neighbourhoods and factories.',
          zh: '“感知重庆”是面向海外的系列推介活动，通过图片、影像和交流活动介绍重庆。本次展览将渝中半岛的经典景观与老街区、老厂房焕新后的场景并置呈现。',
          fr: 'Percevoir Chongqing est une série d’événements à l’étranger qui fait découvrir la ville par l’image, le film et la rencontre. L’exposition associe les vues classiques de la péninsule de Yuzhong à des scènes de quartiers et d’usines réhabilités.',
        },
      },
    ],
    startDay: 75,
    endDay: 89,
    allDay: true,
    eventStatus: 'scheduled',
    address: {
      en: 'Paris, France (venue to be announced)',
      zh: '法国巴黎（具体场地待公布）',
      fr: 'Paris, France (lieu à préciser)',
    },
    location: { lat: 48.8566, lng: 2.3522 },
    isFree: true,
    reviewStatus: 'approved',
  },
  {
    slug: 'western-china-international-fair',
    category: 'expo',
    title: {
      en: 'Western China International Fair for Investment and Trade',
      zh: '中国西部国际投资贸易洽谈会（西洽会）',
      ja: '中国西部国際投資貿易商談会',
    },
    summary: {
      en: 'A national-level fair for investment and trade across western China, with exhibition halls, forums and project signings.',
      zh: '面向中国西部地区的国家级投资贸易盛会，设展览、论坛和项目签约等活动。',
      ja: '中国西部の投資と貿易を促進する国家級の商談会。展示、フォーラム、プロジェクト調印が行われる。',
    },
    description: [
      {
        type: 'p',
        text: {
          en: 'The fair is one of western China’s main platforms for attracting investment and trade partners. Recent editions have included an international cooperation hall for countries along the Belt and Road, forums on the New International Land-Sea Trade Corridor and signing ceremonies for major projects.',
          zh: '西洽会是中国西部重要的招商引资和经贸合作平台。近几届设有面向共建“一带一路”国家的国际合作展馆，并举办西部陆海新通道相关论坛和重大项目签约仪式。',
          ja: '中国西部における投資誘致と経済協力の主要な場の一つ。近年は「一帯一路」沿線国向けの国際協力館が設けられ、陸海新ルートに関するフォーラムや大型プロジェクトの調印式も行われている。',
        },
      },
    ],
    startDay: 100,
    startTime: '09:00',
    endDay: 103,
    endTime: '17:00',
    eventStatus: 'scheduled',
    venue: 'chongqing-international-expo-center',
    isFree: false,
    reviewStatus: 'approved',
  },
  {
    slug: 'belt-and-road-international-skills-competition',
    category: 'competition',
    title: {
      en: 'Belt and Road International Skills Competition',
      zh: '“一带一路”国际技能大赛',
    },
    summary: {
      en: 'Young technicians from Belt and Road partner countries compete in trades from manufacturing to digital skills.',
      zh: '共建“一带一路”国家的青年技术人才同台竞技，项目涵盖制造业技能和数字技能等领域。',
    },
    description: [
      {
        type: 'p',
        text: {
          en: 'The competition is one of the international events Chongqing hosts to build exchange with partner countries, alongside the Smart China Expo and the China-Singapore Financial Summit. Spectator arrangements will be published by the organisers.',
          zh: '这项赛事与智博会、中新金融峰会一样，是重庆举办的国际交流活动之一。观赛安排将由主办方另行公布。',
        },
      },
    ],
    startDay: 130,
    startTime: '09:00',
    endDay: 133,
    endTime: '17:00',
    eventStatus: 'scheduled',
    address: { en: 'Chongqing (venues to be announced)', zh: '重庆（具体场馆待公布）' },
    isFree: true,
    audience: {
      en: 'Competitors nominated by participating countries; spectators where announced',
      zh: '参赛国家推荐的选手；观众以主办方公布安排为准',
    },
    reviewStatus: 'approved',
  },
  {
    slug: 'belt-and-road-land-sea-linkage-forum',
    category: 'forum',
    title: {
      en: 'Belt and Road Land-Sea Linkage Development Forum',
      zh: '“一带一路”陆海联动发展论坛',
    },
    summary: {
      en: 'Officials, logistics companies and port operators reviewed progress on the New International Land-Sea Trade Corridor.',
      zh: '政府部门、物流企业和港口运营方共同回顾西部陆海新通道的建设进展。',
    },
    description: [
      {
        type: 'p',
        text: {
          en: 'The forum discussed how to link the land-sea corridor with the China–Europe Railway Express and the Yangtze River, and how to bring more shippers in western China onto rail-sea services.',
          zh: '论坛围绕陆海新通道与中欧班列、长江黄金水道的衔接，以及如何吸引更多西部货主使用铁海联运等议题展开讨论。',
        },
      },
    ],
    startDay: -21,
    startTime: '09:00',
    endDay: -20,
    endTime: '17:00',
    eventStatus: 'scheduled',
    address: { en: 'Yuelai, Liangjiang New Area', zh: '两江新区悦来' },
    location: { lat: 29.723, lng: 106.567 },
    isFree: false,
    audience: { en: 'Registered delegates', zh: '注册代表' },
    reviewStatus: 'approved',
  },
  {
    slug: 'muguang-forest-family-nature-weekend',
    category: 'festival',
    title: { en: 'Family nature weekend in Muguang Forest', zh: '沐光森林亲子自然周末' },
    summary: {
      en: 'Guided plant walks and craft corners for children in The Ring’s indoor botanical garden.',
      zh: '在光环购物公园的室内植物园里，带孩子认识植物、动手做手工。',
    },
    description: [
      {
        type: 'p',
        text: {
          en: 'Short guided walks introduced the garden’s rainforest plants, while craft tables on the lower levels offered leaf prints and seed collages.',
          zh: '活动安排了植物导赏，介绍园内的雨林植物；低层设有手工区，可以制作叶片拓印和种子拼贴画。',
        },
      },
    ],
    startDay: -10,
    startTime: '10:00',
    endDay: -9,
    endTime: '18:00',
    eventStatus: 'scheduled',
    venue: 'the-ring-muguang-forest',
    organizer: 'the-ring',
    isFree: true,
    audience: { en: 'Families with children', zh: '亲子家庭' },
    reviewStatus: 'approved',
  },
]
