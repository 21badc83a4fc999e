import { useId, useState } from 'react';
import { derivedTitle, type RestoredDocument } from '../../report/document';
import { Modal } from '../common/Modal';

interface RenameDialogProps {
  readonly document: RestoredDocument;
  readonly onRename: (change: { readonly agency: string; readonly title: string | null }) => void;
  readonly onClose: () => void;
}

/** 改名: the agency name, and an own title (empty = 机关名称 + 年度 + 政府信息公开工作年度报告). */
export function RenameDialog({ document: doc, onRename, onClose }: RenameDialogProps) {
  const id = useId();
  const [agency, setAgency] = useState(doc.agency);
  // A stored title equal to the derived one is the default, shown as empty (it follows the agency).
  const [title, setTitle] = useState(
    doc.title === null || doc.title === derivedTitle(doc.agency, doc.year) ? '' : doc.title,
  );
  const submit = () => {
    onRename({ agency: agency.trim(), title: title.trim() === '' ? null : title.trim() });
  };
  return (
    <Modal
      title="改名"
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            取消
          </button>
          <button type="button" className="button button--primary" onClick={submit}>
            保存
          </button>
        </>
      }
    >
      <form
        className="new-report__form"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <label htmlFor={`${id}-agency`}>机关名称</label>
        <input
          id={`${id}-agency`}
          className="input"
          value={agency}
          onChange={(e) => {
            setAgency(e.target.value);
          }}
        />
        <label htmlFor={`${id}-title`}>报告标题（留空则自动生成）</label>
        <input
          id={`${id}-title`}
          className="input"
          value={title}
          placeholder={derivedTitle(agency.trim(), doc.year)}
          onChange={(e) => {
            setTitle(e.target.value);
          }}
        />
      </form>
    </Modal>
  );
}
