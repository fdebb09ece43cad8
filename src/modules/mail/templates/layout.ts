import type { Locale } from '../../../common/i18n/locale.js';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** Escapes text for HTML; every piece of user input in a template goes through this. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Puts values into `{name}` placeholders, each through `escape` (plain text or HTML). A
 * function replacer, so a `$&` or `$'` in an organisation's name stays literal text.
 */
export function fillTemplate(
  template: string,
  values: Record<string, string>,
  escape: (value: string) => string = (value) => value,
): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(values, name) ? escape(values[name]) : placeholder,
  );
}

/** Keeps user input out of header structure: no line breaks or control characters. */
export function headerSafe(value: string): string {
  return (
    value
      // eslint-disable-next-line no-control-regex -- matching control characters is the point
      .replace(/[\u0000-\u001f\u007f]+/g, ' ')
      .trim()
      .slice(0, 200)
  );
}

const FOOTER: Record<Locale, string> = {
  fi: 'Tämä on Akatemian automaattinen viesti.',
  sv: 'Det här är ett automatiskt meddelande från Akatemia.',
  en: 'This is an automatic message from Akatemia.',
};

/** Wraps paragraphs (already escaped HTML) and an optional button into the house layout. */
export function htmlLayout(
  locale: Locale,
  paragraphs: string[],
  button?: { label: string; url: string },
): string {
  const body = paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join('\n');
  const action = button
    ? `<p><a href="${escapeHtml(button.url)}" style="display:inline-block;padding:10px 18px;background:#0b5394;color:#fff;text-decoration:none;border-radius:4px">${escapeHtml(button.label)}</a></p>`
    : '';
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;line-height:1.5;color:#222">
${body}
${action}
<p style="color:#777;font-size:12px">${FOOTER[locale]}</p>
</body></html>`;
}

export function textLayout(locale: Locale, paragraphs: string[]): string {
  return `${paragraphs.join('\n\n')}\n\n-- \n${FOOTER[locale]}\n`;
}
