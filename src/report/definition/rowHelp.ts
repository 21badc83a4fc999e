import type { TableId } from './types';

/**
 * 填报说明: short notes for the rows officers most often count wrong, shown in the editor on
 * request and never printed. Each note restates what the form's own label or an official
 * answer says, with its source:
 * - the 表三 labels themselves (国办公开办函〔2019〕60号 and 〔2021〕30号 formats), e.g. （二）部分公开
 *   “区分处理的，只计这一情形，不计其他情形” and the 勾稽关系 printed in the corner;
 * - 国办公开办函〔2016〕201号, the national office's answer on counting lawsuits in which the
 *   行政复议机关 is a co-defendant (report-format.md §2.5, §5).
 * Keyed by table and row id; a row id that an edition lacks is simply not shown.
 */
export interface RowHelp {
  readonly row: string;
  readonly text: string;
}

const ONE_RESULT = '每件申请只按一种办理结果统计：同一件申请不要同时计入（一）至（六）中的两行。';

export const ROW_HELP: Readonly<Partial<Record<TableId, readonly RowHelp[]>>> = {
  applications: [
    {
      row: 'carriedOver',
      text: '上一年度报告“四、结转下年度继续办理”中的申请，本年接着办理的，计入本行；应与上年报告该行逐列相等。',
    },
    {
      row: 'partiallyDisclosed',
      text: `同一件申请的信息部分公开、部分不予公开或无法提供（区分处理）的，只计入本行，不再计入（三）（四）等行（见本行标签“只计这一情形，不计其他情形”）。${ONE_RESULT}`,
    },
    {
      row: 'other',
      text: `不属于（一）至（五）任何一项的办理结果计入（六）其他处理，例如申请人逾期不补正、逾期不缴纳信息处理费，行政机关不再处理其申请的情形。${ONE_RESULT}`,
    },
    {
      row: 'otherNoCorrection',
      text: '行政机关要求补正，申请人无正当理由逾期不补正、行政机关不再处理的申请计入本行；补正后内容仍不明确的，计入（四）3。',
    },
    {
      row: 'otherUnpaidFee',
      text: '按《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）发出收费通知，申请人逾期未缴纳、行政机关不再处理的申请计入本行。',
    },
    {
      row: 'otherOther',
      text: `不属于（一）至（五）和（六）1、2的其他办理结果计入本行。${ONE_RESULT}`,
    },
    {
      row: 'carriedForward',
      text: '截至12月31日尚未办结、转入下一年度办理的申请。每一列都应满足表中所印的勾稽关系：一 + 二 = 三（七）总计 + 四。',
    },
  ],
  review: [
    {
      row: 'litigationAfterReconsideration',
      text: '申请人对行政复议决定不服又提起行政诉讼的，计入“复议后起诉”，不计入“未经复议直接起诉”。行政复议机关作共同被告的案件，只由作出原行政行为的机关统计，复议机关不统计（国办公开办函〔2016〕201号）。',
    },
    {
      row: 'litigationDirect',
      text: '未申请行政复议、直接提起行政诉讼的案件计入本行；先复议后起诉的计入“复议后起诉”。',
    },
  ],
};
