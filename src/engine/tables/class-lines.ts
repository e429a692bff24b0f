// The 类 lines printed in 收支总表 / 财政拨款收支总表, by name, so a summary line can be tied to its 类 code.
import { memoByText } from '../text-memo';

/** 类 code by 类 name, including names used in earlier years and regional variants seen in real files. */
const CLASS_CODES: Record<string, string> = {
  一般公共服务支出: '201',
  外交支出: '202',
  国防支出: '203',
  公共安全支出: '204',
  教育支出: '205',
  科学技术支出: '206',
  文化旅游体育与传媒支出: '207',
  文化体育与传媒支出: '207',
  社会保障和就业支出: '208',
  社会保险基金支出: '209',
  卫生健康支出: '210',
  医疗卫生与计划生育支出: '210',
  节能环保支出: '211',
  城乡社区支出: '212',
  农林水支出: '213',
  交通运输支出: '214',
  资源勘探工业信息等支出: '215',
  资源勘探信息等支出: '215',
  商业服务业等支出: '216',
  金融支出: '217',
  援助其他地区支出: '219',
  自然资源海洋气象等支出: '220',
  国土海洋气象等支出: '220',
  住房保障支出: '221',
  粮油物资储备支出: '222',
  国有资本经营预算支出: '223',
  国有资本经营预算: '223',
  灾害防治及应急管理支出: '224',
  预备费: '227',
  其他支出: '229',
  转移性支出: '230',
  债务还本支出: '231',
  债务付息支出: '232',
  债务发行费用支出: '233',
  抗疫特别国债安排的支出: '234',
};

/** Strip an ordinal prefix: 「八、社会保障和就业支出」 -> 「社会保障和就业支出」. */
export function stripOrdinal(name: string): string {
  return name.replace(/^[（(]?[一二三四五六七八九十百\d]{1,4}[、.．)）]\s*/, '').trim();
}

/** True when a line starts with an ordinal (一、 / 1、 / (一)). */
export function hasOrdinal(name: string): boolean {
  return /^[（(]?[一二三四五六七八九十百\d]{1,4}[、.．)）]/.test(name);
}

/** The 类 code a summary line names, or null (e.g. 人行科目, which has no 类 code). */
export function classCodeOfLine(name: string): string | null {
  return CLASS_CODES[lineName(name)] ?? null;
}

/** True when the line names a functional 类 (or a known non-coded 类 line such as 人行科目). */
export function isClassLine(name: string): boolean {
  const n = lineName(name);
  return n in CLASS_CODES || n === '人行科目';
}

/** A summary line's name without its ordinal and spaces (every unit's summaries repeat the same lines). */
const lineName = memoByText((name: string): string => stripOrdinal(name).replace(/\s+/g, ''));
