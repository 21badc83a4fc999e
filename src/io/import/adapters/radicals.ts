/**
 * PDF fonts (Chrome's, Word's) often map glyphs to the Kangxi radicals (U+2F00…) or the CJK
 * radicals supplement (U+2E80…) instead of the ideographs they look like: 人⺠ for 人民. Copy
 * from such a PDF gives the same. Kangxi radicals fold by NFKC; the supplement needs a table.
 */
const SUPPLEMENT: Readonly<Record<string, string>> = {
  '⺠': '民',
  '⺟': '母',
  '⺢': '水',
  '⺣': '火',
  '⺤': '爪',
  '⺦': '丬',
  '⺧': '牛',
  '⺩': '王',
  '⺫': '目',
  '⺬': '示',
  '⺮': '竹',
  '⺰': '纟',
  '⺶': '羊',
  '⺷': '羊',
  '⺸': '羊',
  '⻀': '虫',
  '⻄': '西',
  '⻅': '见',
  '⻆': '角',
  '⻈': '讠',
  '⻉': '贝',
  '⻋': '车',
  '⻌': '辶',
  '⻐': '钅',
  '⻓': '长',
  '⻔': '门',
  '⻘': '青',
  '⻙': '韦',
  '⻚': '页',
  '⻛': '风',
  '⻜': '飞',
  '⻝': '食',
  '⻠': '饣',
  '⻢': '马',
  '⻣': '骨',
  '⻤': '鬼',
  '⻥': '鱼',
  '⻦': '鸟',
  '⻧': '卤',
  '⻨': '麦',
  '⻩': '黄',
  '⻪': '黾',
  '⻬': '齐',
  '⻮': '齿',
  '⻰': '龙',
  '⻳': '龟',
};

export function foldRadicals(text: string): string {
  return text.replace(/[\u2e80-\u2fdf]/g, (ch) => SUPPLEMENT[ch] ?? ch.normalize('NFKC'));
}
