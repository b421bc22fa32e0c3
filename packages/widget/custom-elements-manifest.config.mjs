// `cem analyze` (in `pnpm run build`) reads this: our sources, Lit, and a clean-up of what the
// analyzer cannot tell from the code.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.d.ts'],
  litelement: true,
  plugins: [
    {
      name: 'temadag-public-api',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (!declaration.customElement) continue;
            // Private state (Lit `state: true` and #private fields) is not the element's API.
            const privateFields = new Set(
              (declaration.members ?? [])
                .filter((m) => m.privacy === 'private' || m.name.startsWith('#'))
                .map((m) => m.name),
            );
            declaration.members = declaration.members?.filter((m) => !privateFields.has(m.name));
            // An attribute documented on the class (`@attribute lang`) stays, without the
            // private field that makes it reactive.
            declaration.attributes = declaration.attributes?.flatMap((a) => {
              if (!privateFields.has(a.fieldName)) return [a];
              if (!a.description) return [];
              const { fieldName: _field, ...documented } = a;
              return [documented];
            });
            // `dispatchEvent(new TemadagXEvent(...))` reads to the analyzer as an event without
            // a name (or named after the first argument); the @fires tags name them all.
            const events = new Map();
            for (const event of declaration.events ?? []) {
              if (event.name?.startsWith('temadag-') && !events.has(event.name)) {
                events.set(event.name, event);
              }
            }
            declaration.events = [...events.values()];
          }
        }
      },
    },
  ],
};
