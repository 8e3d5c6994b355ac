/**
 * Matches a paragraph by its whole text, for `findByText` and friends: phone numbers inside sentences sit in their
 * own `<bdi>` (right-to-left pages), so the text is split across elements. Stories and tests share it.
 */
export const sentence = (text: string) => (_: string, element: Element | null) => element?.tagName === 'P' && element.textContent === text;
