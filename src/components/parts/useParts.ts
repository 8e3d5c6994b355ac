'use client';
/**
 * Class names of a component's parts: the kit's stable class (`pnk-add-phone-number__input`) plus whatever host
 * classes `appearance.elements` names for that part (`'addPhoneNumber.input'`).
 */
import { useMemo, type CSSProperties } from 'react';
import { appearanceStyle, type Appearance } from '../../theme/appearance.ts';
import { useAppearance } from '../../theme/AppearanceProvider.tsx';
import { kitPartClass } from './blocks.ts';
import { componentBlock } from './partTypes.ts';
import type { ComponentKey, PartKey, PartName } from './registry.ts';

type CommonPart = PartName<'common'>;

/** `part('submit', 'button')` → `pnk-button <host common.button> pnk-add-phone-number__submit <host addPhoneNumber.submit>`. */
export type PartClassName<K extends ComponentKey> = (part: PartName<K>, ...shared: CommonPart[]) => string;

function classOf(elements: Appearance['elements'], component: ComponentKey, part: string): string {
  const kit = kitPartClass(component, part);
  const host = elements?.[`${component}.${part}` as PartKey];
  return host ? `${kit} ${host}` : kit;
}

function partNamer<K extends ComponentKey>(component: K, elements: Appearance['elements']): PartClassName<K> {
  return (part, ...shared) => [...shared.map((name) => classOf(elements, 'common', name)), classOf(elements, component, part)].join(' ');
}

/** A function from part name to class names, for one component (inside its root, which provides the appearance). */
export function useParts<K extends ComponentKey>(component: K): PartClassName<K> {
  const { elements } = useAppearance();
  return useMemo(() => partNamer(component, elements), [elements, component]);
}

/** The props every component root carries, and the merged appearance its content should see. */
export interface KitRoot<K extends ComponentKey> {
  /** To hand on with `<AppearanceScope value={root.appearance}>`, so parts and nested components see it. */
  appearance: Appearance;
  /** Part classes from the merged appearance (the root's own JSX cannot read the scope it provides). */
  part: PartClassName<K>;
  common: PartClassName<'common'>;
  props: {
    className: string;
    style?: CSSProperties;
    'data-theme'?: string;
    'data-density'?: string;
  };
}

/**
 * The root of a component: `pnk` (or `pnk-unstyled`), the block class, host classes from `elements['<key>.root']`
 * and the `className` prop; the variables as custom properties; `data-theme` and `data-density`.
 */
export function useKitRoot<K extends Exclude<ComponentKey, 'common'>>(component: K, own: Appearance | undefined, className?: string): KitRoot<K> {
  const appearance = useAppearance(own);
  return useMemo(() => {
    const host = appearance.elements?.[`${component}.root` as PartKey];
    return {
      appearance,
      part: partNamer(component, appearance.elements),
      common: partNamer('common', appearance.elements),
      props: {
        className: [appearance.unstyled ? 'pnk-unstyled' : 'pnk', componentBlock(component), host, className].filter(Boolean).join(' '),
        style: appearanceStyle(appearance.variables) as CSSProperties | undefined,
        'data-theme': appearance.theme,
        'data-density': appearance.variables?.density,
      },
    };
  }, [appearance, component, className]);
}
