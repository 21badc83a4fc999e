import type { Severity } from '../../report/checks/types';

export const SEVERITY_LABEL: Readonly<Record<Severity, string>> = {
  error: '错误',
  warning: '警告',
  info: '提示',
};

/** A shape per severity, so it never rests on colour alone. */
export const SEVERITY_MARK: Readonly<Record<Severity, string>> = {
  error: '✕',
  warning: '!',
  info: 'i',
};
