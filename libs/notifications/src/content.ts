import type { Language } from './notification';

/** A link shown to the reader; only http(s) and mailto addresses ever become one. */
export interface Link {
  label: string;
  href: string;
}

/** One line of the essentials (what, when, where), as a term and its value. */
export interface Fact {
  label: string;
  value: string;
  href?: string;
}

export interface ListItem {
  text: string;
  detail?: string;
  links?: Link[];
}

export interface Section {
  title: string;
  ordered: boolean;
  items: ListItem[];
}

/**
 * A message's content before it becomes HTML and plain text. Every message kind builds one, so
 * all messages share one accessible layout and read in the same order: the essential first.
 */
export interface MessageContent {
  language: Language;
  subject: string;
  heading: string;
  /** Short paragraphs, what matters first. */
  paragraphs: string[];
  facts: Fact[];
  sections: Section[];
  /** The one thing to do, as a link to the page concerned. */
  action: Link;
  /** Said after the action: what to do otherwise, who to ask. */
  notes: string[];
  /** Why the reader receives this message. */
  footer: string;
  /** Where to stop receiving it, for messages one may opt out of. */
  footerLink?: Link;
}

/** The URL itself when it is a web or mail address, else undefined (never a `javascript:` link). */
export function safeHref(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return ['http:', 'https:', 'mailto:'].includes(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
