/**
 * Documents that were repealed or replaced, with the provision that says so. The built-in table;
 * `LintOptions.supersededBasis` adds more (an office's own list, from a configuration file once
 * there is one). Short titles that are cited as often as the full ones are entries of their own.
 */
import type { SupersededEntry } from '../types';

const TIAOLI = '《党政机关公文处理工作条例》第四十二条：自2012年7月1日起施行，《中国共产党机关公文处理条例》和《国家行政机关公文处理办法》停止执行';
const MINFADIAN = '《中华人民共和国民法典》第一千二百六十条：自2021年1月1日起施行，{title}同时废止';
const ZHIAN = '《中华人民共和国治安管理处罚法》第一百一十九条：自2006年3月1日起施行，《中华人民共和国治安管理处罚条例》同时废止';

const civil = (law: string): SupersededEntry[] => [
  { title: `中华人民共和国${law}`, replacedBy: '中华人民共和国民法典', since: 2021, basis: MINFADIAN.replace('{title}', `《中华人民共和国${law}》`) },
  { title: law, replacedBy: '中华人民共和国民法典', since: 2021, basis: MINFADIAN.replace('{title}', `《中华人民共和国${law}》`) },
];

export const SUPERSEDED: readonly SupersededEntry[] = [
  { title: '国家行政机关公文处理办法', replacedBy: '党政机关公文处理工作条例', since: 2013, basis: TIAOLI },
  { title: '中国共产党机关公文处理条例', replacedBy: '党政机关公文处理工作条例', since: 2013, basis: TIAOLI },
  { title: '国家行政机关公文格式', replacedBy: '党政机关公文格式', since: 2013, basis: 'GB/T 9704-2012《党政机关公文格式》代替GB/T 9704-1999《国家行政机关公文格式》，自2012年7月1日起实施' },
  ...['民法通则', '民法总则', '合同法', '物权法', '担保法', '侵权责任法', '婚姻法', '继承法', '收养法'].flatMap(civil),
  { title: '中华人民共和国治安管理处罚条例', replacedBy: '中华人民共和国治安管理处罚法', since: 2007, basis: ZHIAN },
  { title: '治安管理处罚条例', replacedBy: '中华人民共和国治安管理处罚法', since: 2007, basis: ZHIAN },
];
