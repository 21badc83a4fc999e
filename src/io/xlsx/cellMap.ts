/**
 * The hidden sheet that lets the app read its own workbook back exactly: the edition and, for
 * every value cell, the contract cell id with its sheet and address. Colleagues edit the visible
 * sheets; this one only says where each cell is.
 */
export const MAP_SHEET = 'nianbao';
export const MAP_TYPE = 'nianbao/xlsx-cells';
export const MAP_VERSION = 1;

/** Key rows at the top of the map sheet, then a header row `cell | sheet | address`. */
export const MAP_KEYS = {
  type: 'type',
  version: 'version',
  format: 'format',
  agency: 'agency',
  year: 'year',
  title: 'title',
} as const;
export const MAP_HEADER = ['cell', 'sheet', 'address'] as const;
