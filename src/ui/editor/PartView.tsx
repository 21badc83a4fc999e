import { useEffect, useRef } from 'react';
import { focusCell } from '../grid';
import { BasicInfoForm } from './sections/BasicInfoForm';
import { NarrativePart } from './sections/NarrativePart';
import { DisclosureStatsBlock } from './sections/DisclosureStatsBlock';
import { TablePart } from './sections/TablePart';
import { partHeadingId, type EditorPart, type PartKey } from '../state/parts';
import { sectionTextId, type NavigationTarget } from '../state/navigation';

/** What to show and where focus goes; `serial` changes on every navigation, even to the same part. */
export interface ViewRequest extends NavigationTarget {
  readonly serial: number;
}

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

/** One part of the report, under its heading (the target of navigation focus). */
export function PartView({
  part,
  request,
}: {
  readonly part: EditorPart;
  readonly request: ViewRequest;
}) {
  const section = useRef<HTMLElement>(null);
  const { key } = part;
  useEffect(() => {
    // The first render of the editor keeps focus where the page put it.
    if (request.serial === 0) return;
    const main = section.current?.closest('main');
    if (main !== null && main !== undefined) main.scrollTop = 0;
    applyFocus(key, request);
  }, [key, request]);
  const headingId = partHeadingId(part.key);
  return (
    <section ref={section} className="part" aria-labelledby={headingId} data-part-view={part.key}>
      <h2 id={headingId} className="part__heading" tabIndex={-1}>
        {part.heading}
      </h2>
      {/* Keyed: each part starts with fresh local state (preview toggle, caret memory). */}
      <PartBody key={part.key} part={part} />
    </section>
  );
}
