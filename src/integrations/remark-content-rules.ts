/**
 * Checks chapter sources for mistakes that are best reported with a line number:
 * heading levels, empty chapters and sections, raw scripts, and `<Term>` ids that are not in the
 * glossary. (Links, anchors, images and outside resources are checked on the built HTML.)
 *
 * It never changes the tree. Problems go to `report` (collected for the end of the build, or thrown
 * at once in `astro dev`). Example of what it reports:
 *
 *   ## Pricing           →  (no text before the next ##)  "The section "Pricing" is empty."
 *   #### Per device      →  directly under an h2          "Heading level jumps from h2 to h4."
 *   <Term id="pas">PAS</Term>                             "Unknown glossary id "pas". Did you mean "psa"?"
 */
import type { Root, RootContent, Heading } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { textOf, squash } from '../utils/text';
import { closest } from '../utils/closest';
import type { Diagnostic } from '../utils/diagnostics';

export interface ContentRulesOptions {
	/** True for files this plugin should check (chapters only). */
	include: (path: string) => boolean;
	/** Project-relative path for messages. */
	displayPath: (path: string) => string;
	/** Current glossary ids. */
	glossaryIds: () => ReadonlySet<string>;
	/** Project-relative path of the glossary, for messages. @default 'content/glossary.yaml' */
	glossaryFile?: string;
	/** Receives every problem. */
	report: (diagnostic: Diagnostic, file: VFile) => void;
}

interface JsxNode {
	type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
	name: string | null;
	attributes: Array<{ type: string; name?: string; value?: unknown }>;
	position?: { start: { line: number } };
}

const isJsx = (node: { type: string }): node is JsxNode =>
	node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

const attr = (node: JsxNode, name: string): unknown =>
	node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;

/** Nodes that carry no reader-visible content. */
const isSilent = (node: RootContent) =>
	(node.type as string) === 'mdxjsEsm' || (node.type === 'html' && /^<!--[\s\S]*-->$/.test(node.value.trim()));

export function remarkContentRules(options: ContentRulesOptions) {
	return (tree: Root, file: VFile) => {
		if (!file.path || !options.include(file.path)) return;
		const path = options.displayPath(file.path);
		const report = (node: { position?: { start: { line: number } } } | undefined, message: string, fix: string) =>
			options.report({ file: path, line: node?.position?.start.line, message, fix }, file);

		const content = tree.children.filter((node) => !isSilent(node));
		if (!content.length) {
			report(undefined, 'The chapter has no content.', 'Write the chapter body below the frontmatter, or delete the file.');
			return;
		}

		// Heading levels and empty sections, on the top-level flow.
		let previousDepth = 1;
		content.forEach((node, index) => {
			if (node.type !== 'heading') return;
			const heading = node as Heading;
			const title = squash(textOf(heading)) || '(empty heading)';
			if (heading.depth === 1) {
				report(heading, `"# ${title}" is a level-1 heading; the chapter title is the only h1.`, 'Use "##" for sections and "###" for subsections.');
			} else if (heading.depth > previousDepth + 1) {
				report(
					heading,
					`Heading level jumps from h${previousDepth} to h${heading.depth} at "${title}".`,
					`Use ${'#'.repeat(previousDepth + 1)} for this heading, or add the missing level above it.`,
				);
			}
			previousDepth = heading.depth;
			const next = content[index + 1];
			if (!next || (next.type === 'heading' && next.depth <= heading.depth)) {
				report(heading, `The section "${title}" is empty.`, 'Write at least a sentence under the heading, or remove the heading.');
			}
		});

		// Images, links and resources from other origins are checked on the built HTML, where every
		// way of writing them (Markdown, JSX, components) looks the same.
		let ids: ReadonlySet<string> | undefined;
		visit(tree, (node: Root | RootContent) => {
			const jsx = node as unknown as JsxNode;
			if (!isJsx(jsx)) return;
			const name = jsx.name ?? '';
			if (name.toLowerCase() === 'script') {
				report(jsx, 'Chapters cannot contain <script> elements.', 'Remove the script; interactive behaviour belongs in a component under src/components/content/.');
			} else if (name === 'Term') {
				const id = attr(jsx, 'id');
				ids ??= options.glossaryIds();
				if (typeof id !== 'string' || !id) {
					report(jsx, '<Term> needs an id, e.g. <Term id="psa">PSA</Term>.', 'Add the glossary id of the term.');
				} else if (!ids.has(id)) {
					const guess = closest(id, ids);
					report(
						jsx,
						`Unknown glossary id "${id}" in <Term id="${id}">.`,
						`${guess ? `Did you mean "${guess}"? Otherwise add` : 'Add'} an entry with id: ${id} to ${options.glossaryFile ?? 'content/glossary.yaml'}.`,
					);
				}
			}
		});
	};
}
