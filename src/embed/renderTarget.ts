/**
 * Where `mount()` renders: the element itself, or an open shadow root on it. In a shadow root the kit's CSS
 * comes from a `<link rel="stylesheet">` inside the root: a same-origin stylesheet passes `style-src 'self'`,
 * where an inline `<style>` (or CSS text injected at run time) would not.
 */
export interface RenderTarget {
  /** The node React renders into. */
  container: HTMLElement;
  /** Points the stylesheet link at a new URL (or removes it). */
  setStylesheet(url: string | undefined): void;
  /** Removes everything the target added to the page. */
  dispose(): void;
}

/** The `styles.css` published next to the embed script. Built from a variable so bundlers leave it alone. */
function defaultStylesheetUrl(): string {
  const file = 'styles.css';
  return new URL(file, import.meta.url).href;
}

export function createRenderTarget(element: HTMLElement, shadow: boolean, stylesheetUrl: string | undefined): RenderTarget {
  const root = shadow ? (element.shadowRoot ?? element.attachShadow({ mode: 'open' })) : element;
  const container = element.ownerDocument.createElement('div');
  container.className = 'pnk-embed-root';
  let link: HTMLLinkElement | null = null;

  const setStylesheet = (url: string | undefined) => {
    const href = url ?? (shadow ? defaultStylesheetUrl() : undefined);
    if (!href) {
      link?.remove();
      link = null;
      return;
    }
    if (!link) {
      link = element.ownerDocument.createElement('link');
      link.rel = 'stylesheet';
      root.insertBefore(link, root.firstChild);
    }
    if (link.getAttribute('href') !== href) link.href = href;
  };

  setStylesheet(stylesheetUrl);
  root.append(container);
  return {
    container,
    setStylesheet,
    dispose() {
      container.remove();
      link?.remove();
    },
  };
}
