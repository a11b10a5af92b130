/** The search page: the same results full-page, driven by `?q=` (and `?chapter=`) so searches can be shared. */
import { connectSearch } from './controller';
import { PAGE_RESULTS } from '~/utils/search-config';

const form = document.querySelector<HTMLFormElement>('[data-search-page]');
if (form) {
	const input = form.querySelector('input')!;
	const filter = document.createElement('select');
	filter.name = 'chapter';
	filter.add(new Option('All chapters', ''));
	const label = document.createElement('label');
	label.className = 'search-filter';
	label.append('Chapter ', filter);
	form.append(label);
	const status = document.createElement('p');
	status.className = 'search-status';
	status.setAttribute('role', 'status');
	const results = document.querySelector<HTMLElement>('[data-search-results]')!;
	results.before(status);

	const params = new URLSearchParams(location.search);
	input.value = params.get('q') ?? '';
	const { run } = connectSearch({
		input,
		filter,
		limit: PAGE_RESULTS,
		results,
		status,
		onQuery: (query, chapter) => {
			const next = new URLSearchParams(query ? { q: query } : {});
			if (chapter) next.set('chapter', chapter);
			history.replaceState(null, '', `${location.pathname}${next.size ? `?${next}` : ''}`);
		},
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		run();
	});
	const wanted = params.get('chapter');
	if (wanted) {
		filter.add(new Option(wanted, wanted, true, true));
	}
	if (input.value) run();
	input.focus();
}
