// 支出功能分类 项 (and a few 款) confirmed by published 部门预算 / 部门决算 documents, added in the year each
// document is for. Nothing here marks a subtree complete: a document lists the codes its department uses, not
// every child of a 款. Each block cites the document (the repository, path and commit that hold its text).
import type { CodeName } from './edition';

/**
 * Source: 上海市普陀区人民政府万里街道办事处《2025年区级部门预算》, 收入/支出预算总表 and 一般公共预算支出功能分类预算表
 * (text of the published PDF): github.com/zxj6827111-blip/tianbaoxitong, _pdf25_text.txt,
 * commit c3c10a3fc4dd73a07f65c61ec9d6ca358796b812 (same figures in _latest_preview_text.txt, commit 1615369f).
 */
export const PUBLISHED_2025_WANLI: readonly CodeName[] = [
  ['2010507', '专项普查活动'],
  ['2012902', '一般行政管理事务'],
  ['2013202', '一般行政管理事务'],
  ['2013302', '一般行政管理事务'],
  ['2013402', '一般行政管理事务'],
  ['2013802', '一般行政管理事务'],
  ['2040607', '公共法律服务'],
  ['2049999', '其他公共安全支出'],
  ['2059999', '其他教育支出'],
  ['2060702', '科普活动'],
  ['2070308', '群众体育'],
  ['2080705', '公益性岗位补贴'],
  ['2081602', '一般行政管理事务'],
  ['20825', '其他生活救助'],
  ['2082501', '其他城市生活救助'],
  ['2120101', '行政运行'],
  ['2120102', '一般行政管理事务'],
  ['2120104', '城管执法'],
  ['2120199', '其他城乡社区管理事务支出'],
  ['2120399', '其他城乡社区公共设施支出'],
  ['2120501', '城乡社区环境卫生'],
  ['2129999', '其他城乡社区支出'],
];

/**
 * Source: 上海市普陀区生态环境局《2025年度部门决算》, 收入决算表 / 支出决算表 (text of the published PDF; only names
 * printed whole in at least two tables): github.com/zxj6827111-blip/GovBudgetChecker,
 * tests/fixtures/sample_page_data.json, commit 55d3e26e898f290fa8979a595519353f57fb1565.
 */
export const PUBLISHED_2025_ECOLOGY: readonly CodeName[] = [
  ['2110101', '行政运行'],
  ['2110104', '生态环境保护宣传'],
  ['2110105', '环境保护法规、规划及标准'],
  ['2110107', '生态环境保护行政许可'],
  ['2110199', '其他环境保护管理事务支出'],
  ['2110301', '大气'],
  ['2110302', '水体'],
  ['2110399', '其他污染防治支出'],
  ['2111101', '生态环境监测与信息'],
  ['2111102', '生态环境执法监察'],
];

/**
 * Source: 上海市普陀区文化和旅游局《2026年区级部门预算》, 收入/支出预算总表 and 一般公共预算支出功能分类预算表
 * (text of the published PDF): github.com/zxj6827111-blip/GovBudgetChecker,
 * tests/fixtures/wenlvju_budget_page_data.json, commit c5fdaeae373266e6f1f4318a53e0d04771ebb976.
 */
export const PUBLISHED_2026_CULTURE: readonly CodeName[] = [
  ['2070101', '行政运行'],
  ['2070104', '图书馆'],
  ['2070105', '文化展示及纪念机构'],
  ['2070108', '文化活动'],
  ['2070109', '群众文化'],
  ['2070110', '文化和旅游交流与合作'],
  ['2070111', '文化创作与保护'],
  ['2070112', '文化和旅游市场管理'],
  ['2070113', '旅游宣传'],
  ['2070114', '文化和旅游管理事务'],
  ['2070199', '其他文化和旅游支出'],
  ['2079903', '文化产业发展专项支出'],
  ['2079999', '其他文化旅游体育与传媒支出'],
  ['21508', '支持中小企业发展和管理支出'],
  ['2150899', '其他支持中小企业发展和管理支出'],
];

/**
 * Source: 上海市普陀区建设和管理委员会《2026年区级部门预算》, 收入/支出预算总表 and 政府性基金预算支出功能分类预算表
 * (text of the published PDF): github.com/zxj6827111-blip/GovBudgetChecker,
 * tests/fixtures/jianguanwei_budget_page_data.json, commit 80b8ed41f612447b033fc4ed3f1dd584eb31b721.
 */
export const PUBLISHED_2026_CONSTRUCTION: readonly CodeName[] = [
  ['2080704', '社会保险补贴'],
  ['2120601', '建设市场管理与监督'],
  ['21208', '国有土地使用权出让收入安排的支出'],
  ['2120803', '城市建设支出'],
  ['2130306', '水利工程运行与维护'],
];
