/**
 * Which components rendered in each React commit, for render budgets.
 *
 * `<Profiler onRender>` says when a commit happened; in that callback (layout phase, after React switched
 * `root.current` to the finished tree) we walk the fiber tree like React DevTools does. React DevTools' global hook
 * cannot be used here: the unit setup imports @testing-library/react, which loads react-dom before any test module
 * (or vi.hoisted block) could define the hook, and react-dom only looks for it while loading. The fiber root is
 * found through the container instead (`__reactContainer$…`, set by createRoot).
 *
 * The rule: a component fiber rendered in this commit when it is new (no alternate) or has PerformedWork (flag 1).
 * Fibers keep their flags after a commit, and a subtree React did not clone stays in the new tree as the very same
 * objects; so, like DevTools, the walk skips a subtree whose `child` pointer did not change (nothing in it ran).
 */
import { createElement, Profiler, type ProfilerOnRenderCallback, type ReactElement, type ReactNode } from 'react';

/** A component on the path from the root: its name, and its key (a memo wrapper's key counts as its own). */
export interface Frame {
  name: string;
  key: string | null;
}

/** A component that rendered in a commit, with the components above it (outermost first). */
export interface RenderedComponent extends Frame {
  ancestors: readonly Frame[];
}

export interface Commit {
  phase: 'mount' | 'update' | 'nested-update';
  rendered: RenderedComponent[];
}

/** The few fiber fields the walk reads (React's internal shape, stable across 18 and 19). */
interface Fiber {
  tag: number;
  key: string | null;
  type: unknown;
  flags: number;
  alternate: Fiber | null;
  child: Fiber | null;
  sibling: Fiber | null;
  return: Fiber | null;
}

const PERFORMED_WORK = 1;
const FUNCTION = 0;
const CLASS = 1;
const FORWARD_REF = 11;
const MEMO = 14;
const SIMPLE_MEMO = 15;

type Named = { displayName?: string; name?: string; render?: Named };

function componentName(fiber: Fiber): string {
  const type = fiber.type as Named;
  const name = fiber.tag === FORWARD_REF ? type.displayName || type.render?.displayName || type.render?.name : type.displayName || type.name;
  return name || '(anonymous)';
}

function isComponent(fiber: Fiber): boolean {
  return fiber.tag === FUNCTION || fiber.tag === CLASS || fiber.tag === FORWARD_REF || fiber.tag === SIMPLE_MEMO;
}

/** The components that rendered in the commit whose finished tree starts at `root`. */
function renderedIn(root: Fiber): RenderedComponent[] {
  const rendered: RenderedComponent[] = [];
  const visit = (fiber: Fiber, ancestors: readonly Frame[]) => {
    let below = ancestors;
    if (isComponent(fiber)) {
      const wrapper = fiber.return?.tag === MEMO ? fiber.return : null;
      const frame = { name: componentName(fiber), key: fiber.key ?? wrapper?.key ?? null };
      if (fiber.alternate === null || (fiber.flags & PERFORMED_WORK) !== 0) rendered.push({ ...frame, ancestors });
      below = [...ancestors, frame];
    }
    // Children not cloned in this render: the subtree is last commit's, flags and all.
    if (fiber.alternate !== null && fiber.alternate.child === fiber.child) return;
    for (let child = fiber.child; child; child = child.sibling) visit(child, below);
  };
  visit(root, []);
  return rendered;
}

function currentRootFiber(container: Element): Fiber {
  const key = Object.keys(container).find((k) => k.startsWith('__reactContainer$'));
  if (!key) throw new Error('renderTracker: no React root in this container (render into tracker.container)');
  const hostRoot = (container as unknown as Record<string, { stateNode: { current: Fiber } }>)[key]!;
  return hostRoot.stateNode.current;
}

/**
 * Render `tracker.wrap(ui)` into `tracker.container` (`render(tracker.wrap(ui), { container: tracker.container })`);
 * every commit of that tree lands in `tracker.commits`.
 */
export function createRenderTracker() {
  const container = document.body.appendChild(document.createElement('div'));
  const commits: Commit[] = [];
  const onRender: ProfilerOnRenderCallback = (_id, phase) => {
    commits.push({ phase, rendered: renderedIn(currentRootFiber(container)) });
  };
  return {
    container,
    commits,
    wrap: (ui: ReactNode): ReactElement => createElement(Profiler, { id: 'render-budget', onRender }, ui),
    /** The commits since the last call. */
    take: (): Commit[] => commits.splice(0),
  };
}

/** "Outer > Row[key] > Name", for readable failures. */
export function describeRendered(component: RenderedComponent): string {
  return [...component.ancestors, component].map((f) => (f.key === null ? f.name : `${f.name}[${f.key}]`)).join(' > ');
}

/** The frame named `name` at or above the component, if any (the innermost one). */
export function frameNamed(component: RenderedComponent, name: string): Frame | undefined {
  if (component.name === name) return component;
  return [...component.ancestors].reverse().find((f) => f.name === name);
}

/** Every component rendered in these commits, flattened. */
export function allRendered(commits: readonly Commit[]): RenderedComponent[] {
  return commits.flatMap((c) => c.rendered);
}
