import { definitionOf, PREFACE_NAME, SECTION_KEYS } from '../../../report/definition/editions';
import type { Format, SectionKey } from '../../../report/definition/types';
import type { DiffField, DocumentDiff } from '../../../storage/documentDiff';
import type { RevisionChange, RevisionKind } from '../../../storage/revisions';

/** All wording of the revision history, in Chinese: storage keeps kinds and data only. */

const KIND_LABELS: Readonly<Record<RevisionKind | 'unknown', string>> = {
  periodic: '编辑中定时保存',
  bulk: '批量修改前',
  reload: '载入其他窗口的较新版本前（本窗口未保存的内容）',
  'restore-from-bin': '从回收站恢复时，被本窗口内容替换的版本',
  damaged: '存储数据损坏时的原始内容',
  edit: '编辑前',
  clear: '清除前',
  paste: '粘贴前',
  fill: '批量填写前',
  import: '导入前',
  'carry-over': '复制上年内容前',
  rename: '改名前',
  restore: '恢复历史版本前',
  'edition-switch': '切换版本前',
  acknowledge: '确认警告前',
  'table-toggle': '添加或移除表格前',
  unknown: '快照',
};

export function revisionKindLabel(kind: RevisionKind | 'unknown'): string {
  return KIND_LABELS[kind];
}

type OtherField = Exclude<DiffField, `sections.${SectionKey}`>;

const FIELD_NAMES: Readonly<Record<OtherField, string>> = {
  format: '版本',
  agency: '机关名称',
  agencyLevel: '机关层级',
  year: '年度',
  title: '标题',
  preface: PREFACE_NAME,
  publicationDate: '发布日期',
  acknowledged: '已确认的提示',
  disclosureStats: '公开及回应解读情况统计表',
};

const isOtherField = (field: DiffField): field is OtherField => field in FIELD_NAMES;

/** A field's name; section headings come from the edition's definition. */
function fieldName(field: DiffField, format: Format): string {
  if (isOtherField(field)) return FIELD_NAMES[field];
  const key = SECTION_KEYS.find((k) => field === `sections.${k}`);
  return key === undefined ? field : definitionOf(format).sections[key].heading;
}

/** e.g. `改动 12 个单元格；修改了 一、总体情况、标题`, or `没有改动`. */
export function describeDiff(diff: DocumentDiff, format: Format): string {
  const parts: string[] = [];
  if (diff.cells > 0) parts.push(`改动 ${String(diff.cells)} 个单元格`);
  if (diff.fields.length > 0)
    parts.push(`修改了 ${diff.fields.map((f) => fieldName(f, format)).join('、')}`);
  return parts.length === 0 ? '没有改动' : parts.join('；');
}

/** The history list's line about what a snapshot changed. */
export function describeChange(change: RevisionChange, format: Format): string {
  switch (change.type) {
    case 'first':
      return '第一个快照';
    case 'notCompared':
      return '上一个快照无法读取，未能比较改动';
    case 'diff':
      return describeDiff(change.diff, format);
    case 'damaged':
      return `打开时发现 ${String(change.problems)} 个问题，保留原始数据`;
    case 'legacy':
      return change.text;
  }
}
