/**
 * Writes the large constant objects of a compiled MDX module (its `frontmatter` export, with the
 * chapter's sections, and the list `getHeadings()` returns) as `JSON.parse("…")` instead of object
 * literals.
 *
 * Rollup models every object literal of every module for tree-shaking, at about 2 KB of Maps and
 * Sets each, and keeps that for the whole server build: at 1,000 chapters those two constants were
 * half of the build's ~100,000 object literals. One string literal costs it almost nothing. The
 * values are the same (JSON.parse, like a literal, makes fresh objects each time it runs).
 */
import type { Program } from 'estree';

export type Node = { type?: unknown; [key: string]: unknown };
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Object and array literals a replaced constant must contain at least (small ones stay as they are). */
const MIN_CONTAINERS = 3;

/** The value of `node` if it is a constant JSON.parse can produce, with its count of objects and arrays. */
function constant(node: Node): { value: Json; containers: number } | undefined {
	if (node.type === 'Literal') {
		const value = node.value;
		if (value === null || typeof value === 'string' || typeof value === 'boolean') return { value, containers: 0 };
		if (typeof value === 'number' && Number.isFinite(value) && node.bigint === undefined) return { value, containers: 0 };
		return undefined; // regular expressions, bigints
	}
	if (node.type === 'ArrayExpression') {
		const value: Json[] = [];
		let containers = 1;
		for (const element of node.elements as Array<Node | null>) {
			const item = element && constant(element); // a hole is not JSON
			if (!item) return undefined;
			value.push(item.value);
			containers += item.containers;
		}
		return { value, containers };
	}
	if (node.type === 'ObjectExpression') {
		const value: { [key: string]: Json } = {};
		let containers = 1;
		for (const property of node.properties as Node[]) {
			if (property.type !== 'Property' || property.kind !== 'init' || property.method || property.shorthand || property.computed) return undefined;
			const key = property.key as Node;
			const name = key.type === 'Identifier' ? (key.name as string) : key.type === 'Literal' && typeof key.value === 'string' ? key.value : undefined;
			// `__proto__: …` sets the prototype in a literal but is an own key in JSON; a repeated key is not worth the care.
			if (name === undefined || name === '__proto__' || Object.hasOwn(value, name)) return undefined;
			const item = constant(property.value as Node);
			if (!item) return undefined;
			value[name] = item.value;
			containers += item.containers;
		}
		return { value, containers };
	}
	return undefined;
}

/** `JSON.parse("…")` of `value`, as a syntax tree node. */
export function jsonParse(value: Json): Node {
	const json = JSON.stringify(value);
	return {
		type: 'CallExpression',
		optional: false,
		callee: { type: 'MemberExpression', computed: false, optional: false, object: { type: 'Identifier', name: 'JSON' }, property: { type: 'Identifier', name: 'parse' } },
		arguments: [{ type: 'Literal', value: json, raw: JSON.stringify(json) }],
	};
}

/** Replaces the largest constant literals under `node`, top down. */
function walk(node: Node): void {
	for (const key of Object.keys(node)) {
		if (key === 'position' || key === 'loc' || key === 'range') continue;
		const child = node[key];
		const items = Array.isArray(child) ? child : [child];
		items.forEach((item, index) => {
			if (!item || typeof item !== 'object') return;
			const found = (item as Node).type === 'ObjectExpression' || (item as Node).type === 'ArrayExpression' ? constant(item as Node) : undefined;
			if (found && found.containers >= MIN_CONTAINERS) {
				if (Array.isArray(child)) child[index] = jsonParse(found.value);
				else node[key] = jsonParse(found.value);
			} else walk(item as Node);
		});
	}
}

/**
 * True if the identifier `name` occurs under `node`. With `exceptReads`, a property read of it
 * (`JSON.parse`) does not count, so what is left is a declaration, an import or another use that
 * could make `name` mean something other than the global (then `JSON.parse` would not be the
 * global one, for `JSON`).
 */
export function hasIdentifier(node: Node, name: string, exceptReads = false): boolean {
	if (node.type === 'Identifier' && node.name === name) return true;
	for (const key of Object.keys(node)) {
		if (key === 'position' || key === 'loc' || key === 'range') continue;
		if (exceptReads && node.type === 'MemberExpression' && !node.computed && (key === 'property' || (key === 'object' && (node.object as Node).type === 'Identifier'))) continue;
		const child = node[key];
		for (const item of Array.isArray(child) ? child : [child]) if (item && typeof item === 'object' && hasIdentifier(item as Node, name, exceptReads)) return true;
	}
	return false;
}

export function recmaStaticJson() {
	return (tree: Program) => {
		if (!hasIdentifier(tree as unknown as Node, 'JSON', true)) walk(tree as unknown as Node);
	};
}
