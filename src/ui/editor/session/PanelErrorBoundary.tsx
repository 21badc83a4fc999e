import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  readonly failed: boolean;
}

/**
 * Keeps a failing side panel from taking the editor (and the unsaved text in it) down with
 * it: the panel shows a message instead, everything else stays.
 */
export class PanelErrorBoundary extends Component<{ readonly children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('panel failed', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.failed) {
      return (
        <p className="persist-error" role="alert">
          这个面板出错了，报告内容不受影响。请关闭面板后重试。
        </p>
      );
    }
    return this.props.children;
  }
}
