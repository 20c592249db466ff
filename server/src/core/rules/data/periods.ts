/**
 * Period terms with the years they cover, as data with where each is stated: a report of a
 * later year that still speaks of one as current was copied from an older report.
 */
export interface Period {
  /** The term as written, quotes left out (`十三五`, `七五普法`). */
  term: string;
  from: number;
  to: number;
  basis: string;
}

export const PERIODS: readonly Period[] = [
  { term: '十三五', from: 2016, to: 2020, basis: '《中华人民共和国国民经济和社会发展第十三个五年规划纲要》（2016—2020年）' },
  { term: '十四五', from: 2021, to: 2025, basis: '《中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要》（2021—2025年）' },
  { term: '十五五', from: 2026, to: 2030, basis: '第十五个五年规划期（2026—2030年），见党的二十届四中全会《关于制定国民经济和社会发展第十五个五年规划的建议》' },
  { term: '七五普法', from: 2016, to: 2020, basis: '《中央宣传部、司法部关于在公民中开展法治宣传教育的第七个五年规划（2016—2020年）》' },
  { term: '八五普法', from: 2021, to: 2025, basis: '《中央宣传部、司法部关于开展法治宣传教育的第八个五年规划（2021—2025年）》' },
  { term: '九五普法', from: 2026, to: 2030, basis: '法治宣传教育五年规划按五年一期接续：第九个五年规划期为2026—2030年' },
];

/**
 * Party congresses and the plenums of their central committees: current from the congress until
 * the next one. A report of a year after `until` that calls for implementing their 精神 was
 * copied from an older report (`党的十九大以来` is history and is not flagged).
 */
export interface Congress {
  /** `十九大`; its plenums are `十九届…中全会`. */
  congress: string;
  plenumPrefix: string;
  /** The year the next congress met: from the year after it, the term is stale. */
  until: number;
  basis: string;
}

export const CONGRESSES: readonly Congress[] = [
  { congress: '十八大', plenumPrefix: '十八届', until: 2017, basis: '党的十九大于2017年10月召开' },
  { congress: '十九大', plenumPrefix: '十九届', until: 2022, basis: '党的二十大于2022年10月召开' },
];
