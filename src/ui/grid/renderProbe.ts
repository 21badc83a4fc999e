/**
 * A hook point for measuring how narrowly the grid re-renders (tests and the dev harness
 * count renders per keystroke). Costs one null check per render when nobody listens.
 */
export type RenderKind = 'cell' | 'note';
type Listener = (kind: RenderKind, cellId: string) => void;

let listener: Listener | null = null;

export function setRenderProbe(next: Listener | null): void {
  listener = next;
}

export function probeRender(kind: RenderKind, cellId: string): void {
  listener?.(kind, cellId);
}
