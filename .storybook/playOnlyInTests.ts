/**
 * Stories open in their first state in Storybook (`npm start`, the built Storybook), so a reviewer can try each one
 * from the start and in any toolbar language; their play functions run only as tests (`vitest --project storybook`,
 * which does not install this plugin). Storybook has no setting for it: the story view plays a story's `play`
 * whenever it opens (only an `embed=true` URL skips it). So the story files Storybook serves drop `play` from their
 * exports, once, at the end of each file: one switch for every story, with nothing to remember in new ones.
 */
import type { Plugin } from 'vite';

const STORY_FILE = /\/stories\/[^/]+\.stories\.tsx$/;

/** The names a (transpiled) story file exports its meta and stories under. */
function annotationNames(code: string): string[] {
  const stories = [...code.matchAll(/^export const (\w+)\s*=/gm)].map((match) => match[1]!);
  const meta = /^export default (\w+);/m.exec(code)?.[1];
  return meta ? [meta, ...stories] : stories;
}

/** The Vite plugin: for Storybook's own server and build only (see .storybook/main.ts). */
export function playOnlyInTests(): Plugin {
  return {
    name: 'phone-number-kit:play-only-in-tests',
    transform(code, id) {
      if (!STORY_FILE.test(id.split('?')[0]!)) return null;
      const names = annotationNames(code);
      if (names.length === 0) return null;
      const dropPlay = `\nfor (const annotations of [${names.join(', ')}]) if (annotations && typeof annotations === 'object') delete annotations.play;\n`;
      // Appended, so the existing lines (and their source map) stay as they are.
      return { code: code + dropPlay, map: null };
    },
  };
}
