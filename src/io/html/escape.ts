const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for HTML element content and quoted attribute values. Every user-supplied
 * string (agency, title, preface, sections …) goes through here: the report is opened by
 * other people (主管部门), so a name must never become markup.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (ch) => ENTITIES[ch] ?? ch);
}
