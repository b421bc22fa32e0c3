/**
 * An esbuild plugin that takes the indentation out of Lit's `html` and `css` templates in our
 * own sources: esbuild minifies code, not the text of template literals. It changes only
 * whitespace (and CSS comments), and only where HTML and CSS ignore it:
 *
 * - `html`: a run of whitespace that holds a line break becomes one space, or nothing when it
 *   sits between two tags (`>` and `<`). Templates with `<pre` or `<textarea` are left alone.
 * - `css`: comments go; whitespace runs become one space; spaces next to `{ } ; , >` and after
 *   `:` go (a space before `:` stays: it is a descendant combinator in selectors).
 *
 * Only the static parts of a template change; whitespace next to a `${}` is kept, so no two
 * tokens are ever joined.
 */
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';
import ts from 'typescript';

function minifyHtml(text: string, first: boolean, last: boolean): string {
  let out = text.replace(/>\s*\n\s*</g, '><').replace(/\s*\n\s*/g, ' ');
  if (first) out = out.replace(/^\s+/, '');
  if (last) out = out.replace(/\s+$/, '');
  return out;
}

function minifyCss(text: string, first: boolean, last: boolean): string {
  let out = text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}');
  if (first) out = out.replace(/^ /, '');
  if (last) out = out.replace(/ $/, '');
  return out;
}

/**
 * Rewrites the templates of one TypeScript source.
 *
 * @param source - the file's text
 * @param fileName - for the parser
 * @returns the text with its `html` and `css` templates minified
 */
export function minifyTemplates(source: string, fileName: string): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
      const tag = node.tag.text;
      const template = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      const whole = template.getText(file);
      const skip = tag === 'html' && /<(pre|textarea)\b/i.test(whole);
      if ((tag === 'html' || tag === 'css') && !skip) {
        const minify = tag === 'html' ? minifyHtml : minifyCss;
        parts.forEach((part, i) => {
          // The raw text sits between the opening (` or }) and the closing (` or ${).
          const start = part.getStart(file) + 1;
          const close = i === parts.length - 1 ? 1 : 2;
          const end = part.end - close;
          const raw = source.slice(start, end);
          edits.push({ start, end, text: minify(raw, i === 0, i === parts.length - 1) });
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  }
  return out;
}

/**
 * The plugin: applies {@link minifyTemplates} to the `.ts` files under `src/`.
 *
 * @param srcDir - absolute path of the sources to minify
 * @returns the esbuild plugin
 */
export function minifyTemplatesPlugin(srcDir: string): Plugin {
  const escaped = srcDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return {
    name: 'minify-templates',
    setup(build) {
      build.onLoad({ filter: new RegExp(`^${escaped}.*\\.ts$`) }, async (args) => ({
        contents: minifyTemplates(await readFile(args.path, 'utf8'), args.path),
        loader: 'ts',
      }));
    },
  };
}
