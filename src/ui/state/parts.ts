import type { Finding } from '../../report/checks/types';
import type {
  EditionDefinition,
  PartRef,
  SectionKey,
  TableId,
} from '../../report/definition/types';

/**
 * The editor shows one part at a time: 基本信息 (the report's metadata), then the six parts of
 * the printed report in order. A part is named by the key of its first content (the table or
 * section it is about), so findings, which name a table or section, map onto it directly.
 */
export type PartKey = 'basic' | SectionKey | Exclude<TableId, 'disclosureStats'>;

export interface EditorPart {
  readonly key: PartKey;
  /** `基本信息`, or the part heading of the definition, e.g. `三、收到和处理政府信息公开申请情况`. */
  readonly heading: string;
  /** Contents of the printed part (empty for 基本信息). */
  readonly content: readonly PartRef[];
}

/** Editor-only heading: the report's metadata is not a printed part. */
export const BASIC_INFO_HEADING = '基本信息';

/** The part a table, section or finding belongs to (the statistics table sits in 六). */
export function partKeyOf(place: Finding['part']): PartKey {
  switch (place) {
    case 'meta':
      return 'basic';
    case 'disclosureStats':
      return 'other';
    case 'overview':
    case 'problems':
    case 'other':
    case 'proactive':
    case 'applications':
    case 'review':
      return place;
  }
}

function firstContentKey(content: readonly PartRef[]): PartKey {
  const first = content[0];
  if (first === undefined) throw new Error('A report part without content');
  return partKeyOf(first.kind === 'section' ? first.key : first.id);
}

/** 基本信息 followed by the definition's parts, in print order. */
export function editorParts(def: EditionDefinition): readonly EditorPart[] {
  return [
    { key: 'basic', heading: BASIC_INFO_HEADING, content: [] },
    ...def.parts.map((p) => ({
      key: firstContentKey(p.content),
      heading: p.heading,
      content: p.content,
    })),
  ];
}

/** Id of the part's heading element (navigation moves focus there). */
export function partHeadingId(key: PartKey): string {
  return `part-heading-${key}`;
}
