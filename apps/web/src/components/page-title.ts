import { useEffect } from 'react';

/** Sets the tab's title, page first, so screen-reader users hear where a navigation landed. */
export function usePageTitle(title: string | undefined): void {
  useEffect(() => {
    if (title) document.title = `${title} — Quorum`;
  }, [title]);
}
