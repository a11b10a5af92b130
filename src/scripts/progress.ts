/**
 * Onboarding progress, kept only in this browser (localStorage): a chapter can be marked as read at
 * its end, and the home page counts and ticks the chapters read.
 */
import { announce } from './announce';

const KEY = 'handbook:read';

function readSet(): Set<string> {
	try {
		return new Set(JSON.parse(localStorage.getItem(KEY) ?? '[]') as string[]);
	} catch {
		return new Set();
	}
}
function writeSet(read: Set<string>): void {
	try {
		localStorage.setItem(KEY, JSON.stringify([...read]));
	} catch {
		/* storage blocked: progress is not kept */
	}
}

export function initProgress(): void {
	const marker = document.querySelector<HTMLElement>('[data-mark-read]');
	if (marker) {
		const slug = marker.dataset.markRead!;
		const button = marker.querySelector('button')!;
		const sync = (read: boolean) => {
			button.setAttribute('aria-pressed', String(read));
			button.textContent = read ? 'Read ✓ (undo)' : 'Mark as read';
		};
		sync(readSet().has(slug));
		button.addEventListener('click', () => {
			const read = readSet();
			const now = !read.has(slug);
			now ? read.add(slug) : read.delete(slug);
			writeSet(read);
			sync(now);
			announce(now ? 'Chapter marked as read' : 'Chapter marked as unread');
		});
	}

	const progress = document.querySelector<HTMLElement>('[data-progress]');
	if (progress) {
		const cards = [...document.querySelectorAll<HTMLElement>('.chapter-card[data-chapter]')];
		const render = () => {
			const read = readSet();
			const done = cards.filter((card) => read.has(card.dataset.chapter!)).length;
			progress.querySelector('[data-progress-count]')!.textContent = `${done} of ${cards.length}`;
			progress.querySelector('progress')!.value = done;
			for (const card of cards) {
				const isRead = read.has(card.dataset.chapter!);
				card.classList.toggle('is-read', isRead);
				card.querySelector<HTMLElement>('.read-badge')!.hidden = !isRead;
			}
		};
		render();
		progress.querySelector('[data-progress-reset]')!.addEventListener('click', () => {
			writeSet(new Set());
			render();
			announce('Progress reset');
		});
		addEventListener('storage', render);
	}
}
