import Handlebars from 'handlebars';
import type { MessageContent } from './content';

// One isolated Handlebars environment: `{{ }}` escapes every value, and the template never uses the
// unescaped `{{{ }}}`, so a hostile name or title is shown as text, never run as markup.
const handlebars = Handlebars.create();

// Plain semantic HTML with inline styles (many mail clients drop <style>): dark text on white
// (contrast above 15:1), underlined links, 17px type, one column that reflows on a phone.
const HTML = handlebars.compile<MessageContent>(
  `<!DOCTYPE html>
<html lang="{{language}}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>{{subject}}</title>
</head>
<body style="margin:0;padding:0;background:#ffffff;color:#1a1a1a;font-family:Arial,Helvetica,sans-serif;font-size:17px;line-height:1.5">
<main style="max-width:640px;margin:0 auto;padding:24px 16px">
<h1 style="font-size:24px;line-height:1.3;margin:0 0 16px">{{heading}}</h1>
{{#each paragraphs}}
<p style="margin:0 0 16px">{{this}}</p>
{{/each}}
{{#if facts.length}}
<dl style="margin:0 0 16px">
{{#each facts}}
<dt style="font-weight:bold">{{label}}</dt>
<dd style="margin:0 0 8px">{{#if href}}<a href="{{href}}" style="color:#0b4f9c;text-decoration:underline">{{value}}</a>{{else}}{{value}}{{/if}}</dd>
{{/each}}
</dl>
{{/if}}
<p style="margin:24px 0"><a href="{{action.href}}" style="display:inline-block;background:#0b4f9c;color:#ffffff;font-weight:bold;text-decoration:underline;padding:12px 20px;border-radius:4px">{{action.label}}</a></p>
{{#each sections}}
<h2 style="font-size:20px;line-height:1.3;margin:24px 0 8px">{{title}}</h2>
{{#if ordered}}<ol style="margin:0 0 16px;padding-left:24px">{{else}}<ul style="margin:0 0 16px;padding-left:24px">{{/if}}
{{#each items}}
<li style="margin:0 0 8px">{{text}}{{#if detail}}<br><span style="color:#3d3d3d">{{detail}}</span>{{/if}}{{#each links}}<br><a href="{{href}}" style="color:#0b4f9c;text-decoration:underline">{{label}}</a>{{/each}}</li>
{{/each}}
{{#if ordered}}</ol>{{else}}</ul>{{/if}}
{{/each}}
{{#each notes}}
<p style="margin:0 0 16px">{{this}}</p>
{{/each}}
<footer style="margin-top:32px;padding-top:16px;border-top:1px solid #767676;font-size:15px;color:#3d3d3d">
<p style="margin:0">{{footer}}{{#if footerLink}} <a href="{{footerLink.href}}" style="color:#0b4f9c;text-decoration:underline">{{footerLink.label}}</a>{{/if}}</p>
</footer>
</main>
</body>
</html>
`,
  { strict: false, knownHelpersOnly: true },
);

/** The message as an HTML document: `lang` set, headings, lists and links a screen reader can walk. */
export function renderHtml(content: MessageContent): string {
  return HTML(content);
}

/** The plain-text alternative: the same content in the same order, links written out in full. */
export function renderText(content: MessageContent): string {
  // French puts a (non-breaking) space before a colon; English does not.
  const colon = content.language === 'fr' ? '\u00a0: ' : ': ';
  const blocks: string[] = [content.heading, ...content.paragraphs];
  if (content.facts.length > 0) {
    blocks.push(
      content.facts
        .map((f) => `${f.label}${colon}${f.value}${f.href && f.href !== f.value ? ` <${f.href}>` : ''}`)
        .join('\n'),
    );
  }
  blocks.push(`${content.action.label}${colon}${content.action.href}`);
  for (const section of content.sections) {
    const items = section.items.map((item, i) => {
      const bullet = section.ordered ? `${i + 1}.` : '-';
      const indent = ' '.repeat(bullet.length + 1);
      const lines = [`${bullet} ${item.text}`];
      if (item.detail) lines.push(`${indent}${item.detail}`);
      for (const link of item.links ?? []) lines.push(`${indent}${link.label} <${link.href}>`);
      return lines.join('\n');
    });
    blocks.push(`${section.title}\n\n${items.join('\n')}`);
  }
  const optOut = content.footerLink ? `\n${content.footerLink.label}${colon}${content.footerLink.href}` : '';
  blocks.push(...content.notes, `--\n${content.footer}${optOut}`);
  return `${blocks.join('\n\n')}\n`;
}
