// @ts-check
// TypeDoc plugin: an element's API is what a page author uses (its attributes, properties,
// methods and events), not the Lit and HTMLElement machinery it overrides to work. Members that
// override a lifecycle method of a base class (LitElement, HTMLElement) (`render`,
// `updated`, `connectedCallback`, …) and members inherited from such classes are removed before
// TypeDoc validates and renders, so the reference lists only what we own and document.
import { Converter, ReflectionKind } from 'typedoc';

/** Names of the base-class members we override but that are not part of an element's API. */
const LIFECYCLE = new Set([
  'attributeChangedCallback',
  'connectedCallback',
  'disconnectedCallback',
  'adoptedCallback',
  'createRenderRoot',
  'firstUpdated',
  'getUpdateComplete',
  'render',
  'scheduleUpdate',
  'shouldUpdate',
  'update',
  'updated',
  'willUpdate',
]);

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const project = context.project;
    for (const cls of project.getReflectionsByKind(ReflectionKind.Class)) {
      if (!('children' in cls) || !cls.children || !cls.extendedTypes?.length) continue;
      for (const member of [...cls.children]) {
        const inheritedFromOutside =
          member.inheritedFrom !== undefined && member.inheritedFrom.reflection === undefined;
        // The base classes are not converted, so TypeDoc cannot tell an override: go by name.
        const overridesLifecycle = LIFECYCLE.has(member.name);
        if (inheritedFromOutside || overridesLifecycle) project.removeReflection(member);
      }
    }
  });
}
