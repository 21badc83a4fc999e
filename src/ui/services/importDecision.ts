/** Where an imported report goes: the storage side of 导入, whatever screen asked. */
export type ImportDecision =
  | { readonly kind: 'new' }
  | { readonly kind: 'replace'; readonly reportId: string }
  /**
   * Stored as a new report that becomes last year's report of an existing one (an imported
   * published report): the link is what 关联上年报告 makes, so the continuity checks run.
   */
  | { readonly kind: 'lastYearOf'; readonly reportId: string };
