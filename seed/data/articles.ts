import type { SeedArticle } from './types'

export const articles: SeedArticle[] = [
  {
    slug: 'chongqing-international-metropolis-2021',
    category: 'economy',
    featured: true,
    publishedDaysAgo: 2,
    title: {
      en: 'Chips, trains and old factories: how Chongqing is building an international profile',
      zh: '芯片、班列与老厂房：重庆的国际化之路',
      ja: '半導体、国際列車、工場跡地――国際都市へ歩みを進める重慶',
      ko: '반도체와 화물열차, 옛 공장: 국제도시로 발돋움하는 충칭',
      fr: 'Puces, trains et friches industrielles : Chongqing affirme sa stature internationale',
      de: 'Chips, Züge und alte Fabriken: Wie sich Chongqing international profiliert',
      es: 'Chips, trenes y viejas fábricas: así construye Chongqing su proyección internacional',
      ru: 'Чипы, поезда и старые заводы: как Чунцин выходит на мировую арену',
      ar: 'رقائق وقطارات ومصانع قديمة: كيف تبني تشونغتشينغ حضورها الدولي',
    },
    excerpt: {
      en: 'Over the 2021 National Day holiday, factories, freight trains and shopping streets all kept running. The figures behind them, from laptop exports to rail-sea services, show how far the inland city has extended its links with the world.',
      zh: '2021年国庆假期，工厂、班列和商圈都没有停下脚步。从笔记本电脑出口到铁海联运班列，一组组数据勾勒出这座内陆城市联通世界的广度与深度。',
      ja: '2021年の国慶節休暇中も、工場も貨物列車も商店街も動き続けた。ノートPCの輸出から鉄道・海上一貫輸送まで、数字が示すのは内陸都市・重慶が世界とのつながりをどこまで広げたかだ。',
      ko: '2021년 국경절 연휴에도 공장과 화물열차, 상점가는 멈추지 않았다. 노트북 수출부터 철도·해운 복합운송 열차까지, 그 이면의 수치는 이 내륙 도시가 세계와의 연결을 얼마나 넓혀 왔는지 보여 준다.',
      fr: 'Pendant les congés de la fête nationale 2021, usines, trains de fret et rues commerçantes ont continué de tourner. Des exportations d’ordinateurs portables aux trains rail-mer, les chiffres montrent jusqu’où cette métropole de l’intérieur a étendu ses liens avec le monde.',
      de: 'Auch in der Feiertagswoche zum Nationalfeiertag 2021 standen Fabriken, Güterzüge und Einkaufsstraßen nicht still. Die Zahlen dahinter – von Laptop-Exporten bis zu Schiene-See-Verbindungen – zeigen, wie weit die Stadt im Landesinneren ihre Verbindungen in die Welt ausgebaut hat.',
      es: 'Durante las vacaciones del Día Nacional de 2021, fábricas, trenes de mercancías y calles comerciales siguieron en marcha. Las cifras que hay detrás, desde la exportación de portátiles hasta los servicios intermodales ferroviario-marítimos, muestran hasta dónde ha extendido esta ciudad del interior sus vínculos con el mundo.',
      ru: 'В праздничные дни Национального дня 2021 года не останавливались ни заводы, ни грузовые поезда, ни торговые улицы. Цифры — от экспорта ноутбуков до железнодорожно-морских перевозок — показывают, насколько этот город в глубине страны расширил свои связи с миром.',
      ar: 'خلال عطلة العيد الوطني لعام 2021 واصلت المصانع وقطارات الشحن وشوارع التسوق عملها دون توقف. وتكشف الأرقام، من صادرات الحواسيب المحمولة إلى خدمات النقل المشترك بالسكك الحديدية والبحر، إلى أي مدى وسّعت هذه المدينة الداخلية روابطها مع العالم.',
    },
    body: [
      {
        type: 'p',
        text: {
          en: 'While much of China took a break from 1 to 7 October 2021, the 12-inch production line at Chongqing Alpha and Omega Semiconductor (CQAOS) in Liangjiang New Area ran in three shifts. It turned out 300 wafers a day, and 12.5 million pieces went through testing.',
          zh: '2021年10月1日至7日，当许多人享受国庆假期时，位于两江新区的重庆万国半导体科技有限公司（CQAOS）12英寸生产线仍在三班倒运转，日产晶圆300片，并完成了1250万颗芯片的测试。',
          ja: '2021年10月1日から7日まで、多くの人が休暇を過ごすなか、両江新区にある重慶万国半導体科技（CQAOS）の12インチ生産ラインは3交代制で稼働を続けた。1日300枚のウエハーを生産し、1,250万個がテスト工程を通過した。',
        },
      },
      {
        type: 'p',
        text: {
          en: 'CQAOS was the first power-semiconductor company in Asia to combine 12-inch chip fabrication, packaging and testing at one site. With global chip supply tight, the plant was running at full capacity to ease the risk of shortages.',
          zh: '重庆万国半导体是亚洲首家集12英寸芯片制造、封装和测试于一体的功率半导体企业。在全球芯片供应偏紧的情况下，工厂满负荷生产，以缓解缺货风险。',
          ja: 'CQAOSは、12インチチップの製造・パッケージング・テストを一か所で行うアジア初のパワー半導体企業だ。世界的に半導体が不足するなか、工場はフル稼働で供給不足のリスク緩和に努めていた。',
        },
      },
      {
        type: 'h2',
        text: {
          en: 'A global base for laptops and tablets',
          zh: '全球重要的笔记本电脑与平板电脑生产基地',
          ja: 'ノートPCとタブレットの世界的な生産拠点',
        },
      },
      {
        type: 'p',
        text: {
          en: 'Electronics is one of Chongqing’s pillar industries, and years of clustering have made the city a major global production base for smart devices. Figures from Chongqing Customs for January to August 2021 show the scale.',
          zh: '电子信息产业是重庆的支柱产业。经过多年集聚发展，重庆已成为全球重要的智能终端生产基地。重庆海关发布的2021年1—8月数据显示了这一规模。',
          ja: '電子情報産業は重慶の基幹産業であり、長年の集積によって重慶はスマート端末の世界的な生産拠点となった。重慶税関が発表した2021年1～8月のデータがその規模を物語る。',
        },
      },
      {
        type: 'figures',
        items: [
          {
            value: 51.859,
            unit: { en: 'million', zh: '百万台', ja: '百万台' },
            label: { en: 'Laptops exported', zh: '笔记本电脑出口量', ja: 'ノートPC輸出台数' },
            change: 32.2,
          },
          {
            value: 36.3,
            unit: { en: '%', zh: '%', ja: '%' },
            label: {
              en: 'Share of China’s laptop exports',
              zh: '占全国笔记本电脑出口比重',
              ja: '全国のノートPC輸出に占める割合',
            },
          },
          {
            value: 7.068,
            unit: { en: 'million', zh: '百万台', ja: '百万台' },
            label: { en: 'Tablets exported', zh: '平板电脑出口量', ja: 'タブレット輸出台数' },
            change: 89.5,
          },
          {
            value: 21.64,
            unit: { en: 'billion yuan', zh: '十亿元', ja: '十億元' },
            label: { en: 'Integrated-circuit exports', zh: '集成电路出口额', ja: '集積回路輸出額' },
            change: 47.3,
          },
        ],
      },
      {
        type: 'p',
        text: {
          en: 'By volume, Chongqing exported more laptops than any other place in China over the period.',
          zh: '按出口数量计算，同期重庆笔记本电脑出口量居全国首位。',
          ja: '輸出台数で見ると、同期間の重慶のノートPC輸出は全国1位だった。',
        },
      },
      {
        type: 'h2',
        text: {
          en: 'Foreign investment keeps arriving',
          zh: '外资项目持续落地',
          ja: '相次ぐ外資の進出',
        },
      },
      {
        type: 'p',
        text: {
          en: 'New foreign-funded projects settled in the city during 2021, among them Corning’s Gorilla Glass furnace project, the Saint-Gobain Coshun high-tech materials project and the Sika Deco project for environmentally friendly building materials. In the first eight months of the year, 205 foreign-invested enterprises were set up in Chongqing, 28.9% more than a year earlier.',
          zh: '2021年，康宁大猩猩玻璃熔炉项目、圣戈班科顺高新材料项目、西卡德高新型环保建材项目等一批外资项目相继落户重庆。1—8月，重庆新设外商投资企业205家，同比增长28.9%。',
          ja: '2021年には、コーニングのゴリラガラス溶解炉プロジェクト、サンゴバン・コシュンの高機能素材プロジェクト、シーカ・デコの環境配慮型建材プロジェクトなどの外資案件が相次いで重慶に進出した。1～8月に新設された外資系企業は205社で、前年同期比28.9％増となった。',
        },
      },
      {
        type: 'p',
        text: {
          en: 'Policy has played its part. In recent years the city has introduced more than 120 support measures, which together have reduced costs for businesses by more than 100 billion yuan.',
          zh: '政策红利功不可没。近年来，重庆先后出台120余项政策措施，累计为企业减负超过1000亿元。',
        },
      },
      {
        type: 'figures',
        items: [
          {
            value: 205,
            unit: { en: 'enterprises', zh: '家' },
            label: {
              en: 'New foreign-invested enterprises, Jan–Aug 2021',
              zh: '2021年1—8月新设外商投资企业',
            },
            change: 28.9,
          },
          {
            value: 120,
            unit: { en: '+ measures', zh: '余项' },
            label: {
              en: 'Business support policies in recent years',
              zh: '近年出台的惠企政策措施',
            },
          },
        ],
      },
      {
        type: 'p',
        text: {
          en: 'Outside assessments point the same way. According to a consultative assessment by the World Bank, Chongqing scored above the world average on five indicators: starting a business, dealing with construction permits, registering property, enforcing contracts and resolving insolvency. A ranking by the Guangdong-Hong Kong-Macao Greater Bay Area Research Institute and the 21st Century Economic Research Institute placed it fifth among 296 Chinese cities, and the China Business Environment Report 2020 put it in the national top five with Beijing, Shanghai, Shenzhen and Guangzhou.',
          zh: '外部评价也印证了这一点。根据世界银行咨询评估结果，重庆在开办企业、办理建筑许可、登记财产、执行合同、办理破产五项指标上均超过全球平均水平。粤港澳大湾区研究院与21世纪经济研究院的排名中，重庆位列全国296个城市第五；《2020中国营商环境报告》也将重庆与北京、上海、深圳、广州一同列入全国前五。',
        },
      },
      {
        type: 'p',
        text: {
          en: 'The Jiangbeizui CBD, on the north bank where the Jialing joins the Yangtze, now has 4,443 registered enterprises and holds about a quarter of the municipality’s financial assets.',
          zh: '位于嘉陵江与长江交汇处北岸的江北嘴中央商务区，目前已有注册企业4443家，集聚了全市约四分之一的金融资产。',
        },
      },
      {
        type: 'h2',
        text: {
          en: 'Goods move faster',
          zh: '物流通道提速',
          ja: '加速する物流',
        },
      },
      {
        type: 'p',
        text: {
          en: 'From January to September 2021, Chongqing dispatched 1,493 rail-sea intermodal trains on the New International Land-Sea Trade Corridor, up 77% year on year and already more than the 1,297 services run in the whole of 2020. With Chongqing as its operations centre, the corridor reaches 308 ports in 106 countries and regions. Cargo ranges from Ukrainian corn and Brazilian pulp to Chongqing-made motorcycle parts and medicinal herbs from Gansu.',
          zh: '2021年1—9月，重庆经西部陆海新通道开行铁海联运班列1493列，同比增长77%，已超过2020年全年的1297列。以重庆为运营中心，这条通道已通达全球106个国家和地区的308个港口，货物既有乌克兰玉米、巴西纸浆，也有重庆造摩托车配件和甘肃中药材。',
          ja: '2021年1～9月、重慶は陸海新ルート（西部陸海新通道）で鉄道・海上一貫輸送列車を1,493本運行した。前年同期比77％増で、2020年通年の1,297本をすでに上回った。重慶を運営の中心とするこのルートは106の国・地域の308港に通じ、ウクライナ産トウモロコシやブラジル産パルプから重慶製オートバイ部品、甘粛省産の生薬まで運んでいる。',
        },
      },
      {
        type: 'figures',
        items: [
          {
            value: 1493,
            unit: { en: 'trains', zh: '列', ja: '本' },
            label: {
              en: 'Rail-sea intermodal trains, Jan–Sep 2021',
              zh: '2021年1—9月铁海联运班列',
              ja: '2021年1～9月の鉄道・海上一貫輸送列車',
            },
            change: 77,
          },
          {
            value: 1297,
            unit: { en: 'trains', zh: '列', ja: '本' },
            label: {
              en: 'Services in all of 2020',
              zh: '2020年全年开行量',
              ja: '2020年通年の運行本数',
            },
          },
          {
            value: 308,
            unit: { en: 'ports', zh: '个港口', ja: '港' },
            label: {
              en: 'Ports reached in 106 countries and regions',
              zh: '通达106个国家和地区的港口',
              ja: '106の国・地域で結ばれた港',
            },
          },
        ],
      },
      {
        type: 'p',
        text: {
          en: 'The corridor is one of four international logistics routes, facing north, east, south and west, that Chongqing has developed in recent years, turning an inland location from a handicap into an advantage. The next step is to make fuller use of the Yangtze River, long called the country’s golden waterway.',
          zh: '近年来，重庆构建起向北、向东、向南、向西四条国际物流大通道，把内陆腹地的区位劣势转化为开放优势。下一步，重庆将进一步发挥长江黄金水道的作用。',
        },
      },
      {
        type: 'p',
        text: {
          en: 'The city also uses large international gatherings to keep goods and ideas moving: the Smart China Expo, the Western China International Fair for Investment and Trade, the China-Singapore Financial Summit, the Belt and Road Land-Sea Linkage Development Forum and the Belt and Road International Skills Competition are set to remain regular fixtures.',
          zh: '重庆还借助一批大型国际展会和论坛促进互联互通：智博会、西洽会、中新金融峰会、“一带一路”陆海联动发展论坛和“一带一路”国际技能大赛等将继续在重庆举办。',
        },
      },
      {
        type: 'h2',
        text: {
          en: 'Capital crosses borders',
          zh: '跨境资金往来更活跃',
          ja: '国境を越える資金',
        },
      },
      {
        type: 'p',
        text: {
          en: 'Under the China-Singapore (Chongqing) Demonstration Initiative on Strategic Connectivity (CCI), 172 cross-border financing projects with a combined value of about US$15.77 billion had been signed by July 2021. The initiative has also launched five pioneering business pilots and brought in 14 landmark financial institutions, helping enterprises in ten western provinces and regions raise US$5.6 billion across borders.',
          zh: '在中新（重庆）战略性互联互通示范项目框架下，截至2021年7月，累计签约跨境融资项目172个，金额约157.7亿美元。项目还落地5项首创性业务试点，引进14家标志性金融机构，带动西部10个省区市企业实现跨境融资56亿美元。',
          ja: '中国・シンガポール（重慶）戦略的相互接続モデルプロジェクト（CCI）の枠組みの下、2021年7月までに計172件、約157億7,000万ドルのクロスボーダー融資案件が調印された。5つの先行的な業務試行や14の代表的な金融機関の誘致も実現し、西部10省・区の企業による56億ドルのクロスボーダー資金調達を後押しした。',
        },
      },
      {
        type: 'h2',
        text: {
          en: 'Shoppers, visitors and a wider audience',
          zh: '消费与人文交流',
          ja: '消費と国際交流',
        },
      },
      {
        type: 'p',
        text: {
          en: 'Chongqing is also building itself into an international consumption centre. Retail sales of consumer goods reached 917.48 billion yuan in the first eight months of 2021, up 25.4% and 7.3 percentage points above the national rate, according to the Chongqing Municipal Commission of Commerce. At the Belt and Road Commodity Exhibition and Trading Center, more than 30 national pavilions offer over 50,000 imported products, while Sasseur Outlet in Liangjiang drew over 100,000 shoppers in the first three days of the holiday.',
          zh: '重庆正加快建设国际消费中心城市。据重庆市商务委数据，2021年1—8月全市社会消费品零售总额9174.8亿元，同比增长25.4%，增速高于全国7.3个百分点。“一带一路”进出口商品集散中心汇集30多个国家馆、5万余种进口商品；砂之船（重庆两江）奥特莱斯在假期前三天接待顾客超10万人次。',
          ja: '重慶は国際消費センター都市づくりも進めている。重慶市商務委員会によると、2021年1～8月の社会消費財小売総額は9,174億8,000万元で前年同期比25.4％増、伸び率は全国平均を7.3ポイント上回った。「一帯一路」輸出入商品集散センターには30を超える国別パビリオンと5万点以上の輸入品が並び、両江のサシュール・アウトレットには休暇の最初の3日間で10万人超が訪れた。',
        },
      },
      {
        type: 'p',
        text: {
          en: 'On the cultural side, the city plans a European Chongqing Center and broader exchanges with Latin America, Southeast Asia, North America and Central and Eastern Europe. Tongliang dragon dance and Sichuan Opera will travel abroad under the banners of Chongqing Day, Chongqing Week and Perceive Chongqing.',
          zh: '在人文交流方面，重庆将建设欧洲重庆中心，拓展与拉美、东南亚、北美和中东欧的交流，并通过“重庆日”“重庆周”“感知重庆”等活动，让铜梁龙舞、川剧等优秀文化走向世界。',
        },
      },
      {
        type: 'p',
        text: {
          en: 'A representative of the municipal housing and urban-rural development commission summed up the approach: a city of mountains and rivers, with a skyline visitors like to call “8D”, should meet international standards while making the most of what sets it apart.',
          zh: '市住房城乡建设委相关负责人表示，重庆是一座山水之城，被称为“8D魔幻城市”，将对标国际标准，发挥比较优势，彰显自身特色。',
        },
      },
    ],
    tags: [
      'economy',
      'foreign-investment',
      'electronics',
      'land-sea-corridor',
      'cci',
      'consumption',
    ],
    related: {
      attractions: [
        'belt-and-road-commodity-center',
        'sasseur-outlet-liangjiang',
        'super-80-street',
      ],
      events: [
        'smart-china-expo',
        'western-china-international-fair',
        'china-singapore-financial-summit',
      ],
      businesses: ['cqaos', 'corning-gorilla-glass', 'saint-gobain-coshun', 'sika-deco'],
    },
  },
  {
    slug: 'urban-renewal-old-factories-new-life',
    category: 'city',
    featured: true,
    publishedDaysAgo: 5,
    title: {
      en: 'From printworks to steel mill: Chongqing’s old neighbourhoods find new uses',
      zh: '从印钞厂到钢铁厂：重庆老街区、老厂房焕发新生',
      ja: '印刷工場から製鉄所まで――生まれ変わる重慶の古い街と工場',
      ko: '인쇄 공장에서 제철소까지: 새 역할을 찾은 충칭의 옛 동네',
      fr: 'De l’imprimerie à l’aciérie : les vieux quartiers de Chongqing trouvent une seconde vie',
      de: 'Von der Druckerei zum Stahlwerk: Wie Chongqings alte Viertel neu genutzt werden',
      es: 'De la imprenta a la acería: los viejos barrios de Chongqing encuentran nuevos usos',
      ru: 'От типографии до сталелитейного завода: старые кварталы Чунцина обретают новую жизнь',
      ar: 'من المطبعة إلى مصنع الصلب: أحياء تشونغتشينغ القديمة تكتسب وظائف جديدة',
    },
    excerpt: {
      en: 'Chongqing launched 31 urban-renewal demonstration projects in 2021. Rather than clearing sites, many keep the old buildings, and the memories that come with them.',
      zh: '2021年，重庆启动31个城市更新试点示范项目。许多项目不搞大拆大建，而是留住老建筑，也留住城市记忆。',
      ja: '重慶は2021年、31の都市再生モデル事業に着手した。その多くは更地にせず、古い建物とそこに宿る記憶を残している。',
      ko: '충칭은 2021년 31개 도시재생 시범 사업에 착수했다. 상당수는 전면 철거 대신 옛 건물을, 그리고 그에 얽힌 기억을 남기는 쪽을 택했다.',
      fr: 'En 2021, Chongqing a lancé 31 projets pilotes de renouvellement urbain. Plutôt que de tout raser, beaucoup conservent les anciens bâtiments, et les souvenirs qui vont avec.',
      de: 'Im Jahr 2021 startete Chongqing 31 Modellprojekte zur Stadterneuerung. Statt Flächen abzuräumen, erhalten viele davon die alten Gebäude – und die Erinnerungen, die daran hängen.',
      es: 'En 2021 Chongqing puso en marcha 31 proyectos piloto de renovación urbana. En lugar de arrasar los solares, muchos conservan los edificios antiguos y los recuerdos que guardan.',
      ru: 'В 2021 году Чунцин запустил 31 пилотный проект городского обновления. Вместо того чтобы сносить всё подчистую, многие из них сохраняют старые здания — а вместе с ними и память о прошлом.',
      ar: 'أطلقت تشونغتشينغ 31 مشروعًا نموذجيًا للتجديد الحضري في عام 2021. وبدلًا من إزالة المواقع بالكامل، يحافظ كثير منها على المباني القديمة وما تحمله من ذكريات.',
    },
    body: [
      {
        type: 'p',
        text: {
          en: 'In 2021 Chongqing launched 31 urban-renewal demonstration projects in its central metropolitan area, covering old residential communities, former industrial zones and ageing business districts. Instead of large-scale demolition, many keep existing buildings and adapt them.',
          zh: '2021年，重庆在中心城区启动31个城市更新试点示范项目，涵盖老旧小区、老工业区和老商业街区。许多项目摒弃大拆大建，而是保留原有建筑并加以改造利用。',
          ja: '重慶は2021年、中心市街地で31の都市再生モデル事業を始めた。対象は古い住宅地、旧工業地区、老朽化した商業地区に及ぶ。多くは大規模な取り壊しを避け、既存の建物を生かして改修している。',
        },
      },
      {
        type: 'figures',
        items: [
          {
            value: 31,
            unit: { en: 'projects', zh: '个', ja: '件' },
            label: {
              en: 'Urban-renewal demonstration projects launched in 2021',
              zh: '2021年启动的城市更新试点示范项目',
              ja: '2021年に始まった都市再生モデル事業',
            },
          },
          {
            value: 2000,
            unit: { en: '+ communities', zh: '余个', ja: '以上' },
            label: {
              en: 'Old urban communities renovated since 2018 (as of October 2021)',
              zh: '2018年以来完成改造的城镇老旧小区（截至2021年10月）',
              ja: '2018年以降に改修された古い住宅地（2021年10月時点）',
            },
          },
        ],
      },
      {
        type: 'h2',
        text: { en: 'Super 80 Street', zh: '超级80街', ja: '超級80街' },
      },
      {
        type: 'p',
        text: {
          en: 'The Zhengjie community on Nanping Zhengjie in Nan’an District was a busy neighbourhood in the 1980s, but it later suffered from leaking pipes, blocked drains and too few toilets. Renovation fixed the basics and then dressed the main street in the props of a 1980s childhood: a green-painted train carriage, enamel mugs, book stalls and an open-air cinema. Over the 2021 National Day holiday it was one of the most photographed streets in the city.',
          zh: '南岸区南坪正街社区在上世纪80年代十分热闹，后来却饱受管道渗漏、下水不畅、厕所不足之苦。改造先补齐基础设施，再用绿皮火车、搪瓷杯、书报摊和露天电影把主街装扮成80后记忆中的模样。2021年国庆期间，这里成了全市最热门的拍照地之一。',
          ja: '南岸区南坪正街の正街コミュニティは1980年代ににぎわったが、やがて配管の水漏れや排水不良、トイレ不足に悩むようになった。改修ではまずインフラを整え、そのうえで緑色の客車、ホーロー製のマグカップ、本の露店、野外映画館といった80年代の子ども時代の風景でメインストリートを彩った。2021年の国慶節休暇には、市内で最も写真を撮られる通りの一つになった。',
        },
      },
      {
        type: 'h2',
        text: {
          en: 'Factories turned creative quarters',
          zh: '老厂房变身文创空间',
          ja: '工場からクリエイティブな街へ',
        },
      },
      {
        type: 'p',
        text: {
          en: 'In Yuzhong’s Eling neighbourhood, Testbed2 occupies a printworks that produced banknotes, tax stamps and other securities for the Central Bank of China in the 1940s and later became Chongqing No. 2 Printing Factory. Its brick workshops now hold cafés, studios and small venues, and it gained a national following after appearing in the 2016 film I Belonged to You.',
          zh: '渝中区鹅岭的“二厂”，前身是上世纪40年代民国中央银行的印钞厂，承印钞券、税票等有价证券，后来成为重庆印制第二厂。如今，红砖厂房里开满了咖啡馆、工作室和小剧场；2016年电影《从你的全世界路过》在此取景后，更是名声大噪。',
          ja: '渝中区鵝嶺の「二廠（Testbed2）」は、1940年代に中央銀行の紙幣や印紙などを刷っていた印刷工場で、のちに重慶印制第二廠となった。れんが造りの工場棟にはいまカフェやアトリエ、小劇場が入り、2016年の中国映画『I Belonged to You（从你的全世界路过）』のロケ地として全国に知られるようになった。',
        },
      },
      {
        type: 'p',
        text: {
          en: 'Near Guanyinqiao in Jiangbei, Beicang reuses warehouses built in the 1960s for the Jiangbei textile mill. Work began in 2015 and kept the brickwork, steel frames and old trees; about half of the space is given over to public uses such as the Beicang Library.',
          zh: '江北区观音桥附近的北仓，利用上世纪60年代江北纺织厂的仓库改造而成。2015年改造启动时保留了砖墙、钢架和老树，约一半空间用于北仓图书馆等公共文化功能。',
        },
      },
      {
        type: 'p',
        text: {
          en: 'In Dadukou, the Chongqing Industrial Museum opened in September 2019 on part of the former Chongqing Iron and Steel works, whose equipment was moved upriver from Hanyang in 1938. Its centrepiece is an 8,000-horsepower steam engine; the line it powered rolled the first heavy rail made in the People’s Republic in 1952.',
          zh: '大渡口区的重庆工业博物馆于2019年9月在原重钢部分厂区开馆，重钢的设备于1938年从汉阳溯江西迁而来。镇馆之宝是一台8000匹马力蒸汽原动机，1952年，它所在的生产线轧出了新中国第一根重轨。',
        },
      },
      {
        type: 'p',
        text: {
          en: 'Sites like these have also become filming locations for Chinese films, bringing old industrial Chongqing to a new audience.',
          zh: '这些老厂房还成为不少国产影片的取景地，让老工业重庆走进了更多观众的视野。',
        },
      },
      {
        type: 'h2',
        text: { en: 'Beyond the landmarks', zh: '不止于地标', ja: 'ランドマークの先へ' },
      },
      {
        type: 'p',
        text: {
          en: 'Most renewal work is less visible: new pipes and wiring, lifts and handrails on steep lanes, small public spaces and room for local businesses. The city describes the programme as a way to improve living conditions while making space for new industries and ways of doing business.',
          zh: '更多的更新发生在看不见的地方：更换管网线路，在陡坡小巷加装电梯和扶手，腾出小微公共空间，为本地小店留出经营场地。重庆表示，城市更新既要改善人居环境，也要为新经济、新产业、新业态腾出空间。',
        },
      },
    ],
    tags: ['urban-renewal', 'industrial-heritage', 'nan-an', 'yuzhong', 'dadukou', 'jiangbei'],
    related: {
      attractions: ['super-80-street', 'testbed2', 'beicang', 'chongqing-industrial-museum'],
      events: [
        'super-80-street-open-air-movie-nights',
        'testbed2-makers-market',
        'industrial-heritage-photo-exhibition',
      ],
    },
  },
  {
    slug: 'new-land-sea-corridor-1493-trains',
    category: 'economy',
    district: 'shapingba',
    publishedDaysAgo: 9,
    title: {
      en: '1,493 trains in nine months: the land-sea corridor picks up speed',
      zh: '九个月开行1493列：西部陆海新通道跑出加速度',
      ko: '9개월간 열차 1,493편: 속도 붙은 서부 육해 신통로',
      fr: '1493 trains en neuf mois : le corridor terre-mer accélère',
      de: '1493 Züge in neun Monaten: Der Land-See-Korridor nimmt Fahrt auf',
      es: '1493 trenes en nueve meses: el corredor terrestre-marítimo acelera',
      ru: '1493 поезда за девять месяцев: сухопутно-морской коридор набирает скорость',
      ar: '1493 قطارًا في تسعة أشهر: الممر البري البحري يكتسب زخمًا',
    },
    excerpt: {
      en: 'Rail-sea services from Chongqing rose 77% in the first three quarters of 2021, overtaking the total for all of 2020 before the National Day holiday.',
      zh: '2021年前三季度，重庆铁海联运班列开行量同比增长77%，国庆前就已超过2020年全年。',
      ko: '2021년 1~3분기 충칭발 철도·해운 복합운송 열차 운행은 77% 늘었고, 국경절 연휴가 오기도 전에 2020년 한 해 전체 실적을 넘어섰다.',
      fr: 'Les liaisons rail-mer au départ de Chongqing ont progressé de 77 % sur les trois premiers trimestres 2021, dépassant le total de toute l’année 2020 avant même les congés de la fête nationale.',
      de: 'Die Schiene-See-Verbindungen ab Chongqing legten in den ersten drei Quartalen 2021 um 77 % zu und übertrafen schon vor der Feiertagswoche zum Nationalfeiertag das Ergebnis des gesamten Jahres 2020.',
      es: 'Los servicios ferroviario-marítimos desde Chongqing crecieron un 77 % en los tres primeros trimestres de 2021 y superaron el total de todo 2020 antes incluso de las vacaciones del Día Nacional.',
      ru: 'За первые три квартала 2021 года число железнодорожно-морских поездов из Чунцина выросло на 77%, и ещё до праздников Национального дня оно превысило показатель за весь 2020 год.',
      ar: 'ارتفعت خدمات النقل المشترك بالسكك الحديدية والبحر من تشونغتشينغ بنسبة 77% في الأرباع الثلاثة الأولى من عام 2021، متجاوزةً إجمالي عام 2020 بأكمله قبل حلول عطلة العيد الوطني.',
    },
    body: [
      {
        type: 'p',
        text: {
          en: 'Chongqing dispatched 1,493 rail-sea intermodal trains on the New International Land-Sea Trade Corridor between January and September 2021, 77% more than in the same period a year earlier. The figure already exceeded the 1,297 services run in the whole of 2020.',
          zh: '2021年1—9月，重庆经西部陆海新通道开行铁海联运班列1493列，同比增长77%，已超过2020年全年的1297列。',
        },
      },
      {
        type: 'figures',
        items: [
          {
            value: 1493,
            unit: { en: 'trains', zh: '列' },
            label: { en: 'Rail-sea trains, Jan–Sep 2021', zh: '2021年1—9月铁海联运班列' },
            change: 77,
          },
          {
            value: 308,
            unit: { en: 'ports', zh: '个港口' },
            label: { en: 'Ports served', zh: '通达港口' },
          },
          {
            value: 106,
            unit: { en: 'countries and regions', zh: '个国家和地区' },
            label: { en: 'Reach of the corridor', zh: '通道辐射范围' },
          },
        ],
      },
      {
        type: 'h2',
        text: { en: 'How the route works', zh: '通道如何运转' },
      },
      {
        type: 'p',
        text: {
          en: 'Containers are assembled into trains at Chongqing’s rail hubs, such as the Tuanjiecun station in Shapingba, and run south to the Beibu Gulf ports in Guangxi, where they are loaded onto ships. With Chongqing as its operations centre, the corridor now connects with 308 ports in 106 countries and regions.',
          zh: '集装箱在沙坪坝团结村等重庆铁路枢纽集结成列，南下至广西北部湾港口换装海运。以重庆为运营中心，这条通道已连接106个国家和地区的308个港口。',
        },
      },
      {
        type: 'p',
        text: {
          en: 'The cargo list is varied: corn from Ukraine, pulp from Brazil, motorcycle parts from Chongqing and Chinese medicinal herbs from Gansu.',
          zh: '货物种类丰富多样：乌克兰的玉米、巴西的纸浆、重庆的摩托车配件、甘肃的中药材……',
        },
      },
      {
        type: 'h2',
        text: { en: 'Four directions from an inland hub', zh: '内陆枢纽四向联通' },
      },
      {
        type: 'p',
        text: {
          en: 'The land-sea corridor is the southbound link in a set of four international logistics channels. The China–Europe Railway Express runs west, the Yangtze River and rail-sea services to the east coast run east, and the Chongqing–Manzhouli–Russia rail route runs north. Together they have helped turn the city’s distance from the sea into a hub position.',
          zh: '西部陆海新通道是重庆四向国际物流大通道中向南的一条：向西有中欧班列，向东有长江黄金水道和通往东部沿海的铁海联运，向北有渝满俄班列。四向通道让重庆化区位劣势为枢纽优势。',
        },
      },
      {
        type: 'p',
        text: {
          en: 'The next step, the city says, is to make fuller use of the Yangtze River, the golden waterway that links Chongqing with the cities of the middle and lower reaches.',
          zh: '重庆表示，下一步将更充分地发挥连接长江中下游城市的长江黄金水道的作用。',
        },
      },
    ],
    tags: ['land-sea-corridor', 'logistics', 'rail', 'trade'],
    related: {
      events: ['belt-and-road-land-sea-linkage-forum', 'western-china-international-fair'],
      businesses: ['chongqing-international-logistics-hub', 'hp-chongqing'],
    },
  },
  {
    slug: 'international-consumption-centre-holiday-shopping',
    category: 'business',
    featured: true,
    publishedDaysAgo: 4,
    title: {
      en: 'Imported wine, an indoor forest and outlet bargains: Chongqing’s holiday shoppers',
      zh: '进口红酒、室内森林与奥莱折扣：重庆假日消费观察',
      ja: '輸入ワイン、屋内の森、アウトレット――重慶の休日消費',
      ko: '수입 와인, 실내 숲, 아웃렛 할인: 충칭의 연휴 쇼핑 풍경',
      fr: 'Vins importés, forêt intérieure et magasins d’usine : le shopping des congés à Chongqing',
      de: 'Importwein, ein Wald im Einkaufszentrum und Outlet-Schnäppchen: Chongqing beim Feiertagsshopping',
      es: 'Vino importado, un bosque bajo techo y gangas de outlet: así compra Chongqing en vacaciones',
      ru: 'Импортное вино, лес под крышей и скидки в аутлете: как Чунцин делает покупки в праздники',
      ar: 'نبيذ مستورد وغابة داخلية وتخفيضات متاجر الأوتلت: هكذا يتسوّق سكان تشونغتشينغ في العطلة',
    },
    excerpt: {
      en: 'Retail sales in Chongqing grew 25.4% in the first eight months of 2021. Three very different places show what an international consumption centre looks like on the ground.',
      zh: '2021年1—8月，重庆社会消费品零售总额增长25.4%。三个风格迥异的消费场所，展现了国际消费中心城市的真实模样。',
      ja: '2021年1～8月、重慶の小売売上高は25.4％伸びた。性格の異なる3つの場所から、国際消費センター都市の実像が見えてくる。',
      ko: '2021년 1~8월 충칭의 소매판매액은 25.4% 증가했다. 성격이 전혀 다른 세 곳을 통해 국제소비중심도시의 실제 모습을 들여다본다.',
      fr: 'Les ventes au détail ont progressé de 25,4 % à Chongqing sur les huit premiers mois de 2021. Trois lieux très différents montrent à quoi ressemble, sur le terrain, un centre international de la consommation.',
      de: 'Der Einzelhandelsumsatz in Chongqing stieg in den ersten acht Monaten 2021 um 25,4 %. Drei sehr unterschiedliche Orte zeigen, wie ein internationales Konsumzentrum im Alltag aussieht.',
      es: 'Las ventas minoristas de Chongqing crecieron un 25,4 % en los ocho primeros meses de 2021. Tres lugares muy distintos muestran cómo es, sobre el terreno, un centro internacional de consumo.',
      ru: 'За первые восемь месяцев 2021 года розничные продажи в Чунцине выросли на 25,4%. Три совершенно разных места показывают, как на деле выглядит международный центр потребления.',
      ar: 'نمت مبيعات التجزئة في تشونغتشينغ بنسبة 25.4% في الأشهر الثمانية الأولى من عام 2021. وتكشف ثلاثة أماكن مختلفة تمامًا كيف يبدو مركز الاستهلاك الدولي على أرض الواقع.',
    },
    body: [
      {
        type: 'p',
        text: {
          en: 'Retail sales of consumer goods in Chongqing reached 917.48 billion yuan from January to August 2021, according to the Chongqing Municipal Commission of Commerce. That was 25.4% more than a year earlier and 7.3 percentage points above the national rate.',
          zh: '据重庆市商务委数据，2021年1—8月，重庆社会消费品零售总额达9174.8亿元，同比增长25.4%，增速比全国高7.3个百分点。',
          ja: '重慶市商務委員会によると、2021年1～8月の重慶の社会消費財小売総額は9,174億8,000万元に達した。前年同期比25.4％増で、伸び率は全国を7.3ポイント上回った。',
        },
      },
      {
        type: 'figures',
        items: [
          {
            value: 917.48,
            unit: { en: 'billion yuan', zh: '十亿元', ja: '十億元' },
            label: {
              en: 'Retail sales of consumer goods, Jan–Aug 2021',
              zh: '2021年1—8月社会消费品零售总额',
              ja: '2021年1～8月の社会消費財小売総額',
            },
            change: 25.4,
          },
          {
            value: 7.3,
            unit: { en: 'percentage points', zh: '个百分点', ja: 'ポイント' },
            label: {
              en: 'Growth above the national rate',
              zh: '增速高于全国',
              ja: '全国平均を上回った伸び幅',
            },
          },
        ],
      },
      {
        type: 'h2',
        text: {
          en: 'A world of goods in one building',
          zh: '一座楼里的“世界商品”',
          ja: '一つの建物に世界の商品',
        },
      },
      {
        type: 'p',
        text: {
          en: 'The Belt and Road Commodity Exhibition and Trading Center gathers more than 30 national pavilions, including those of South Korea, Romania, the Philippines and France, with over 50,000 specialty products. On 3 October 2021, a visitor from Guizhou who came for imported red wine said the range was wide and prices fair: the cheapest bottles cost a few dozen yuan, and even the most expensive were only a few hundred after discounts.',
          zh: '“一带一路”进出口商品集散中心汇集了韩国、罗马尼亚、菲律宾、法国等30多个国家馆，展销5万余种特色商品。2021年10月3日，一位专程从贵州来买进口红酒的游客说，这里品牌多、价格实在，最便宜的几十元，最贵的打折后也就几百元。',
          ja: '「一帯一路」輸出入商品集散センターには、韓国、ルーマニア、フィリピン、フランスなど30を超える国別パビリオンが集まり、5万点以上の特産品が並ぶ。2021年10月3日、輸入赤ワインを買いに貴州から訪れた客は、銘柄が豊富で値段も手頃だと話した。安いものは数十元、高いものでも割引後は数百元程度だという。',
        },
      },
      {
        type: 'h2',
        text: {
          en: 'A rainforest inside a mall',
          zh: '商场里的雨林',
          ja: 'モールの中の熱帯雨林',
        },
      },
      {
        type: 'p',
        text: {
          en: 'Hongkong Land opened The Ring in Liangjiang New Area in April 2021. Its centrepiece, Muguang Forest, is an indoor botanical garden 42 metres tall with a 24-metre waterfall, and it quickly became a stop for foreign as well as domestic visitors.',
          zh: '2021年4月，香港置地在两江新区开设光环购物公园。商场核心的沐光森林是一座高42米的室内植物园，内有24米高的瀑布，开业后迅速吸引了大批国内外游客。',
          ja: '香港置地は2021年4月、両江新区にザ・リング（光環購物公園）を開業した。中心にある沐光森林は高さ42メートルの屋内植物園で、24メートルの滝を備え、国内外の観光客がすぐに訪れるスポットとなった。',
        },
      },
      {
        type: 'h2',
        text: { en: 'Outlet crowds', zh: '奥莱人气', ja: 'にぎわうアウトレット' },
      },
      {
        type: 'p',
        text: {
          en: 'At Sasseur Outlet (Chongqing Liangjiang), which gathers well-known Chinese and international brands, more than 100,000 shoppers came through the doors in the first three days of the holiday, spending nearly 25 million yuan.',
          zh: '汇集国内外知名品牌的砂之船（重庆两江）奥特莱斯，国庆假期前三天客流超过10万人次，销售额近2500万元。',
          ja: '国内外の有名ブランドが集まるサシュール・アウトレット（重慶両江）では、休暇の最初の3日間に10万人以上が来店し、売上高は2,500万元近くに達した。',
        },
      },
      {
        type: 'p',
        text: {
          en: 'Together, these places show how foreign brands, goods and visitors are becoming part of everyday shopping in Chongqing as it works to become an international consumption centre.',
          zh: '这些消费场景表明，随着国际消费中心城市建设提速，境外品牌、商品和游客正日益融入重庆的日常消费。',
        },
      },
    ],
    tags: ['consumption', 'retail', 'shopping', 'liangjiang'],
    related: {
      attractions: [
        'belt-and-road-commodity-center',
        'the-ring-muguang-forest',
        'sasseur-outlet-liangjiang',
      ],
      events: [
        'belt-and-road-imported-food-and-wine-market',
        'muguang-forest-family-nature-weekend',
      ],
      businesses: ['belt-and-road-commodity-center-co', 'the-ring', 'sasseur-outlet'],
    },
  },
  {
    slug: 'chongqing-day-week-perceive-chongqing',
    category: 'culture',
    publishedDaysAgo: 14,
    title: {
      en: 'Chongqing Day, Chongqing Week, Perceive Chongqing: taking the city abroad',
      zh: '“重庆日”“重庆周”“感知重庆”：让世界更懂重庆',
      ko: '‘충칭의 날’·‘충칭 주간’·‘충칭을 느끼다’: 세계로 향하는 충칭',
      fr: 'Journée de Chongqing, Semaine de Chongqing, Percevoir Chongqing : la ville à la rencontre du monde',
      de: 'Chongqing-Tag, Chongqing-Woche, „Chongqing erleben“: Die Stadt stellt sich der Welt vor',
      es: 'Día de Chongqing, Semana de Chongqing, Sentir Chongqing: la ciudad sale al mundo',
      ru: '«День Чунцина», «Неделя Чунцина», «Почувствуй Чунцин»: город выходит в мир',
      ar: '«يوم تشونغتشينغ» و«أسبوع تشونغتشينغ» و«تعرّف إلى تشونغتشينغ»: المدينة تنطلق إلى العالم',
    },
    excerpt: {
      en: 'Dragon dancers, opera performers and photographers are part of Chongqing’s plan to become an international exchange centre for western China.',
      zh: '舞龙人、川剧演员和摄影师，都是重庆建设西部国际交往中心的“使者”。',
      ko: '용춤 공연단과 천극 배우, 사진작가들이 중국 서부의 국제 교류 중심지로 거듭나려는 충칭의 구상에 힘을 보태고 있다.',
      fr: 'Danseurs du dragon, artistes d’opéra et photographes participent à l’ambition de Chongqing de devenir un centre d’échanges internationaux pour l’ouest de la Chine.',
      de: 'Drachentänzer, Opernkünstler und Fotografen: Sie alle gehören zu Chongqings Plan, das internationale Austauschzentrum Westchinas zu werden.',
      es: 'Bailarines de la danza del dragón, intérpretes de ópera y fotógrafos forman parte del plan de Chongqing para convertirse en un centro de intercambio internacional del oeste de China.',
      ru: 'Исполнители танца дракона, артисты оперы и фотографы — часть плана Чунцина стать центром международных обменов на западе Китая.',
      ar: 'راقصو رقصة التنين وفنانو الأوبرا والمصورون جزء من خطة تشونغتشينغ لتصبح مركزًا للتبادل الدولي في غرب الصين.',
    },
    body: [
      {
        type: 'p',
        text: {
          en: 'Alongside trade and investment, Chongqing is putting effort into how it is seen abroad. Its plans include a European Chongqing Center, a wider network of exchange platforms reaching Latin America, Southeast Asia, North America and Central and Eastern Europe, and a pilot zone for Chinese-foreign cultural and educational exchange.',
          zh: '在经贸合作之外，重庆也在着力提升国际传播力。相关规划包括建设欧洲重庆中心，搭建面向拉美、东南亚、北美和中东欧的多元交流平台，以及打造高水平中外人文交流和教育试验区。',
        },
      },
      {
        type: 'h2',
        text: { en: 'Culture on tour', zh: '走出去的文化名片' },
      },
      {
        type: 'p',
        text: {
          en: 'Two art forms lead the programme. Tongliang dragon dance, from a district west of the city centre, was named national intangible cultural heritage in 2006. Sichuan Opera, with its face-changing and fire-spitting, is one of the best-known regional operas in China.',
          zh: '两张文化名片领衔出海：来自重庆西部铜梁区的铜梁龙舞，2006年入选首批国家级非物质文化遗产；以变脸、吐火闻名的川剧，则是中国最具知名度的地方戏曲之一。',
        },
      },
      {
        type: 'p',
        text: {
          en: 'They travel under three banners, Chongqing Day, Chongqing Week and Perceive Chongqing, which bring performances, exhibitions, food and business presentations to audiences abroad.',
          zh: '这些文化活动借助“重庆日”“重庆周”“感知重庆”三个品牌走向海外，以演出、展览、美食和经贸推介等形式与海外观众见面。',
        },
      },
      {
        type: 'h2',
        text: { en: 'At home, too', zh: '在家门口也能看' },
      },
      {
        type: 'p',
        text: {
          en: 'Visitors do not need to travel to see the same art forms. Sichuan Opera is performed regularly in the city, and Tongliang dragon teams appear at festivals in the centre; check the events calendar for upcoming dates.',
          zh: '不出国门也能欣赏这些艺术：川剧在重庆定期上演，铜梁龙舞也常在主城节庆活动中亮相。具体日期请查看本站活动日历。',
        },
      },
    ],
    tags: ['culture', 'international-exchange', 'sichuan-opera', 'dragon-dance'],
    related: {
      events: [
        'chongqing-day-singapore',
        'chongqing-week-dusseldorf',
        'perceive-chongqing-paris',
        'tongliang-dragon-dance-jiefangbei',
        'sichuan-opera-evening',
      ],
      businesses: ['chongqing-sichuan-opera-theatre'],
    },
  },
  {
    slug: 'first-time-in-chongqing-8d-city',
    category: 'travel',
    district: 'yuzhong',
    publishedDaysAgo: 1,
    title: {
      en: 'First time in Chongqing? Six ways to read the “8D” city',
      zh: '初到重庆？读懂“8D魔幻城市”的六种方式',
      ja: '初めての重慶へ――“8D都市”を楽しむ6つの方法',
      ko: '충칭이 처음이라면? ‘8D 도시’를 즐기는 여섯 가지 방법',
      fr: 'Première fois à Chongqing ? Six façons de comprendre la ville « 8D »',
      de: 'Zum ersten Mal in Chongqing? Sechs Wege, die „8D-Stadt“ zu verstehen',
      es: '¿Primera vez en Chongqing? Seis claves para entender la ciudad «8D»',
      ru: 'Впервые в Чунцине? Шесть способов понять «город 8D»',
      ar: 'أول زيارة إلى تشونغتشينغ؟ ست طرق لفهم مدينة «8D»',
    },
    excerpt: {
      en: 'Trains through buildings, a cable car over the Yangtze and streets stacked on cliffs: a short route through the sights that explain the city’s nickname.',
      zh: '轻轨穿楼、索道过江、街巷叠在崖壁上——沿着这条路线，读懂重庆“8D魔幻”的由来。',
      ja: 'ビルを貫くモノレール、長江を渡るロープウェイ、崖に積み重なる街並み。重慶が“8D都市”と呼ばれる理由がわかるコースを紹介する。',
      ko: '건물을 통과하는 모노레일, 창장을 건너는 케이블카, 절벽 위에 겹겹이 쌓인 거리. 충칭이 왜 ‘8D 도시’로 불리는지 알 수 있는 코스를 소개한다.',
      fr: 'Des trains qui traversent des immeubles, un téléphérique au-dessus du Yangtsé, des rues empilées à flanc de falaise : un court itinéraire à travers les sites qui expliquent le surnom de la ville.',
      de: 'Züge, die durch Häuser fahren, eine Seilbahn über den Jangtse und Straßen, die sich an Felswänden stapeln: ein kurzer Rundgang zu den Orten, die den Spitznamen der Stadt erklären.',
      es: 'Trenes que atraviesan edificios, un teleférico sobre el Yangtsé y calles apiladas en los acantilados: una breve ruta por los lugares que explican el apodo de la ciudad.',
      ru: 'Поезда, проезжающие сквозь здания, канатная дорога над Янцзы и улицы, громоздящиеся на скалах: короткий маршрут по местам, которые объясняют прозвище города.',
      ar: 'قطارات تخترق المباني، وتلفريك فوق نهر اليانغتسي، وشوارع متراكبة على المنحدرات الصخرية: جولة قصيرة بين المعالم التي تفسّر لقب المدينة.',
    },
    body: [
      {
        type: 'p',
        text: {
          en: 'Built on hills where two rivers meet, Chongqing stacks roads, railways and homes on top of each other, so that the ground floor on one street can be the tenth floor on another. These six stops, most of them within the Yuzhong peninsula, are a good introduction.',
          zh: '重庆依山而建、两江环抱，道路、轨道和房屋层层叠叠，这条街的一楼，可能是另一条街的十楼。以下六个地方大多位于渝中半岛，是认识这座城市的好起点。',
          ja: '二つの川が合流する丘陵に築かれた重慶では、道路も鉄道も住宅も幾重にも積み重なり、ある通りの1階が別の通りでは10階になることもある。ここで紹介する6か所の多くは渝中半島にあり、街を知る入り口にぴったりだ。',
        },
      },
      {
        type: 'h2',
        text: {
          en: '1. Liziba: the train through the building',
          zh: '1. 李子坝：穿楼而过的轻轨',
          ja: '1. 李子壩：ビルを貫くモノレール',
        },
      },
      {
        type: 'p',
        text: {
          en: 'Line 2’s Liziba station sits on floors six to eight of a residential tower. Watch from the free platform below as trains slide in and out of the building.',
          zh: '2号线李子坝站设在一栋居民楼的6至8层。站在楼下的免费观景平台，就能看到列车从楼中进出。',
          ja: '2号線の李子壩駅は住宅ビルの6～8階にある。下の無料展望台から、列車がビルに出入りする様子を眺めよう。',
        },
      },
      {
        type: 'h2',
        text: {
          en: '2. Across the Yangtze by cableway',
          zh: '2. 坐索道飞越长江',
          ja: '2. ロープウェイで長江を渡る',
        },
      },
      {
        type: 'p',
        text: {
          en: 'The Yangtze River Cableway has carried commuters between Yuzhong and Nan’an since 1987. The ride takes only a few minutes, but queues can be long; go early in the day.',
          zh: '长江索道自1987年起就承担着渝中与南岸之间的通勤任务。单程只需几分钟，但排队时间可能较长，建议早些前往。',
          ja: '長江ロープウェイは1987年から渝中区と南岸区を結ぶ通勤の足だ。乗車は数分だが行列が長くなりがちなので、早い時間がおすすめ。',
        },
      },
      {
        type: 'h2',
        text: {
          en: '3. Hongyadong after dark',
          zh: '3. 夜游洪崖洞',
          ja: '3. 夜の洪崖洞',
        },
      },
      {
        type: 'p',
        text: {
          en: 'Stilt-house style buildings climb the cliff above the Jialing River. Come at dusk, then cross to the far bank for the full view of the lights.',
          zh: '吊脚楼式建筑沿嘉陵江畔崖壁层层攀升。傍晚时分前来，再到对岸欣赏灯火全景。',
          ja: '吊脚楼風の建物が嘉陵江沿いの崖を上っていく。夕暮れに訪れ、対岸に渡って夜景の全体を眺めたい。',
        },
      },
      {
        type: 'h2',
        text: {
          en: '4. Jiefangbei and the pedestrian centre',
          zh: '4. 解放碑步行街',
          ja: '4. 解放碑と歩行者天国',
        },
      },
      {
        type: 'p',
        text: {
          en: 'The monument, completed in 1947, marks the centre of the city’s main shopping district and is an easy starting point for walks downhill to the rivers.',
          zh: '建成于1947年的解放碑是重庆核心商圈的中心，从这里步行下坡即可前往江边。',
        },
      },
      {
        type: 'h2',
        text: {
          en: '5. Ciqikou old town',
          zh: '5. 磁器口古镇',
          ja: '5. 磁器口古鎮',
        },
      },
      {
        type: 'p',
        text: {
          en: 'A former porcelain wharf on the Jialing River, now full of teahouses and snack stalls. Take Line 1 and arrive early on weekends.',
          zh: '嘉陵江畔的老瓷器码头，如今茶馆和小吃摊林立。可乘轨道交通1号线前往，周末建议早到。',
        },
      },
      {
        type: 'h2',
        text: {
          en: '6. Raffles City at the confluence',
          zh: '6. 两江交汇处的来福士',
          ja: '6. 二つの川が出合う来福士',
        },
      },
      {
        type: 'p',
        text: {
          en: 'At Chaotianmen, the tip of the peninsula, the towers of Raffles City are joined by The Crystal, a skybridge about 300 metres long. The square below looks straight over the meeting of the Jialing and the Yangtze.',
          zh: '在半岛尖端的朝天门，来福士的塔楼由长约300米的“水晶连廊”相连，楼下广场正对嘉陵江与长江交汇处。',
        },
      },
      {
        type: 'quote',
        text: {
          en: 'Travel a thousand li, embrace the vastness.',
          zh: '行千里，致广大。',
          ja: '千里を行き、広大に至る。',
        },
        cite: {
          en: 'Chongqing’s city tourism slogan',
          zh: '重庆城市旅游形象口号',
          ja: '重慶の観光スローガン',
        },
      },
    ],
    tags: ['travel', 'first-visit', 'yuzhong', 'monorail', 'night-views'],
    related: {
      attractions: [
        'liziba-station',
        'yangtze-river-cableway',
        'hongyadong',
        'jiefangbei',
        'ciqikou',
        'raffles-city-chongqing',
      ],
      events: ['tongliang-dragon-dance-jiefangbei'],
    },
  },
  {
    slug: 'cci-cross-border-financing',
    category: 'economy',
    district: 'jiangbei',
    publishedDaysAgo: 20,
    title: {
      en: '172 deals and US$15.77 billion: cross-border finance under the China–Singapore initiative',
      zh: '172个项目、约157.7亿美元：中新互联互通项目下的跨境融资',
      ko: '172건, 157억7000만 달러: 중국-싱가포르 협력 사업이 연 국경 간 금융',
      fr: '172 accords et 15,77 milliards de dollars : la finance transfrontalière de l’initiative Chine-Singapour',
      de: '172 Abschlüsse und 15,77 Milliarden US-Dollar: grenzüberschreitende Finanzierung im Rahmen der Initiative China–Singapur',
      es: '172 acuerdos y 15.770 millones de dólares: la financiación transfronteriza de la iniciativa China-Singapur',
      ru: '172 сделки и 15,77 млрд долларов: трансграничное финансирование в рамках китайско-сингапурской инициативы',
      ar: '172 صفقة و15.77 مليار دولار: التمويل العابر للحدود في إطار المبادرة الصينية السنغافورية',
    },
    excerpt: {
      en: 'Launched in 2015, the China-Singapore (Chongqing) connectivity initiative has become a main channel for companies in western China to raise money abroad.',
      zh: '2015年启动的中新（重庆）战略性互联互通示范项目，已成为中国西部企业境外融资的重要渠道。',
      ko: '2015년 출범한 중국-싱가포르(충칭) 상호연결 시범사업은 중국 서부 기업들이 해외에서 자금을 조달하는 주요 통로로 자리 잡았다.',
      fr: 'Lancée en 2015, l’initiative de connectivité Chine-Singapour (Chongqing) est devenue l’un des principaux canaux par lesquels les entreprises de l’ouest de la Chine lèvent des fonds à l’étranger.',
      de: 'Die 2015 gestartete Konnektivitätsinitiative China–Singapur (Chongqing) ist zu einem wichtigen Kanal geworden, über den Unternehmen aus Westchina im Ausland Kapital aufnehmen.',
      es: 'Puesta en marcha en 2015, la iniciativa de conectividad China-Singapur (Chongqing) se ha convertido en una de las principales vías por las que las empresas del oeste de China obtienen financiación en el extranjero.',
      ru: 'Китайско-сингапурская инициатива по взаимосвязанности (Чунцин), запущенная в 2015 году, стала одним из главных каналов, через которые компании западного Китая привлекают средства за рубежом.',
      ar: 'أصبحت مبادرة الترابط بين الصين وسنغافورة (تشونغتشينغ)، التي أُطلقت عام 2015، قناةً رئيسية تجمع عبرها شركات غرب الصين الأموال من الخارج.',
    },
    body: [
      {
        type: 'p',
        text: {
          en: 'The China-Singapore (Chongqing) Demonstration Initiative on Strategic Connectivity (CCI) was launched in November 2015 as the third government-to-government project between the two countries, after the Suzhou Industrial Park and the Tianjin Eco-City. Finance is one of its priority areas.',
          zh: '中新（重庆）战略性互联互通示范项目于2015年11月启动，是继苏州工业园区、天津生态城之后，中新两国政府间的第三个合作项目，金融服务是其重点合作领域之一。',
        },
      },
      {
        type: 'p',
        text: {
          en: 'By July 2021, 172 cross-border financing projects worth about US$15.77 billion had been signed under the framework.',
          zh: '截至2021年7月，该框架下累计签约跨境融资项目172个，金额约157.7亿美元。',
        },
      },
      {
        type: 'figures',
        items: [
          {
            value: 172,
            unit: { en: 'projects', zh: '个' },
            label: { en: 'Cross-border financing projects signed', zh: '签约跨境融资项目' },
          },
          {
            value: 15.77,
            unit: { en: 'billion US$', zh: '十亿美元' },
            label: { en: 'Contract value', zh: '签约金额' },
          },
          {
            value: 5.6,
            unit: { en: 'billion US$', zh: '十亿美元' },
            label: {
              en: 'Cross-border financing for firms in 10 western provinces and regions',
              zh: '带动西部10省区市企业跨境融资',
            },
          },
        ],
      },
      {
        type: 'h2',
        text: { en: 'What has changed', zh: '带来了哪些变化' },
      },
      {
        type: 'p',
        text: {
          en: 'The initiative has made financial institutions in western China more international and opened a model financing channel between the region and Singapore. It has launched five pioneering business pilots and brought in 14 landmark financial institutions, helping enterprises across ten western provinces and regions raise US$5.6 billion across borders.',
          zh: '该项目提升了中国西部金融机构的国际化水平，打造了西部地区与新加坡之间的示范性融资通道，落地5项首创性业务试点，引进14家标志性金融机构，带动西部10个省区市企业实现跨境融资56亿美元。',
        },
      },
      {
        type: 'p',
        text: {
          en: 'Much of this activity is concentrated in the Jiangbeizui CBD, home to 4,443 registered enterprises and about a quarter of Chongqing’s financial assets. The China-Singapore Financial Summit, held in the city each year, is where many new agreements are announced.',
          zh: '这些业务大量集中在江北嘴中央商务区，这里注册企业达4443家，集聚了全市约四分之一的金融资产。每年在重庆举办的中新金融峰会，也是许多新合作集中签约发布的场合。',
        },
      },
    ],
    tags: ['finance', 'cci', 'singapore', 'jiangbeizui'],
    related: {
      events: ['china-singapore-financial-summit'],
      businesses: ['chongqing-rural-commercial-bank', 'capitaland-raffles-city'],
    },
  },
]
