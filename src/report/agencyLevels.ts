import type { AgencyLevel } from './document';

/** 机关层级 in the order of the government hierarchy: one set of names for forms and messages. */
export const AGENCY_LEVEL_LABELS: Readonly<Record<AgencyLevel, string>> = {
  'state-council-department': '国务院部门',
  'provincial-government': '省级人民政府',
  'provincial-department': '省级人民政府部门',
  'city-government': '设区的市级人民政府',
  'city-department': '设区的市级人民政府部门',
  'county-government': '县级人民政府',
  'county-department': '县级人民政府部门',
  township: '乡镇人民政府（街道办事处）',
  other: '其他',
};
