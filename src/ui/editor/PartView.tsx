import { lazy, Suspense, useEffect, useRef, type RefObject } from 'react';
import { focusCell } from '../grid';
import { BasicInfoForm } from './sections/BasicInfoForm';
import { TablePart } from './sections/TablePart';
import { partHeadingId, type EditorPart, type PartKey } from '../state/parts';
import { sectionTextId, type NavigationTarget } from '../state/navigation';

/** What to show and where focus goes; `serial` changes on every navigation, even to the same part. */
export interface ViewRequest extends NavigationTarget {
  readonly serial: number;
}

/**
 * The text parts (一、五、六 and 六's 政府信息公开 statistics) load when first opened: a report
 * opens on 基本信息, and most visits go to the tables first.
 */
const NarrativePart = lazy(() =>
  import('./sections/NarrativePart').then((m) => ({ default: m.NarrativePart })),
);
const DisclosureStatsBlock = lazy(() =>
  import('./sections/DisclosureStatsBlock').then((m) => ({ default: m.DisclosureStatsBlock })),
);

function focusHeading(part: PartKey): void {
  document.getElementById(partHeadingId(part))?.focus();
}

/** Moves focus as requested; a cell the grid cannot focus falls back to the part heading. */
function applyFocus(part: PartKey, request: ViewRequest): void {
  const { focus } = request;
  switch (focus.kind) {
    case 'heading':
      focusHeading(part);
      return;
    case 'section': {
      const text = document.getElementById(sectionTextId(focus.key));
      if (text === null) focusHeading(part);
      else text.focus();
      return;
    }
    case 'cell':
      if (!focusCell(focus.id)) focusHeading(part);
      return;
  }
}

function PartBody({ part }: { readonly part: EditorPart }) {
  switch (part.key) {
    case 'basic':
      return <BasicInfoForm />;
    case 'overview':
    case 'problems':
      return <NarrativePart sectionKey={part.key} />;
    case 'other':
      return (
        <>
          <NarrativePart sectionKey="other" />
          <DisclosureStatsBlock />
        </>
      );
    case 'proactive':
    case 'applications':
    case 'review':
      return <TablePart tableId={part.key} />;
  }
}

/**
 * Scrolls the part to its top and moves focus as requested. It sits in the same Suspense
 * boundary as the part's body, so a body that loads on demand is there before focus moves.
 */
function FocusRequest({
  part,
  request,
  section,
}: {
  readonly part: PartKey;
  readonly request: ViewRequest;
  readonly section: RefObject<HTMLElement | null>;
}) {
  useEffect(() => {
    // The first render of the editor keeps focus where the page put it.
    if (request.serial === 0) return;
    const main = section.current?.closest('main');
    if (main !== null && main !== undefined) main.scrollTop = 0;
    applyFocus(part, request);
  }, [part, request, section]);
  return null;
}

/** One part of the report, under its heading (the target of navigation focus). */
export function PartView({
  part,
  request,
}: {
  readonly part: EditorPart;
  readonly request: ViewRequest;
}) {
  const section = useRef<HTMLElement>(null);
  const headingId = partHeadingId(part.key);
  return (
    <section ref={section} className="part" aria-labelledby={headingId} data-part-view={part.key}>
      <h2 id={headingId} className="part__heading" tabIndex={-1}>
        {part.heading}
      </h2>
      <Suspense fallback={null}>
        {/* Keyed: each part starts with fresh local state (preview toggle, caret memory). */}
        <PartBody key={part.key} part={part} />
        <FocusRequest part={part.key} request={request} section={section} />
      </Suspense>
    </section>
  );
}
