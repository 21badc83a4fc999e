import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape';

describe('escapeHtml', () => {
  it('escapes the five characters that can end text or an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
    );
  });

  it('leaves Chinese text and full-width punctuation alone', () => {
    const text = '镇海区新闻中心（一）“三安全一稳定”＜＞';
    expect(escapeHtml(text)).toBe(text);
  });
});
