import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { RestoredDocument } from '../../report/document';
import SEED_TEXT from '../../../fixtures/reports/zhenhai-2020.json?raw';
import type { ExistingReport, ImportDecision } from './importFlow';
import { ImportDialog } from './ImportDialog';

afterEach(cleanup);

const SEED_AGENCY = '镇海区新闻中心';

interface Calls {
  imports: [ImportDecision, RestoredDocument][];
  closes: number;
}

function mount(options: {
  existing?: readonly ExistingReport[];
  onImport?: (decision: ImportDecision, doc: RestoredDocument) => void | Promise<void>;
}): Calls {
  const calls: Calls = { imports: [], closes: 0 };
  render(
    <ImportDialog
      existing={options.existing ?? []}
      onImport={(decision, doc) => {
        calls.imports.push([decision, doc]);
        return options.onImport?.(decision, doc);
      }}
      onClose={() => {
        calls.closes += 1;
      }}
    />,
  );
  return calls;
}

function choose(text: string | Uint8Array<ArrayBuffer>, name = 'report.json'): void {
  const input = screen.getByLabelText('年报文件（.json）或已发布的年报');
  fireEvent.change(input, {
    target: { files: [new File([text], name, { type: 'application/json' })] },
  });
}

function troubledSeed(): string {
  const file = JSON.parse(SEED_TEXT) as {
    tables: { applications: Record<string, Record<string, unknown>> };
  };
  const table = file.tables.applications;
  table.received = { ...table.received, naturalPerson: '１２' };
  table.disclosed = { ...table.disclosed, commercial: 'abc' };
  table.madeUpRow = { naturalPerson: 1 };
  return JSON.stringify(file);
}

const button = (name: string) => screen.getByRole('button', { name });

describe('ImportDialog', () => {
  it('lists every problem first; 取消 closes without importing', async () => {
    const calls = mount({});
    choose(troubledSeed());
    const list = await screen.findByRole('list', { name: '文件中的问题' });
    const items = within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      '说明表三「一、本年新收政府信息公开申请数量」行「自然人」列：“１２”已按 12 读取',
      '警告表三「（一）予以公开」行「商业企业」列：“abc”不是数字，已留空',
      '警告表三中有 2019 年版格式没有的行「madeUpRow」，已原样保留',
    ]);
    expect(screen.getByText('共 3 个问题：警告 2 个，说明 1 个')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '替换现有报告（先保存修订快照）' })).toBeNull();
    fireEvent.click(button('取消'));
    expect(calls).toEqual({ imports: [], closes: 1 });
  });

  it('imports as a new report, then closes', async () => {
    const calls = mount({});
    choose(SEED_TEXT);
    fireEvent.click(await screen.findByRole('button', { name: '作为新报告导入' }));
    await screen.findByText('未发现问题。');
    await new Promise((r) => setTimeout(r, 0));
    expect(calls.imports.map(([d, doc]) => [d, doc.agency])).toEqual([
      [{ kind: 'new' }, SEED_AGENCY],
    ]);
    expect(calls.closes).toBe(1);
  });

  it('offers to replace the stored report of the same agency and year', async () => {
    const calls = mount({
      existing: [
        {
          id: 'r-2020',
          agency: SEED_AGENCY,
          year: 2020,
          updatedAt: Date.UTC(2026, 0, 5),
          title: '旧稿',
        },
        { id: 'r-2021', agency: SEED_AGENCY, year: 2021, updatedAt: 1 },
      ],
    });
    choose(SEED_TEXT);
    const replace = await screen.findByRole('button', { name: '替换现有报告（先保存修订快照）' });
    expect(replace.getAttribute('aria-describedby')).not.toBeNull();
    expect(
      document.getElementById(replace.getAttribute('aria-describedby') ?? '')?.textContent,
    ).toMatch(/^旧稿（最后修改于 2026-01-0\d /);
    fireEvent.click(replace);
    await new Promise((r) => setTimeout(r, 0));
    expect(calls.imports.map(([d]) => d)).toEqual([{ kind: 'replace', reportId: 'r-2020' }]);
    expect(calls.closes).toBe(1);
  });

  it('reads a GBK (“ANSI”) file as GB18030 and says so in the problem list', async () => {
    const calls = mount({});
    // jsdom gives modules an http URL: the fixture is found from the project root.
    const gbk = readFileSync('fixtures/encodings/zhenhai-2020.gb18030.json');
    choose(new Uint8Array(gbk), 'ansi.json');
    const list = await screen.findByRole('list', { name: '文件中的问题' });
    expect(within(list).getAllByRole('listitem')[0]?.textContent).toMatch(
      /^说明文件不是 UTF-8 编码，已按 GB18030（GBK/u,
    );
    expect(screen.queryByText('未发现问题。')).toBeNull();
    expect(screen.getByText(SEED_AGENCY)).toBeTruthy();
    fireEvent.click(button('作为新报告导入'));
    await new Promise((r) => setTimeout(r, 0));
    expect(calls.imports.map(([, doc]) => doc.agency)).toEqual([SEED_AGENCY]);
  });

  it('refuses a file in neither UTF-8 nor GB18030, naming both', async () => {
    mount({});
    choose(new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0xff, 0x22, 0x7d]), 'binary.json');
    expect(await screen.findByText('无法导入“binary.json”，未做任何改动。')).toBeTruthy();
    expect(screen.getByRole('listitem').textContent).toContain('也不是 GB18030（GBK）编码');
  });

  it('refuses a file it cannot use and offers nothing to import', async () => {
    const calls = mount({});
    choose('{"type": "nianbao/annual-report", "version": 7}', 'newer.json');
    expect(await screen.findByText('无法导入“newer.json”，未做任何改动。')).toBeTruthy();
    expect(screen.getByRole('listitem').textContent).toBe(
      '错误文件版本 7 比本程序支持的版本 1 新，请升级年报后再导入',
    );
    expect(screen.queryByRole('button', { name: '作为新报告导入' })).toBeNull();
    // Another file can be chosen from here.
    fireEvent.click(button('选择其他文件'));
    expect(screen.getByLabelText('年报文件（.json）或已发布的年报')).toBeTruthy();
    fireEvent.click(button('关闭'));
    expect(calls).toEqual({ imports: [], closes: 1 });
  });

  it('keeps the dialog open and says so when the caller cannot import', async () => {
    const calls = mount({
      onImport: () => Promise.reject(new Error('存储空间不足')),
    });
    choose(SEED_TEXT);
    fireEvent.click(await screen.findByRole('button', { name: '作为新报告导入' }));
    expect((await screen.findByRole('alert')).textContent).toBe('导入没有完成：存储空间不足');
    expect(calls.closes).toBe(0);
    expect(button('作为新报告导入').hasAttribute('disabled')).toBe(false);
  });

  it('takes a published report to the review, in the same dialog, without importing', async () => {
    const calls = mount({});
    const input = screen.getByLabelText('年报文件（.json）或已发布的年报');
    // Every ending a reader takes is offered, report files first.
    const accepted = (input.getAttribute('accept') ?? '').split(',');
    expect(accepted[0]).toBe('.json');
    expect([...accepted].sort()).toEqual(
      [
        '.json',
        '.html',
        '.htm',
        '.shtml',
        '.xhtml',
        '.docx',
        '.pdf',
        '.txt',
        '.text',
        '.xlsx',
      ].sort(),
    );
    fireEvent.change(input, {
      target: { files: [new File(['PK'], '2024年报.docx')] },
    });
    expect(await screen.findByRole('heading', { level: 2, name: '核对导入的报告' })).toBeTruthy();
    expect(calls.imports).toEqual([]);
  });

  it('takes a paste of the copied page to the review; an empty paste says what to do', async () => {
    const calls = mount({});
    const area = screen.getByLabelText('或粘贴复制的年报');
    fireEvent.paste(area, { clipboardData: { getData: () => '' } });
    expect(screen.getByRole('alert').textContent).toBe(
      '剪贴板中没有文字。请先在网页或文件中全选并复制年报。',
    );
    fireEvent.paste(area, {
      clipboardData: {
        getData: (type: string) =>
          type === 'text/html' ? '<table><tr><td>1</td></tr></table>' : '1',
      },
    });
    expect(await screen.findByRole('heading', { level: 2, name: '核对导入的报告' })).toBeTruthy();
    expect(calls.imports).toEqual([]);
  });

  it('refuses an old binary Word file with what to do instead', async () => {
    mount({});
    fireEvent.change(screen.getByLabelText('年报文件（.json）或已发布的年报'), {
      target: { files: [new File(['x'], '年报.doc')] },
    });
    expect((await screen.findByRole('alert')).textContent).toBe(
      '无法读取“年报.doc”：这是Word 97-2003 文档（.doc），请在 Word、WPS 或 Excel 中另存为 .docx 后再导入。',
    );
  });
});
