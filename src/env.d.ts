// Plain `tsc` (npm run check) does not understand .astro files; `astro check` types them fully.
declare module '*.astro' {
	const Component: (props: Record<string, unknown>) => unknown;
	export default Component;
}
