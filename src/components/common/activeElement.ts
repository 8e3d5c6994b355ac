/**
 * The focused element as seen from `node`'s own tree: inside a shadow root (the embed's `shadow: true`),
 * `document.activeElement` is only the shadow host, so focus checks must ask the root the node lives in. When
 * nothing inside that root has focus, the page's focused element (often `<body>`) is returned, so "focus was lost"
 * and "focus is elsewhere on the page" stay distinguishable.
 */
export function activeElementOf(node: Node | null | undefined): Element | null {
  const root = node?.getRootNode();
  if (root instanceof ShadowRoot && root.activeElement) return root.activeElement;
  return document.activeElement;
}
