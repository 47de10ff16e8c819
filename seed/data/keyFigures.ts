import type { KeyFigure } from './types'

export const keyFigures: KeyFigure[] = [
  {
    slug: 'laptop-exports',
    value: 51.859,
    unit: { en: 'million', zh: '百万台', ja: '百万台' },
    label: {
      en: 'Laptops exported (36.3% of China’s total, ranked first)',
      zh: '笔记本电脑出口量（占全国36.3%，居全国首位）',
      ja: 'ノートPC輸出台数（全国の36.3％、全国1位）',
    },
    change: 32.2,
    period: { en: 'Jan–Aug 2021', zh: '2021年1—8月', ja: '2021年1～8月' },
  },
  {
    slug: 'tablet-exports',
    value: 7.068,
    unit: { en: 'million', zh: '百万台', ja: '百万台' },
    label: { en: 'Tablets exported', zh: '平板电脑出口量', ja: 'タブレット輸出台数' },
    change: 89.5,
    period: { en: 'Jan–Aug 2021', zh: '2021年1—8月', ja: '2021年1～8月' },
  },
  {
    slug: 'integrated-circuit-exports',
    value: 21.64,
    unit: { en: 'billion yuan', zh: '十亿元', ja: '十億元' },
    label: { en: 'Integrated-circuit exports', zh: '集成电路出口额', ja: '集積回路輸出額' },
    change: 47.3,
    period: { en: 'Jan–Aug 2021', zh: '2021年1—8月', ja: '2021年1～8月' },
  },
  {
    slug: 'new-foreign-invested-enterprises',
    value: 205,
    unit: { en: 'enterprises', zh: '家', ja: '社' },
    label: { en: 'New foreign-invested enterprises', zh: '新设外商投资企业', ja: '新設外資系企業' },
    change: 28.9,
    period: { en: 'Jan–Aug 2021', zh: '2021年1—8月', ja: '2021年1～8月' },
  },
  {
    slug: 'rail-sea-intermodal-trains',
    value: 1493,
    unit: { en: 'trains', zh: '列', ja: '本' },
    label: {
      en: 'Rail-sea intermodal trains on the land-sea corridor (1,297 in all of 2020)',
      zh: '西部陆海新通道铁海联运班列（2020年全年为1297列）',
      ja: '陸海新ルートの鉄道・海上一貫輸送列車（2020年通年は1,297本）',
    },
    change: 77,
    period: { en: 'Jan–Sep 2021', zh: '2021年1—9月', ja: '2021年1～9月' },
  },
  {
    slug: 'land-sea-corridor-ports',
    value: 308,
    unit: { en: 'ports', zh: '个港口', ja: '港' },
    label: {
      en: 'Ports reached by the land-sea corridor, in 106 countries and regions',
      zh: '西部陆海新通道通达港口，覆盖106个国家和地区',
      ja: '陸海新ルートが結ぶ港（106の国・地域）',
    },
    period: { en: 'As of October 2021', zh: '截至2021年10月', ja: '2021年10月時点' },
  },
  {
    slug: 'cci-cross-border-financing',
    value: 15.77,
    unit: { en: 'billion US$', zh: '十亿美元', ja: '十億米ドル' },
    label: {
      en: 'Cross-border financing signed under the CCI (172 projects)',
      zh: '中新互联互通项目签约跨境融资（172个项目）',
      ja: '中国・シンガポール連携プロジェクトで締結された越境融資（172件）',
    },
    period: { en: 'As of July 2021', zh: '截至2021年7月', ja: '2021年7月時点' },
  },
  {
    slug: 'retail-sales',
    value: 917.48,
    unit: { en: 'billion yuan', zh: '十亿元', ja: '十億元' },
    label: {
      en: 'Retail sales of consumer goods',
      zh: '社会消费品零售总额',
      ja: '社会消費財小売総額',
    },
    change: 25.4,
    period: { en: 'Jan–Aug 2021', zh: '2021年1—8月', ja: '2021年1～8月' },
  },
]
