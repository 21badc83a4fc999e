import { useEffect, useMemo } from 'react';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { AGENCY_LEVELS, derivedTitle } from '../../../report/document';
import { formatChineseDate } from '../../../io/html/date';
import { useDocumentSelector, useReportStore } from '../../state/hooks';
import { AGENCY_LEVEL_LABELS } from './agencyLevels';
import {
  applyBasicInfoField,
  basicInfoSchema,
  basicInfoValues,
  FIELD_CHANGE_LABEL,
  FIELD_LABEL,
  type BasicInfoField,
  type BasicInfoValues,
} from './basicInfoSchema';
import { EditionField } from './EditionField';
import { FieldShell } from './FieldShell';
import { zodResolver } from './zodResolver';
import './sections.css';

/**
 * Keeps one form field in step with the report when the report changes from outside the field
 * (undo, redo, a loaded draft). The field's own edits already match, so they are left alone,
 * and so is a half-typed invalid value while the report's value stays the same.
 */
function useReportValue(
  form: UseFormReturn<BasicInfoValues>,
  field: BasicInfoField,
  value: string,
): void {
  useEffect(() => {
    if (form.getValues(field) === value) return;
    form.setValue(field, value, { shouldValidate: true });
  }, [form, field, value]);
}

/** 基本信息: the report's agency, year, edition, title, preface and publication date. */
export function BasicInfoForm() {
  const store = useReportStore();
  const defaultValues = useMemo(() => basicInfoValues(store.document), [store]);
  const form = useForm<BasicInfoValues>({
    defaultValues,
    mode: 'onChange',
    resolver: zodResolver(basicInfoSchema),
  });
  const { register, formState, getValues, setValue } = form;
  const { errors } = formState;

  useReportValue(
    form,
    'agency',
    useDocumentSelector((d) => d.agency),
  );
  useReportValue(
    form,
    'agencyLevel',
    useDocumentSelector((d) => d.agencyLevel ?? ''),
  );
  useReportValue(
    form,
    'year',
    useDocumentSelector((d) => String(d.year)),
  );
  const title = useDocumentSelector((d) => d.title);
  useReportValue(form, 'title', title ?? '');
  useReportValue(
    form,
    'preface',
    useDocumentSelector((d) => d.preface),
  );
  const publicationDate = useDocumentSelector((d) => d.publicationDate ?? '');
  useReportValue(form, 'publicationDate', publicationDate);
  const defaultTitle = useDocumentSelector((d) => derivedTitle(d.agency, d.year));

  /** Every change flows to the report at once; typing in one field is one undo step. */
  const push = (field: BasicInfoField) => {
    const value = getValues(field);
    store.update((doc) => applyBasicInfoField(doc, field, value), {
      kind: 'edit',
      label: FIELD_CHANGE_LABEL[field],
      coalesce: `basic:${field}`,
    });
  };
  const bind = (field: BasicInfoField) =>
    register(field, {
      onChange: () => {
        push(field);
      },
    });

  return (
    <form
      className="basic-form"
      noValidate
      aria-label="基本信息"
      onSubmit={(e) => {
        e.preventDefault();
      }}
    >
      <div className="basic-form__grid">
        <FieldShell
          field="agency"
          label={FIELD_LABEL.agency}
          required
          error={errors.agency?.message}
          wide
        >
          {(a11y) => (
            <input
              {...a11y}
              {...bind('agency')}
              type="text"
              autoComplete="organization"
              data-store-undo
              className="input"
            />
          )}
        </FieldShell>
        <FieldShell
          field="agencyLevel"
          label={FIELD_LABEL.agencyLevel}
          hint="用于判断是否可以制定规章等合理性检查。"
          error={errors.agencyLevel?.message}
        >
          {(a11y) => (
            <select {...a11y} {...bind('agencyLevel')} className="input">
              <option value="">请选择</option>
              {AGENCY_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {AGENCY_LEVEL_LABELS[level]}
                </option>
              ))}
            </select>
          )}
        </FieldShell>
        <FieldShell
          field="year"
          label={FIELD_LABEL.year}
          required
          hint="报告所统计的年度，如 2024 年度报告于 2025 年初发布。"
          error={errors.year?.message}
        >
          {(a11y) => (
            <input
              {...a11y}
              {...bind('year')}
              type="text"
              inputMode="numeric"
              maxLength={4}
              data-store-undo
              className="input input--year"
            />
          )}
        </FieldShell>
        <EditionField />
        <FieldShell
          field="title"
          label={FIELD_LABEL.title}
          hint={
            title === null
              ? `现用标题：${defaultTitle}（按机关名称和年度自动生成；需要时在上面改写）`
              : `默认标题：${defaultTitle}`
          }
          error={errors.title?.message}
          wide
          action={
            <button
              type="button"
              className="button button--small"
              disabled={title === null}
              onClick={() => {
                setValue('title', '');
                push('title');
              }}
            >
              恢复默认标题
            </button>
          }
        >
          {(a11y) => (
            <input
              {...a11y}
              {...bind('title')}
              type="text"
              placeholder="使用自动生成的标题"
              data-store-undo
              className="input"
            />
          )}
        </FieldShell>
        <FieldShell
          field="preface"
          label={FIELD_LABEL.preface}
          hint="印在标题之后、“一、总体情况”之前，如报告的依据和统计期限。"
          error={errors.preface?.message}
          wide
        >
          {(a11y) => (
            <textarea
              {...a11y}
              {...bind('preface')}
              rows={5}
              data-store-undo
              className="input input--reading"
            />
          )}
        </FieldShell>
        <FieldShell
          field="publicationDate"
          label={FIELD_LABEL.publicationDate}
          hint={
            // The date field shows the browser's own order (01/20/2025 in an English
            // browser); the line under it says how it prints, the same in every browser.
            publicationDate === ''
              ? '印在报告末尾的机关名称之下，可暂不填写。'
              : `印作：${formatChineseDate(publicationDate)}（在报告末尾的机关名称之下）`
          }
          error={errors.publicationDate?.message}
        >
          {(a11y) => (
            <input
              {...a11y}
              {...bind('publicationDate')}
              type="date"
              data-store-undo
              className="input"
            />
          )}
        </FieldShell>
      </div>
    </form>
  );
}
