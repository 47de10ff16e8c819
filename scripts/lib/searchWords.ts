import type { Locale } from '../../i18n/locales'

/**
 * Words a Chongqing portal's titles and summaries are made of, each in the nine languages (in the
 * order of i18n/locales.ts: en zh ja ko fr de es ru ar), so a generated document reads as one
 * text translated rather than nine unrelated ones. Earlier words are drawn more often: most
 * titles say Chongqing, few say marathon.
 */
const table = `
Chongqing|重庆|重慶|충칭|Chongqing|Chongqing|Chongqing|Чунцин|تشونغتشينغ
hotpot|火锅|火鍋|훠궈|fondue|Feuertopf|olla|хого|القدر
Yangtze|长江|長江|양쯔강|Yangtsé|Jangtse|Yangtsé|Янцзы|اليانغتسي
night|夜景|夜景|야경|nuit|Nacht|noche|ночь|ليل
bridge|大桥|橋|다리|pont|Brücke|puente|мост|جسر
mountain|山城|山|산|montagne|Berg|montaña|гора|جبل
market|市场|市場|시장|marché|Markt|mercado|рынок|سوق
culture|文化|文化|문화|culture|Kultur|cultura|культура|ثقافة
business|商务|ビジネス|비즈니스|affaires|Geschäft|negocios|бизнес|أعمال
museum|博物馆|博物館|박물관|musée|Museum|museo|музей|متحف
food|美食|グルメ|음식|cuisine|Essen|comida|еда|طعام
street|老街|通り|거리|rue|Straße|calle|улица|شارع
river|江畔|川|강|fleuve|Fluss|río|река|نهر
Jiefangbei|解放碑|解放碑|해방비|Jiefangbei|Jiefangbei|Jiefangbei|Цзефанбэй|جيفانغبي
Hongyadong|洪崖洞|洪崖洞|훙야둥|Hongyadong|Hongyadong|Hongyadong|Хунъядун|هونغياتونغ
Jialing|嘉陵江|嘉陵江|자링강|Jialing|Jialing|Jialing|Цзялин|جيالينغ
festival|节日|祭り|축제|festival|Festival|festival|фестиваль|مهرجان
technology|科技|技術|기술|technologie|Technologie|tecnología|технологии|تكنولوجيا
noodles|小面|麺|국수|nouilles|Nudeln|fideos|лапша|نودلز
spicy|麻辣|激辛|매운|épicé|scharf|picante|острый|حار
park|公园|公園|공원|parc|Park|parque|парк|حديقة
history|历史|歴史|역사|histoire|Geschichte|historia|история|تاريخ
tower|大厦|タワー|타워|tour|Turm|torre|башня|برج
square|广场|広場|광장|place|Platz|plaza|площадь|ساحة
automotive|汽车|自動車|자동차|automobile|Auto|automóvil|автомобиль|سيارات
logistics|物流|物流|물류|logistique|Logistik|logística|логистика|لوجستيات
port|港口|港|항구|port|Hafen|puerto|порт|ميناء
railway|铁路|鉄道|철도|train|Bahn|ferrocarril|поезд|قطار
village|古镇|古鎮|고진|village|Dorf|pueblo|деревня|قرية
tea|茶馆|茶|차|thé|Tee|té|чай|شاي
cablecar|索道|ロープウェイ|케이블카|téléphérique|Seilbahn|teleférico|фуникулёр|تلفريك
temple|寺庙|寺|사원|temple|Tempel|templo|храм|معبد
art|艺术|芸術|예술|art|Kunst|arte|искусство|فن
expo|博览会|博覧会|박람회|exposition|Messe|feria|выставка|معرض
forum|论坛|フォーラム|포럼|forum|Forum|foro|форум|منتدى
opera|川剧|川劇|천극|opéra|Oper|ópera|опера|أوبرا
Ciqikou|磁器口|磁器口|츠치커우|Ciqikou|Ciqikou|Ciqikou|Цыцикоу|تسيتشيكو
Dazu|大足石刻|大足石刻|다쭈석각|Dazu|Dazu|Dazu|Дацзу|دازو
Wulong|武隆|武隆|우룽|Wulong|Wulong|Wulong|Улун|وولونغ
panda|熊猫|パンダ|판다|panda|Panda|panda|панда|باندا
concert|音乐会|コンサート|콘서트|concert|Konzert|concierto|концерт|حفلة
exhibition|展览|展示会|전시회|salon|Ausstellung|exhibición|экспозиция|عرض
investment|投资|投資|투자|investissement|Investition|inversión|инвестиции|استثمار
semiconductor|半导体|半導体|반도체|puce|Halbleiter|semiconductor|полупроводник|رقائق
finance|金融|金融|금융|finance|Finanzen|finanzas|финансы|تمويل
hotel|酒店|ホテル|호텔|hôtel|Hotel|hotel|отель|فندق
shopping|购物|ショッピング|쇼핑|boutiques|Einkaufen|compras|шопинг|تسوق
nature|自然|自然|자연|nature|Natur|naturaleza|природа|طبيعة
cave|溶洞|洞窟|동굴|grotte|Höhle|cueva|пещера|كهف
waterfall|瀑布|滝|폭포|cascade|Wasserfall|cascada|водопад|شلال
summer|夏季|夏|여름|été|Sommer|verano|лето|صيف
winter|冬季|冬|겨울|hiver|Winter|invierno|зима|شتاء
guide|指南|ガイド|가이드|guide|Reiseführer|guía|путеводитель|دليل
international|国际|国際|국제|international|international|internacional|международный|دولي
weekend|周末|週末|주말|week-end|Wochenende|finde|выходные|عطلة
marathon|马拉松|マラソン|마라톤|marathon|Marathon|maratón|марафон|ماراثون
`

const order: Locale[] = ['en', 'zh', 'ja', 'ko', 'fr', 'de', 'es', 'ru', 'ar']

/** One entry per word, most frequent first: `words[i][locale]`. */
export const words: Record<Locale, string>[] = table
  .trim()
  .split('\n')
  .map((line) => {
    const cells = line.split('|')
    return Object.fromEntries(order.map((l, i) => [l, cells[i]])) as Record<Locale, string>
  })

/** The small words between them in a summary. */
export const fillers: Record<Locale, string[]> = {
  en: ['the', 'and', 'with', 'for', 'in', 'near', 'from', 'of'],
  zh: ['的', '和', '在', '与'],
  ja: ['の', 'と', 'で', 'へ'],
  ko: ['의', '와', '에서', '및'],
  fr: ['le', 'et', 'avec', 'pour', 'dans', 'près', 'de', 'la'],
  de: ['der', 'und', 'mit', 'für', 'in', 'bei', 'von', 'die'],
  es: ['el', 'y', 'con', 'para', 'en', 'cerca', 'de', 'la'],
  ru: ['и', 'с', 'для', 'в', 'у', 'от', 'на'],
  ar: ['و', 'مع', 'في', 'من', 'إلى', 'على'],
}

/** Languages written without spaces between words. */
export const unspaced: Locale[] = ['zh', 'ja']
