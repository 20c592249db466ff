/**
 * Word pairs that reviewing offices mark in annual reports, as data: the written form, the right
 * one, when the written form is wrong (`after`: what must follow it; none: always), and where the
 * right form is stated. Only forms that are wrong wherever they stand, or wrong before a time
 * point, are listed: pairs that depend on meaning (权力/权利, 制定/制订) would need a reader.
 */
export interface Confusable {
  wrong: string;
  right: string;
  /** The form is wrong only when this follows it (tested at the end of `wrong`). */
  after?: RegExp;
  basis: { zh: string; en: string };
}

const XIANDAI = '《现代汉语词典》（第7版）';

export const EASILY_CONFUSED: readonly Confusable[] = [
  {
    wrong: '截止',
    right: '截至',
    // `截止到2023年底` is right (截止到 = 截至); `截止日期` is a noun phrase.
    after: /^\s*(?:[0-9０-９]|目前|当前|今年|本年|去年|上年|年底|年末|[一二三四五六七八九十]{1,2}月)/,
    basis: { zh: `${XIANDAI}：“截至”指截止到某个时候，后接时间点；“截止”指到期停止，用在时间词之后`, en: '现代汉语词典 (7th ed.): 截至 is followed by a point in time; 截止 (to end) follows one' },
  },
  { wrong: '按装', right: '安装', basis: { zh: `${XIANDAI}收“安装”，无“按装”`, en: '现代汉语词典 (7th ed.) has 安装, not 按装' } },
  { wrong: '按排', right: '安排', basis: { zh: `${XIANDAI}收“安排”，无“按排”`, en: '现代汉语词典 (7th ed.) has 安排, not 按排' } },
  { wrong: '既使', right: '即使', basis: { zh: `${XIANDAI}：表示假设让步的连词为“即使”`, en: '现代汉语词典 (7th ed.): the concessive conjunction is 即使' } },
  { wrong: '布署', right: '部署', basis: { zh: `${XIANDAI}收“部署”，无“布署”`, en: '现代汉语词典 (7th ed.) has 部署, not 布署' } },
  { wrong: '贯切', right: '贯彻', basis: { zh: `${XIANDAI}收“贯彻”，无“贯切”`, en: '现代汉语词典 (7th ed.) has 贯彻, not 贯切' } },
  { wrong: '再接再励', right: '再接再厉', basis: { zh: `${XIANDAI}：再接再厉（“厉”同“砺”，磨快）`, en: '现代汉语词典 (7th ed.): 再接再厉' } },
  { wrong: '迫不急待', right: '迫不及待', basis: { zh: `${XIANDAI}：迫不及待`, en: '现代汉语词典 (7th ed.): 迫不及待' } },
  { wrong: '必竟', right: '毕竟', basis: { zh: `${XIANDAI}收“毕竟”，无“必竟”`, en: '现代汉语词典 (7th ed.) has 毕竟, not 必竟' } },
  { wrong: '防碍', right: '妨碍', basis: { zh: `${XIANDAI}收“妨碍”，无“防碍”`, en: '现代汉语词典 (7th ed.) has 妨碍, not 防碍' } },
  { wrong: '松驰', right: '松弛', basis: { zh: `${XIANDAI}收“松弛”，无“松驰”`, en: '现代汉语词典 (7th ed.) has 松弛, not 松驰' } },
];
