import { PAGE_FURNITURE, TITLE_ENDINGS } from '../../../report/definition/importVocabulary';
import type { SourceLine } from '../model';
import { labelKey, SPACE } from '../normalize';
import { isTableRow, lineText } from './lineText';

export interface FoundTitle {
  readonly title: string;
  readonly agency: string | null;
  readonly year: number | null;
  /** Index of the title's last line; the preface starts after it. */
  readonly line: number;
}

const CHINESE_DIGITS: Readonly<Record<string, string>> = {
  〇: '0',
  零: '0',
  Ｏ: '0',
  O: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

/** `二〇二四` → `2024`, so a year written in Chinese numerals is read like any other. */
function chineseYearDigits(text: string): string {
  return text.replace(/[〇零ＯO一二三四五六七八九]{4}(?=年)/g, (run) =>
    run.replace(/./gu, (ch) => CHINESE_DIGITS[ch] ?? ch),
  );
}

const compact = (text: string): string =>
  chineseYearDigits(text.normalize('NFKC').replace(SPACE, ''));

export function isFurniture(text: string): boolean {
  const key = text.normalize('NFKC').replace(SPACE, '');
  return PAGE_FURNITURE.some((word) => key.startsWith(word.normalize('NFKC')));
}

/** A line that could be (part of) a title: short, no sentence punctuation. */
function isTitleLike(text: string): boolean {
  return text.length > 0 && text.length <= 60 && !/[，。；！？,;]/.test(text);
}

const YEAR = /((?:19|20)\d{2})年度?/;

/**
 * A title whose ending is mangled (`…2023年政府信息公开 工作告年度报`, a CMS cutting words):
 * agency, year, then 政府信息公开 or 政务公开, and a 报 somewhere after.
 */
const MANGLED_TITLE = /^(.*?)((?:19|20)\d{2})年度?(?:政府信息公开|政务公开).*报/;

function cleanAgency(before: string): string {
  return before
    .replace(/^关于/, '')
    .replace(/[《》“”"()（）]/g, '')
    .replace(/的$/, '');
}

function parseTitle(text: string): { agency: string; year: number | null } | null {
  const yearMatch = YEAR.exec(text);
  // The year may stand inside the ending (`…人民政府信息公开工作2024年度报告`).
  const withoutYear = yearMatch === null ? text : text.replace(yearMatch[0], '');
  const ending = TITLE_ENDINGS.map((e) => labelKey(e)).find(
    (e) => text.includes(e) || withoutYear.includes(e),
  );
  if (ending === undefined) {
    const mangled = MANGLED_TITLE.exec(text);
    if (mangled === null) return null;
    return { agency: cleanAgency(mangled[1] ?? ''), year: Number(mangled[2]) };
  }
  const inText = text.includes(ending);
  const before = inText
    ? text.slice(0, text.indexOf(ending))
    : withoutYear.slice(0, withoutYear.indexOf(ending));
  const yearBefore = inText ? YEAR.exec(before) : yearMatch;
  const year = yearBefore?.[1] === undefined ? null : Number(yearBefore[1]);
  let agency = cleanAgency(
    inText && yearBefore !== null ? before.replace(yearBefore[0], '') : before,
  );
  // `…县人民政府信息公开工作…`: the agency's 政府 is also the ending's first word.
  if (agency.endsWith('人民') && ending.startsWith('政府')) agency += '政府';
  return { agency, year };
}

/**
 * The report's title: the last short line before part 一 that ends like a report title (the
 * last, because breadcrumbs and page titles come earlier). Agency and year come from it; an
 * agency printed on the line above (`淮安市人民政府` / `2024 年政府信息公开工作年度报告`) is
 * joined to it.
 */
export function findTitle(
  lines: readonly SourceLine[],
  end: number,
  pageTitle: string | undefined,
): FoundTitle | null {
  let best: FoundTitle | null = null;
  for (let i = 0; i < end; i++) {
    const line = lines[i];
    if (line === undefined || isTableRow(line)) continue;
    const text = compact(lineText(line)).replace(/^.*[>»›]/, '');
    if (!isTitleLike(text) || isFurniture(text)) continue;
    const parsed = parseTitle(text);
    if (parsed === null) continue;
    let agency = parsed.agency;
    let title = text;
    if (agency === '') {
      const above = previousText(lines, i);
      if (above !== null && isTitleLike(above) && !isFurniture(above) && !YEAR.test(above)) {
        agency = above;
        title = above + text;
      }
    }
    let year = parsed.year;
    if (year === null) {
      // Only a short line under the title (（2023年度）), not the first sentence of the preface.
      const below = lines[i + 1];
      const belowText = below === undefined ? '' : compact(lineText(below));
      const match = isTitleLike(belowText) && belowText.length <= 20 ? YEAR.exec(belowText) : null;
      year = match?.[1] === undefined ? null : Number(match[1]);
    }
    best = { title, agency: agency === '' ? null : agency, year, line: i };
  }
  if (best === null && pageTitle !== undefined) {
    const parsed = parseTitle(compact(pageTitle).replace(/[_|—-].*$/, ''));
    if (parsed !== null) {
      return {
        title: compact(pageTitle),
        agency: parsed.agency === '' ? null : parsed.agency,
        year: parsed.year,
        line: -1,
      };
    }
  }
  return best;
}

function previousText(lines: readonly SourceLine[], index: number): string | null {
  for (let i = index - 1; i >= 0 && i >= index - 3; i--) {
    const line = lines[i];
    if (line === undefined) continue;
    const text = compact(lineText(line));
    if (text !== '') return text;
  }
  return null;
}

const DATE_CN = /((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日/;
const DATE_ISO = /((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})/;

/** A date `YYYY-MM-DD` read from text (`2025年1月20日`, `2025-01-20`), or null. */
export function readDate(text: string): string | null {
  const key = compact(text);
  const match = DATE_CN.exec(key) ?? DATE_ISO.exec(key);
  if (match === null) return null;
  const [, y = '', m = '', d = ''] = match;
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** True when the whole line is a date (a signature line), nothing else. */
export function isDateLine(text: string): boolean {
  const key = compact(text);
  return key.length <= 16 && readDate(key) !== null && /^[\d年月日\-/.]+$/.test(key);
}

/** Page metadata naming who published the article (`发布机构：XX县民政局`, `来源:商务局`). */
const PUBLISHER = /^(?:发布机构|发文机关|发布单位|信息来源|来源)[:：]\s*([^\s:：]+)/;
/** How an agency's name ends; `本站`, `本网` or a newspaper are no agency. */
const AGENCY_ENDING =
  /(?:政府|办公室|办公厅|局|委员会|委|中心|厅|院|街道|办事处|镇|乡|管委会|署|所|队)$/;

/**
 * The agency the page's metadata names as publisher, when the title names none (`2023年度政府
 * 信息公开工作年度报告` under `发布机构：XX县民政局`); null when no such line names an agency.
 */
export function publisherAgency(lines: readonly SourceLine[], end: number): string | null {
  for (let i = 0; i < end; i++) {
    const line = lines[i];
    if (line === undefined) continue;
    for (const cell of line.cells) {
      const match = PUBLISHER.exec(cell.normalize('NFKC').trim());
      const name = match?.[1];
      if (
        name !== undefined &&
        name.length >= 3 &&
        !name.startsWith('本') &&
        AGENCY_ENDING.test(name)
      )
        return name;
    }
  }
  return null;
}
