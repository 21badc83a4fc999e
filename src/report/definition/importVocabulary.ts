/**
 * What an importer needs to know about how published reports print the national form, beyond
 * the form's own labels: label variants, numbering styles, marks for "none", units and the
 * page furniture around an article. Edition knowledge lives only under src/report/definition,
 * so this is data here; the importer (src/io/import) reads it and the edition definitions.
 */
import type { SectionKey, TableId } from './types';

/** The six parts in print order: what a heading must mention to be that part's heading. */
export interface PartHeading {
  readonly numeral: string;
  /** The narrative section the part holds, or the table, or both (part 六). */
  readonly section?: SectionKey;
  readonly table?: TableId;
  /** Words of which one must appear in the heading (after the numeral). */
  readonly keywords: readonly string[];
  /** Heading texts seen in published reports (numeral left out), for headings split over lines. */
  readonly variants: readonly string[];
}

export const PART_HEADINGS: readonly PartHeading[] = [
  {
    numeral: '一',
    section: 'overview',
    keywords: ['总体情况', '概述', '基本情况', '概况'],
    variants: ['总体情况', '政府信息公开工作总体情况', '概述'],
  },
  {
    numeral: '二',
    table: 'proactive',
    keywords: ['主动公开'],
    variants: ['主动公开政府信息情况'],
  },
  {
    numeral: '三',
    table: 'applications',
    keywords: ['收到和处理', '依申请公开', '申请情况'],
    variants: ['收到和处理政府信息公开申请情况'],
  },
  {
    numeral: '四',
    table: 'review',
    keywords: ['行政复议', '行政诉讼', '复议'],
    variants: [
      '政府信息公开行政复议、行政诉讼情况',
      '因政府信息公开工作被申请行政复议、提起行政诉讼情况',
      '因政府信息公开工作被申请行政复议提起行政诉讼情况',
    ],
  },
  {
    numeral: '五',
    section: 'problems',
    keywords: ['主要问题', '存在问题', '存在的问题', '存在的不足', '改进情况', '改进措施'],
    variants: ['存在的主要问题及改进情况', '政府信息公开工作存在的主要问题及改进情况'],
  },
  {
    numeral: '六',
    section: 'other',
    table: 'disclosureStats',
    keywords: ['其他需要报告', '其他需要说明', '其他事项'],
    variants: ['其他需要报告的事项'],
  },
];

/** Chinese numerals of the part headings, in order (一 … 六) and beyond for sub-headings. */
export const HEADING_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** The words every report title ends with (spaces removed); the first is the national wording. */
export const TITLE_ENDINGS: readonly string[] = [
  '政府信息公开工作年度报告',
  '政府信息公开年度报告',
  '政务公开工作年度报告',
  '信息公开工作年度报告',
  '政府信息公开年度工作报告',
  '政府信息公开工作报告',
  '政府信息公开年报',
  '信息公开年度报告',
];

/**
 * Extra ways a row label is printed, per table and row id (the edition's own `printLabel` is
 * always tried first). Punctuation, spaces and full-width forms are normalised before
 * comparing, so only wording differences belong here.
 */
export const ROW_LABEL_ALIASES: Readonly<
  Partial<Record<TableId, Readonly<Record<string, readonly string[]>>>>
> = {
  proactive: {
    normativeDocs: ['规范性文件', '行政规范性文件', '其他规范性文件'],
    licensing: ['行政许可事项'],
    fees: ['行政事业性收费项目', '行政事业收费'],
    procurement: ['政府集中采购项目'],
  },
  applications: {
    received: ['本年新收政府信息公开申请数量', '一、本年新收申请数量'],
    carriedOver: ['上年结转政府信息公开申请数量'],
    partiallyDisclosed: ['（二）部分公开'],
    withheldSafetyStability: ['3.危及三安全一稳定'],
    other: ['（六）其它处理'],
    otherOther: ['3.其它'],
    handledTotal: ['（七）合计'],
    carriedForward: ['结转下年度继续办理', '四、结转下年度办理'],
  },
  disclosureStats: {
    pressConferencesByHead: ['其中主要负责同志参加新闻发布会次数'],
    onlineInterviewsByHead: ['其中主要负责同志参加政府网站在线访谈次数'],
  },
};

/** Cell texts that mean "none" (printed instead of a number); read as blank, never as 0. */
export const NONE_MARKS: readonly string[] = [
  '—',
  '——',
  '-',
  '--',
  '－',
  '–',
  '―',
  '/',
  '／',
  '\\',
  '无',
  '空',
  '×',
];

/** Unit words that may follow a count (件, 条 …); they carry no meaning for the value. */
export const COUNT_UNITS: readonly string[] = [
  '件',
  '条',
  '个',
  '次',
  '篇',
  '项',
  '家',
  '人次',
  '起',
];

/** Money units: how many 万元 one unit is worth (the contract stores 万元). */
export const MONEY_UNITS: readonly { readonly unit: string; readonly wanShift: number }[] = [
  { unit: '万元', wanShift: 0 },
  { unit: '元', wanShift: -4 },
];

/**
 * Lines around an article on a portal page (navigation, metadata, sharing) that are never
 * part of the report. Each is matched at the start of a line, spaces removed.
 */
export const PAGE_FURNITURE: readonly string[] = [
  '发布日期',
  '发布时间',
  '发文日期',
  '成文日期',
  '信息来源',
  '来源：',
  '来源:',
  '作者：',
  '浏览次数',
  '访问量',
  '点击数',
  '点击量',
  '阅读次数',
  '字号',
  '字体：',
  '【字体',
  '索引号',
  '文号',
  '发布机构',
  '主题分类',
  '分享到',
  '当前位置',
  '您当前的位置',
  '您现在的位置',
  '【打印',
  '【关闭',
  '打印本页',
  '关闭窗口',
];

/** Lines after which the article has ended (site footer, related links). */
export const ARTICLE_END: readonly string[] = [
  '相关链接',
  '相关文章',
  '相关阅读',
  '相关附件',
  '上一篇',
  '下一篇',
  '版权所有',
  '主办单位',
  '网站标识码',
  '网站地图',
  '扫一扫',
  '【打印',
  '【关闭',
  '打印本页',
  '关闭窗口',
  '分享到',
];
