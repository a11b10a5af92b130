/**
 * Generates a synthetic handbook of any size for the scale benchmark and tests: `pages` chapters of
 * about 1,500 words each in `dir/chapters/`, a glossary of ~44 entries in `dir/glossary.yaml` and a
 * matching `dir/anchors.lock.json`. The output is a function of `seed` alone (a small PRNG; no
 * Math.random, no clock), and it passes every check of the build: headings step h2 → h3 without
 * gaps, no section is empty, heading texts are unique within a chapter, every `<Term id>` is in the
 * glossary, every cross-link and every glossary `see` points at an anchor that exists (computed with
 * the site's own `headingId()`), and the lock lists exactly the anchors the build publishes.
 *
 *   import { generateCorpus } from './generate-corpus';
 *   generateCorpus({ dir: '/tmp/corpus', pages: 100, seed: 1 });
 *
 *   npx vite-node tests/bench/generate-corpus.ts -- --pages 100 --out /tmp/corpus [--seed 1] [--no-lock]
 *
 * Sentences are assembled from MSP-industry word lists (segments, roles, tools, vendors, metrics,
 * client names, numbers), so every paragraph differs and the search index has a realistic spread of
 * words rather than one repeated paragraph. Each chapter dwells on its own subject and a dozen related
 * topics, as real chapters do (see topic()). The scale benchmark compares the result with the real
 * chapters (tests/bench/vocabulary.ts): it is still less varied than they are, so common words'
 * index chunks err on the large side.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { headingId } from '../../src/utils/slug';
import { groupByLetter } from '../../src/utils/glossary';
import type { GlossaryEntry } from '../../src/schemas/glossary';

export interface CorpusOptions {
	/** Folder to write into (`chapters/`, `glossary.yaml`, `anchors.lock.json`); emptied first. */
	dir: string;
	/** Number of chapters. */
	pages: number;
	/** Any number or string; the same seed gives byte-identical output. @default 1 */
	seed?: number | string;
	/** Write `anchors.lock.json` listing every page and anchor the build will publish. @default true */
	lock?: boolean;
	/** Words of prose per chapter, roughly. @default 1500 */
	words?: number;
}

export interface CorpusSummary {
	dir: string;
	pages: number;
	/** Chapter slugs in learning-path order (`chapter-1`, …). */
	slugs: string[];
	/** Prose words written (all chapters). */
	words: number;
	/** h2 + h3 headings written (all chapters). */
	headings: number;
	/** Cross-links between chapters. */
	crossLinks: number;
	glossaryEntries: number;
	/** Bytes of MDX written. */
	bytes: number;
}

// ---------------------------------------------------------------------------------------------
// Deterministic randomness
// ---------------------------------------------------------------------------------------------

/** 32-bit hash of a string (xmur3), to turn any seed into PRNG state. */
function hashSeed(text: string): number {
	let h = 1779033703 ^ text.length;
	for (let i = 0; i < text.length; i++) {
		h = Math.imul(h ^ text.charCodeAt(i), 3432918353);
		h = (h << 13) | (h >>> 19);
	}
	h = Math.imul(h ^ (h >>> 16), 2246822507);
	h = Math.imul(h ^ (h >>> 13), 3266489909);
	return (h ^= h >>> 16) >>> 0;
}

/** mulberry32: a tiny, fast, well-distributed 32-bit PRNG. */
export class Rng {
	private state: number;
	constructor(seed: number | string) {
		this.state = hashSeed(String(seed));
	}
	/** Uniform in [0, 1). */
	next(): number {
		let t = (this.state = (this.state + 0x6d2b79f5) | 0);
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	}
	/** Integer in [min, max]. */
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}
	pick<T>(list: readonly T[]): T {
		return list[Math.floor(this.next() * list.length)]!;
	}
	chance(p: number): boolean {
		return this.next() < p;
	}
	/** `count` distinct items (fewer if the list is shorter). */
	sample<T>(list: readonly T[], count: number): T[] {
		const copy = [...list];
		const out: T[] = [];
		while (out.length < count && copy.length) out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0]!);
		return out;
	}
}

// ---------------------------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------------------------

const SEGMENTS = [
	'dental practices', 'law firms', 'accounting firms', 'small manufacturers', 'nonprofits', 'school districts',
	'medical clinics', 'architecture studios', 'logistics companies', 'credit unions', 'property managers',
	'retail chains', 'construction firms', 'insurance agencies', 'veterinary hospitals', 'hotels', 'town councils',
	'engineering consultancies', 'marketing agencies', 'private equity portfolio companies', 'charities',
	'physiotherapy groups', 'wholesale distributors', 'car dealerships', 'churches', 'recruitment agencies',
	'biotech startups', 'family offices', 'freight forwarders', 'optometrists',
];
const ROLES = [
	'service desk technician', 'dispatcher', 'service manager', 'vCIO', 'account manager', 'project engineer',
	'NOC analyst', 'SOC analyst', 'MSP owner', 'operations manager', 'escalation engineer', 'technical alignment manager',
	'sales engineer', 'onboarding lead', 'procurement coordinator', 'billing specialist', 'field technician',
	'security lead', 'client success manager', 'network engineer', 'help desk lead', 'systems administrator',
	'cloud engineer', 'automation engineer', 'documentation lead', 'service coordinator', 'team lead',
	'solutions architect', 'project coordinator', 'compliance analyst', 'backup administrator', 'tier-two technician',
	'senior engineer', 'finance controller', 'marketing coordinator', 'business development rep', 'centralized services lead',
	'training coordinator', 'service delivery director', 'apprentice technician',
];
const CLIENT_ROLES = [
	'office manager', 'practice manager', 'finance director', 'managing partner', 'COO', 'owner', 'compliance officer',
	'IT champion', 'operations director', 'head of HR', 'receptionist', 'chief executive', 'bookkeeper', 'clinical lead',
	'site supervisor', 'principal', 'board treasurer', 'general counsel', 'facilities coordinator', 'founder',
];
const TOPICS = [
	'patch management', 'ticket triage', 'backup verification', 'endpoint protection', 'user onboarding', 'user offboarding',
	'license reconciliation', 'asset lifecycle planning', 'change management', 'password management', 'MFA rollout',
	'phishing simulation', 'incident response', 'disaster recovery testing', 'network segmentation', 'firewall reviews',
	'cloud migration', 'tenant hardening', 'compliance reporting', 'vendor management', 'hardware procurement',
	'agreement renewals', 'contract scoping', 'pricing reviews', 'technician utilization', 'alert tuning',
	'documentation hygiene', 'standards alignment', 'email security', 'mobile device management', 'printer support',
	'Wi-Fi surveys', 'line-of-business application support', 'after-hours coverage', 'escalation paths',
	'quarterly planning', 'budget forecasting', 'security awareness', 'log retention', 'identity governance',
	'shadow IT discovery', 'domain and DNS management', 'VoIP migration', 'SaaS backup', 'server retirement',
	'workstation refresh cycles', 'remote access policy', 'privileged access', 'vulnerability scanning',
	'cyber insurance readiness', 'client reporting', 'project handoffs', 'dispatch rules', 'service catalog design',
	'asset inventory', 'warranty tracking', 'software licensing audits', 'Microsoft 365 administration', 'conditional access',
	'disk encryption', 'USB device control', 'application allowlisting', 'browser hardening', 'DNS filtering',
	'web content filtering', 'DMARC enforcement', 'certificate renewals', 'domain renewals', 'backup retention',
	'offsite replication', 'immutable backups', 'bare-metal restores', 'file-level restores', 'business continuity planning',
	'tabletop exercises', 'penetration testing', 'dark web monitoring', 'security baselines', 'HIPAA risk assessments',
	'PCI scoping', 'SOC 2 evidence collection', 'GDPR requests', 'data classification', 'records retention', 'access reviews',
	'joiner-mover-leaver workflows', 'shared mailbox cleanup', 'Teams governance', 'SharePoint permissions',
	'file server migration', 'wireless access point placement', 'switch firmware updates', 'SD-WAN rollout', 'ISP failover',
	'VPN replacement', 'remote desktop gateways', 'conference room AV', 'phone number porting', 'fax replacement',
	'door access systems', 'UPS battery replacement', 'server room cooling', 'structured cabling', 'office moves',
	'laptop imaging', 'Autopilot enrolment', 'zero-touch provisioning', 'self-service password resets', 'knowledge base articles',
	'ticket categorisation', 'time entry discipline', 'on-call rotas', 'problem records', 'root cause analysis',
	'post-incident reviews', 'capacity planning', 'performance monitoring', 'uptime reporting', 'invoice reconciliation',
	'usage-based billing', 'procurement approvals', 'quote follow-ups', 'client offboarding', 'technology roadmaps',
	'IT budgeting', 'risk registers', 'policy writing', 'acceptable use policies', 'executive protection', 'travel laptops',
	'due diligence for acquisitions', 'third-party risk questionnaires', 'ERP upgrades', 'practice software updates',
	'point-of-sale support', 'scanner and copier support', 'kiosk lockdown', 'guest Wi-Fi', 'IoT device inventory',
	'legacy Windows retirement', 'end-of-life planning', 'hardware as a service', 'device recycling', 'data destruction',
];
const ADJECTIVES = [
	'repeatable', 'documented', 'automated', 'proactive', 'lightweight', 'well-scoped', 'consistent', 'measurable',
	'tiered', 'predictable', 'standardized', 'client-facing', 'audit-ready', 'low-touch', 'scheduled', 'layered',
];
const VENDORS = [
	'ConnectWise', 'Datto', 'Kaseya', 'NinjaOne', 'N-able', 'HaloPSA', 'Autotask', 'IT Glue', 'Hudu', 'Huntress',
	'SentinelOne', 'CrowdStrike', 'Sophos', 'Veeam', 'Acronis', 'Auvik', 'KnowBe4', 'Pax8', 'Liongard', 'BrightGauge',
	'Rewst', 'Syncro', 'Atera', 'Meraki', 'Fortinet', 'SonicWall', 'WatchGuard', 'Ubiquiti', 'Proofpoint', 'Mimecast',
	'Avanan', 'Ironscales', 'Blackpoint', 'Arctic Wolf', 'Rapid7', 'Todyl', 'Duo', 'Keeper', 'Egnyte', 'Axcient',
	'Barracuda', 'Cove', 'Domotz', 'LogicMonitor', 'ScalePad', 'Myglue', 'Immybot', 'Thread', 'Zomentum', 'Giacom',
];
const METRICS = [
	'first response time', 'mean time to resolution', 'tickets per endpoint', 'reactive hours per seat', 'technician utilization',
	'effective hourly rate', 'gross margin', 'monthly recurring revenue', 'client churn', 'CSAT score', 'backup success rate',
	'patch compliance', 'SLA attainment', 'agreement profitability', 'ticket reopen rate', 'first-call resolution',
	'alert-to-ticket ratio', 'average age of open tickets', 'project overrun', 'renewal rate',
];
const INCIDENTS = [
	'a laptop is stolen from a car', 'ransomware encrypts a file share', 'a payroll run fails', 'a phishing email gets through',
	'a firewall licence lapses', 'a backup job fails silently', 'a director loses access to email', 'the internet line goes down',
	'a server disk fills up overnight', 'an auditor asks for evidence', 'a key employee leaves', 'a certificate expires',
	'a vendor raises prices mid-term', 'a new office opens', 'an invoice is disputed', 'a power cut takes out the comms room',
	'a supplier\'s mailbox is hijacked', 'a shared drive is deleted by mistake', 'a tablet goes missing on a site visit',
	'an update breaks the accounts package', 'the phones stop ringing on a Monday', 'a contractor keeps admin rights',
	'an insurer sends a new questionnaire', 'a client is bought by a larger group', 'the only on-site admin resigns',
];
const CONCERNS = ['budget', 'compliance obligations', 'uptime', 'insurance premiums', 'growth plans', 'audit schedule', 'staff productivity', 'reputation', 'client confidentiality', 'cash flow'];
const MEETINGS = ['quarterly business review', 'weekly service meeting', 'monthly operations review', 'onboarding kickoff', 'annual planning session', 'technology alignment review', 'renewal meeting'];
const UNITS = ['user', 'device', 'site', 'seat', 'endpoint', 'mailbox'];
const TIERS = ['essentials', 'standard', 'premium', 'security-first', 'co-managed'];
const TASKS = ['password reset', 'new starter setup', 'printer fix', 'restore request', 'firewall change', 'licence change', 'site visit', 'laptop rebuild', 'mailbox migration', 'VPN issue'];
const PROCESSES = ['intake', 'dispatch', 'documentation', 'handoff between shifts', 'change approval', 'client communication', 'time entry', 'escalation'];
const MODELS = ['break/fix', 'block hours', 'per-device pricing', 'per-user pricing', 'all-inclusive pricing', 'tiered packages', 'co-managed agreements'];
const PROGRAMS = ['partner programs', 'MDF campaigns', 'certification tracks', 'co-selling agreements', 'marketplace listings', 'NFR licences'];
const CONSTRAINTS = ['a single part-time IT contact', 'strict data retention rules', 'several small branch offices', 'seasonal staff', 'legacy line-of-business software', 'a tight capital budget', 'regulators who audit every year', 'staff who work from home'];
const VERBS = ['handle', 'schedule', 'flag', 'document', 'escalate', 'verify', 'summarize', 'automate', 'track', 'standardize'];
const NAME_A = ['Northwind', 'Harbor', 'Bluebell', 'Cedar', 'Summit', 'Riverside', 'Oakridge', 'Pinecrest', 'Lakeside', 'Granite', 'Maple', 'Silverline', 'Redwood', 'Beacon', 'Kestrel', 'Meadow', 'Ironbridge', 'Foxglove', 'Copperfield', 'Westgate'];
const NAME_B = ['Dental', 'Legal', 'Accounting', 'Logistics', 'Clinic', 'Builders', 'Realty', 'Foods', 'Insurance', 'Veterinary', 'Partners', 'Engineering', 'Academy', 'Motors', 'Studio'];
const CATEGORIES = ['PSA', 'RMM', 'documentation platform', 'backup product', 'EDR agent', 'email filter', 'password manager', 'network monitoring tool', 'security awareness platform', 'SIEM'];

/** Glossary entries (without `see`, which points at a generated heading). */
const GLOSSARY: ReadonlyArray<{ id: string; term: string; expansion?: string; definition: string; aliases?: string[] }> = [
	{ id: 'msp', term: 'MSP', expansion: 'Managed service provider', definition: 'A company that runs and supports the IT of other businesses for a recurring fee, remotely and proactively.', aliases: ['managed service provider'] },
	{ id: 'mssp', term: 'MSSP', expansion: 'Managed security service provider', definition: 'A provider that specialises in monitoring and managing security for its clients, often around the clock.' },
	{ id: 'psa', term: 'PSA', expansion: 'Professional services automation', definition: 'The platform that runs the MSP as a business: ticketing, projects, time tracking, billing and reporting.', aliases: ['PSA tool'] },
	{ id: 'rmm', term: 'RMM', expansion: 'Remote monitoring and management', definition: 'Software with an agent on each client device that reports health, raises alerts, patches and allows remote access.' },
	{ id: 'bcdr', term: 'BCDR', expansion: 'Business continuity and disaster recovery', definition: 'Backup and recovery tools and services that keep a client running after a failure or disaster.', aliases: ['BDR', 'backup and disaster recovery'] },
	{ id: 'mrr', term: 'MRR', expansion: 'Monthly recurring revenue', definition: 'The predictable revenue an MSP bills every month under its agreements.' },
	{ id: 'arr', term: 'ARR', expansion: 'Annual recurring revenue', definition: 'Recurring revenue expressed per year; twelve times MRR for monthly agreements.' },
	{ id: 'qbr', term: 'QBR', expansion: 'Quarterly business review', definition: 'A scheduled meeting in which the MSP reviews service, risks and plans with a client\'s decision makers.', aliases: ['business review'] },
	{ id: 'sla', term: 'SLA', expansion: 'Service level agreement', definition: 'The part of a contract that sets response and resolution times and what happens when they are missed.' },
	{ id: 'vcio', term: 'vCIO', expansion: 'Virtual chief information officer', definition: 'An MSP role that gives clients strategic IT advice, budgets and roadmaps without a full-time executive.' },
	{ id: 'vciso', term: 'vCISO', expansion: 'Virtual chief information security officer', definition: 'A part-time, outsourced security leader who sets a client\'s security strategy and policies.' },
	{ id: 'mdf', term: 'MDF', expansion: 'Market development funds', definition: 'Money a vendor gives partners to spend on marketing that sells the vendor\'s products.', aliases: ['marketing development funds'] },
	{ id: 'edr', term: 'EDR', expansion: 'Endpoint detection and response', definition: 'Security software that records endpoint activity, detects attacks and lets analysts isolate and clean devices.' },
	{ id: 'mdr', term: 'MDR', expansion: 'Managed detection and response', definition: 'A service in which a security team watches EDR and other alerts around the clock and responds to threats.' },
	{ id: 'xdr', term: 'XDR', expansion: 'Extended detection and response', definition: 'Detection and response that correlates signals from endpoints, email, identity and network in one console.' },
	{ id: 'soc', term: 'SOC', expansion: 'Security operations center', definition: 'The team, often shared or outsourced, that monitors security alerts and investigates incidents.' },
	{ id: 'noc', term: 'NOC', expansion: 'Network operations center', definition: 'The team that watches infrastructure health and handles alerts from monitoring tools.' },
	{ id: 'siem', term: 'SIEM', expansion: 'Security information and event management', definition: 'A system that collects and correlates logs so that security events can be detected and investigated.' },
	{ id: 'mfa', term: 'MFA', expansion: 'Multi-factor authentication', definition: 'Signing in with a second proof of identity, such as an app prompt, in addition to a password.', aliases: ['2FA', 'two-factor authentication'] },
	{ id: 'sso', term: 'SSO', expansion: 'Single sign-on', definition: 'One identity that lets a user sign in to many applications, managed centrally.' },
	{ id: 'rto', term: 'RTO', expansion: 'Recovery time objective', definition: 'How long a client can tolerate a system being down before it must be restored.' },
	{ id: 'rpo', term: 'RPO', expansion: 'Recovery point objective', definition: 'How much recent data a client can afford to lose, which sets how often backups run.' },
	{ id: 'mttr', term: 'MTTR', expansion: 'Mean time to resolution', definition: 'The average time from a ticket being opened to the problem being fixed.' },
	{ id: 'csat', term: 'CSAT', expansion: 'Customer satisfaction score', definition: 'A rating clients give after a ticket or survey, tracked as a service quality measure.' },
	{ id: 'nps', term: 'NPS', expansion: 'Net promoter score', definition: 'A loyalty measure based on how likely clients are to recommend the MSP.' },
	{ id: 'msa', term: 'MSA', expansion: 'Master services agreement', definition: 'The umbrella contract between an MSP and a client that later statements of work build on.' },
	{ id: 'sow', term: 'SOW', expansion: 'Statement of work', definition: 'A document that scopes one project: deliverables, timeline, price and assumptions.' },
	{ id: 'lob', term: 'LOB application', expansion: 'Line-of-business application', definition: 'Software specific to a client\'s industry, such as practice management or ERP, that the business depends on.', aliases: ['line of business app'] },
	{ id: 'byod', term: 'BYOD', expansion: 'Bring your own device', definition: 'A policy that lets staff use personal phones or laptops for work, which raises management and security questions.' },
	{ id: 'mdm', term: 'MDM', expansion: 'Mobile device management', definition: 'Tools that enrol, configure, secure and wipe phones, tablets and laptops centrally.' },
	{ id: 'dlp', term: 'DLP', expansion: 'Data loss prevention', definition: 'Controls that detect and block sensitive data leaving the organisation.' },
	{ id: 'ztna', term: 'ZTNA', expansion: 'Zero trust network access', definition: 'Remote access that checks user and device for every connection instead of trusting a network.' },
	{ id: 'ehr-rate', term: 'Effective hourly rate', definition: 'Agreement revenue divided by the hours spent serving that client; a key measure of agreement profitability.', aliases: ['EHR'] },
	{ id: 'co-managed-it', term: 'Co-managed IT', definition: 'An arrangement in which the MSP shares IT work with a client\'s own internal IT staff.', aliases: ['co-managed'] },
	{ id: 'break-fix', term: 'Break/fix', definition: 'Billing for IT support only when something fails, usually as time and materials.', aliases: ['break-fix', 'time and materials'] },
	{ id: 'per-user-pricing', term: 'Per-user pricing', definition: 'A pricing model with a monthly fee for each supported person, whatever devices they use.' },
	{ id: 'per-device-pricing', term: 'Per-device pricing', definition: 'A pricing model with a monthly fee for each managed device, priced by type.' },
	{ id: 'technical-alignment', term: 'Technical alignment', definition: 'Reviewing each client against the MSP\'s standards and scheduling work to close the gaps.', aliases: ['standards alignment', 'TAM review'] },
	{ id: 'stack', term: 'Stack', definition: 'The set of tools an MSP standardises on for every client, from PSA and RMM to security products.', aliases: ['tool stack', 'tech stack'] },
	{ id: 'csp', term: 'CSP', expansion: 'Cloud Solution Provider', definition: 'Microsoft\'s program under which partners resell and bill Microsoft 365 and Azure subscriptions.', aliases: ['Microsoft CSP'] },
	{ id: 'distributor', term: 'Distributor', definition: 'A wholesaler through which MSPs buy hardware, software and cloud licences from many vendors at once.', aliases: ['disty', 'marketplace'] },
	{ id: 'cyber-insurance', term: 'Cyber insurance', definition: 'Insurance against the cost of breaches and outages; insurers now require controls such as MFA and EDR.' },
	{ id: 'patching', term: 'Patching', definition: 'Installing operating system and application updates on a schedule, usually through the RMM.', aliases: ['patch management'] },
	{ id: 'runbook', term: 'Runbook', definition: 'A documented procedure a technician follows for a recurring task or incident.', aliases: ['SOP', 'playbook'] },
];

// ---------------------------------------------------------------------------------------------
// Text building
// ---------------------------------------------------------------------------------------------

const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const plural = (word: string) => (/(x|s|ch)$/.test(word) ? `${word}es` : `${word}s`);
const article = (word: string) => (/^[aeiou]/i.test(word) && !/^(user|unique|one)/i.test(word) ? 'an' : 'a');

/** Per-chapter writing state: which glossary terms are marked, links to place. */
interface Writer {
	rng: Rng;
	/** Glossary entries this chapter uses; the first use of each becomes a `<Term>`. */
	terms: Array<(typeof GLOSSARY)[number]>;
	marked: Set<string>;
	/** Cross-links still to place, as Markdown. */
	links: string[];
	words: number;
	/** The chapter's subject first, then the related topics it dwells on (see topic()). */
	topics: string[];
}

/**
 * A topic for a sentence. Real chapters dwell on their own subject and a handful of related ones and
 * mention anything else only in passing; picking every sentence's topic from the whole list would
 * make each topic's words appear in every chapter, far more evenly than any real handbook (and the
 * search index's word lists with them).
 */
function topic(w: Writer): string {
	const r = w.rng;
	if (r.chance(0.15)) return w.topics[0]!;
	return r.chance(0.85) ? r.pick(w.topics) : r.pick(TOPICS);
}

function termText(w: Writer): string {
	const entry = w.rng.pick(w.terms);
	const label = entry.expansion ? entry.term : entry.term.toLowerCase();
	if (w.marked.has(entry.id)) return label;
	w.marked.add(entry.id);
	return `<Term id="${entry.id}">${label}</Term>`;
}

function client(rng: Rng): string {
	return `${rng.pick(NAME_A)} ${rng.pick(NAME_B)}`;
}

/** One sentence from one of many templates. */
function sentence(w: Writer): string {
	const r = w.rng;
	const templates: Array<() => string> = [
		() => `${cap(r.pick(SEGMENTS))} rarely think about ${topic(w)} until ${r.pick(INCIDENTS)}, which is why the ${r.pick(ROLES)} raises it during onboarding.`,
		() => {
			const adjective = r.pick(ADJECTIVES);
			return `${cap(article(adjective))} ${adjective} approach to ${topic(w)} cut ${r.pick(METRICS)} by ${r.int(8, 45)} percent within a quarter at ${client(r)}.`;
		},
		() => `The ${r.pick(ROLES)} usually owns ${topic(w)}, while the ${r.pick(ROLES)} checks the results before the ${r.pick(MEETINGS)}.`,
		() => `${r.pick(VENDORS)} and ${r.pick(VENDORS)} both cover ${topic(w)}, but they differ in how they report ${r.pick(METRICS)}.`,
		() => `When ${r.pick(INCIDENTS)}, the first question is whether ${topic(w)} was set up for that client at all.`,
		() => `Most MSPs bundle ${topic(w)} into their ${r.pick(TIERS)} tier and price it per ${r.pick(UNITS)}.`,
		() => `Expect ${r.pick(SEGMENTS)} to ask how ${topic(w)} affects their ${r.pick(CONCERNS)}.`,
		() => `In a typical month an MSP with ${r.int(4, 60) * 50} endpoints logs about ${r.int(20, 400)} tickets about ${topic(w)}.`,
		() => `A good rule of thumb: if ${r.pick(METRICS)} drifts by more than ${r.int(5, 30)} percent, review ${topic(w)} before hiring.`,
		() => `Technicians record each step in the ${r.pick(CATEGORIES)}, which makes the next ${r.pick(TASKS)} faster for whoever picks it up.`,
		() => {
			const adjective = r.pick(ADJECTIVES);
			return `Clients such as ${r.pick(SEGMENTS)} often have ${r.pick(CONSTRAINTS)}, so ${topic(w)} needs ${article(adjective)} ${adjective} plan.`;
		},
		() => `Owners of smaller MSPs tend to handle ${topic(w)} themselves until the team reaches ${r.int(5, 25)} people.`,
		() => `Scripts in the ${r.pick(CATEGORIES)} can ${r.pick(VERBS)} most of the routine work behind ${topic(w)}.`,
		() => `The ${r.pick(ROLES)} explains the results to the client's ${r.pick(CLIENT_ROLES)} in plain language, tying ${topic(w)} to their ${r.pick(CONCERNS)}.`,
		() => {
			const [from, to] = r.sample(MODELS, 2);
			return `${cap(topic(w))} is also a common reason clients move from ${from} to ${to}.`;
		},
		() => `Vendors that back ${topic(w)} with ${r.pick(PROGRAMS)} often earn a place in the MSP's standard stack.`,
		() => `During the ${r.pick(MEETINGS)}, the ${r.pick(ROLES)} compares ${r.pick(METRICS)} with the previous quarter and agrees next steps.`,
		() => `A missed ${r.pick(TASKS)} is rarely a tooling problem; it usually points to a gap in ${r.pick(PROCESSES)}.`,
		() => `Insurers increasingly ask about ${topic(w)} on renewal questionnaires, so ${r.pick(SEGMENTS)} care more than they used to.`,
		() => `At ${client(r)}, the ${r.pick(CLIENT_ROLES)} wanted a single monthly figure, so the MSP moved them to ${r.pick(MODELS)}.`,
		() => `The ${r.pick(ROLES)} keeps a checklist for ${topic(w)} with ${r.int(6, 18)} steps, reviewed every ${r.pick(['month', 'quarter', 'six months', 'year'])}.`,
		() => `${r.pick(VENDORS)} publishes integrations for the ${r.pick(CATEGORIES)}, which shortens ${topic(w)} from days to hours.`,
		() => `Without ${topic(w)}, ${r.pick(METRICS)} tends to climb as the client adds ${plural(r.pick(UNITS))}.`,
		() => `New hires often underestimate how much ${r.pick(PROCESSES)} shapes ${r.pick(METRICS)}.`,
		() => `The client's ${r.pick(CLIENT_ROLES)} signs off on ${topic(w)} once a year, usually before the ${r.pick(MEETINGS)}.`,
		() => `An MSP serving ${r.pick(SEGMENTS)} might standardise on ${r.pick(VENDORS)} for the ${r.pick(CATEGORIES)} and ${r.pick(VENDORS)} for the ${r.pick(CATEGORIES)}.`,
		() => `Good ${r.pick(PROCESSES)} means the ${r.pick(ROLES)} never has to ask the client the same question twice.`,
		() => `Budget about ${r.int(2, 40)} hours for ${topic(w)} when a client with ${r.int(10, 250)} ${plural(r.pick(UNITS))} joins.`,
		() => `Some providers charge ${r.int(15, 180)} dollars per ${r.pick(UNITS)} for this, others fold it into the base agreement.`,
		() => `If ${r.pick(INCIDENTS)}, a ${r.pick(ADJECTIVES)} runbook turns a stressful morning into a ${r.int(15, 90)}-minute task.`,
		() => `Owners sometimes call ${r.pick(MODELS)} "${r.pick(['all-you-can-eat', 'pay as you go', 'set and forget', 'the safe option'])}", and the ${r.pick(ROLES)} should know why.`,
		() => `"We don't need ${topic(w)}," a ${r.pick(CLIENT_ROLES)} at ${client(r)} said, until ${r.pick(INCIDENTS)}.`,
		() => `Prospects often ask how ${termText(w)} fits with ${topic(w)}.`,
		() => `This is also where ${termText(w)} comes in, and most new hires meet it in their first week.`,
		() => `Keep ${termText(w)} in mind here: it shapes how the ${r.pick(ROLES)} plans ${topic(w)}.`,
		() => `If the conversation turns to ${termText(w)}, note what the client already runs and who supports it.`,
	];
	return r.pick(templates)();
}

const wordCount = (text: string) =>
	text
		.replace(/<[^>]+>/g, ' ')
		.replace(/\]\([^)]*\)/g, ' ')
		.split(/\s+/)
		.filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

function paragraph(w: Writer, min = 3, max = 6): string {
	const parts: string[] = [];
	const count = w.rng.int(min, max);
	for (let i = 0; i < count; i++) parts.push(sentence(w));
	// Place a pending cross-link now and then.
	if (w.links.length && w.rng.chance(0.35)) parts.splice(w.rng.int(1, parts.length), 0, w.links.shift()!);
	const text = parts.join(' ');
	w.words += wordCount(text);
	return text;
}

function bulletList(w: Writer): string {
	const r = w.rng;
	const items = r.sample(w.topics, r.int(3, 5)).map((topic) => {
		const lead = r.pick([
			`**${cap(topic)}**: ${r.pick(VERBS)} it ${r.pick(['every week', 'every month', 'at onboarding', 'after every change', 'before each renewal'])}, and record who did it.`,
			`${cap(topic)} for ${r.pick(SEGMENTS)}, owned by the ${r.pick(ROLES)}.`,
			`${cap(topic)}, measured by ${r.pick(METRICS)}.`,
			`${cap(topic)} with ${r.pick(VENDORS)} or ${r.pick(VENDORS)}, depending on the ${r.pick(TIERS)} tier.`,
		]);
		return `- ${lead}`;
	});
	w.words += wordCount(items.join(' '));
	return items.join('\n');
}

function numberedSteps(w: Writer): string {
	const r = w.rng;
	const verbs = r.sample(['Detect', 'Log', 'Triage', 'Assign', 'Fix', 'Verify', 'Document', 'Bill', 'Review', 'Report'], r.int(3, 6));
	const items = verbs.map((verb, i) => `${i + 1}. **${verb}.** ${sentence(w)}`);
	w.words += wordCount(items.join(' '));
	return items.join('\n');
}

function table(w: Writer): string {
	const r = w.rng;
	const kinds = [
		() => {
			const head = ['Tier', `Price per ${r.pick(UNITS)}`, 'First response', 'Includes'];
			const rows = r.sample(TIERS, r.int(3, 5)).map((tier) => [cap(tier), `${r.int(40, 220)} dollars`, `${r.int(1, 8)} hours`, r.sample(w.topics, 2).join(' and ')]);
			return [head, ...rows];
		},
		() => {
			const head = ['Metric', 'Target', 'Owner', 'Why it matters'];
			const rows = r.sample(METRICS, r.int(3, 6)).map((metric) => [cap(metric), `${r.int(60, 99)} percent`, cap(r.pick(ROLES)), `It shows whether ${topic(w)} is working for ${r.pick(SEGMENTS)}`]);
			return [head, ...rows];
		},
		() => {
			const head = ['Category', 'Example products', 'Reviewed in'];
			const rows = r.sample(CATEGORIES, r.int(3, 6)).map((category) => [cap(category), r.sample(VENDORS, 3).join(', '), cap(r.pick(MEETINGS))]);
			return [head, ...rows];
		},
		() => {
			const head = ['Client', 'Segment', cap(plural(r.pick(UNITS))), 'Model'];
			const rows = Array.from({ length: r.int(3, 6) }, () => [client(r), cap(r.pick(SEGMENTS)), String(r.int(8, 400)), cap(r.pick(MODELS))]);
			return [head, ...rows];
		},
	];
	const cells = r.pick(kinds)();
	const line = (row: string[]) => `| ${row.join(' | ')} |`;
	const out = [line(cells[0]!), line(cells[0]!.map(() => '---')), ...cells.slice(1).map(line)].join('\n');
	w.words += wordCount(cells.flat().join(' '));
	return out;
}

function callout(w: Writer): string {
	const r = w.rng;
	const type = r.pick(['note', 'tip', 'warning'] as const);
	const title = r.pick(['Why this matters to us', 'In a customer call', 'A common mistake', 'Ask the service desk', `Seen at ${client(r)}`]);
	return `<Callout type="${type}" title="${title}">\n\n${paragraph(w, 2, 3)}\n\n</Callout>`;
}

// ---------------------------------------------------------------------------------------------
// Chapter plans
// ---------------------------------------------------------------------------------------------

interface HeadingPlan {
	title: string;
	id: string;
}
interface SectionPlan extends HeadingPlan {
	subsections: HeadingPlan[];
}
interface ChapterPlan {
	slug: string;
	order: number;
	title: string;
	description: string;
	/** The subject first, then the related topics the chapter dwells on. */
	topics: string[];
	segment: string;
	sections: SectionPlan[];
}

const CLOSING = ['Key takeaways', 'Check your understanding'];
/** Ids the page template uses itself (a heading must not take one). */
const PAGE_IDS = new Set(['content', 'sidebar', 'announcer', 'learning-path', ...CLOSING.map(headingId)]);

function h2Title(r: Rng, topics: string[], segment: string): string {
	const topic = topics[0]!;
	const t = r.pick(topics);
	return r.pick([
		() => cap(t),
		() => `${cap(t)} for ${r.pick(SEGMENTS)}`,
		() => `How ${r.pick(ROLES)}s handle ${t}`,
		() => `Why ${t} matters to ${segment}`,
		() => `Measuring ${r.pick(METRICS)}`,
		() => `${cap(t)} with ${r.pick(VENDORS)}`,
		() => `Common mistakes in ${t}`,
		() => `Pricing ${t}`,
		() => `${cap(topic)} and ${t}`,
		() => `${cap(t)} step by step`,
		() => `The ${r.pick(ROLES)} and ${t}`,
		() => `Selling ${t} to ${r.pick(SEGMENTS)}`,
		() => `${cap(r.pick(ADJECTIVES))} ${t}`,
	])();
}

function h3Title(r: Rng, topics: string[]): string {
	return r.pick([
		() => cap(r.pick(topics)),
		() => `Example: ${client(r)}`,
		() => `${cap(r.pick(METRICS))} targets`,
		() => `When ${r.pick(topics)} fails`,
		() => `${r.pick(VENDORS)} versus ${r.pick(VENDORS)}`,
		() => `Questions ${r.pick(CLIENT_ROLES)}s ask`,
		() => `In the ${r.pick(CATEGORIES)}`,
		() => `${cap(r.pick(TIERS))} tier`,
		() => `${cap(r.pick(ADJECTIVES))} ${r.pick(PROCESSES)}`,
		() => `Per-${r.pick(UNITS)} costs`,
	])();
}

/** Adds a heading with a unique id (retrying, then numbering) and returns it. */
function uniqueHeading(taken: Set<string>, make: () => string): HeadingPlan {
	for (let attempt = 0; attempt < 25; attempt++) {
		const title = make();
		const id = headingId(title);
		if (id && !taken.has(id)) {
			taken.add(id);
			return { title, id };
		}
	}
	const base = make();
	for (let n = 2; ; n++) {
		const title = `${base} part ${n}`;
		const id = headingId(title);
		if (!taken.has(id)) {
			taken.add(id);
			return { title, id };
		}
	}
}

function planChapters(rng: Rng, pages: number): { plans: ChapterPlan[]; glossarySee: Map<string, string> } {
	const titles = new Set<string>();
	const plans: ChapterPlan[] = [];
	for (let i = 1; i <= pages; i++) {
		let topic = '';
		let segment = '';
		let title = '';
		for (let attempt = 0; attempt < 25 && (!title || titles.has(title)); attempt++) {
			const t = (topic = rng.pick(TOPICS));
			const s = (segment = rng.pick(SEGMENTS));
			title = rng.pick([
				`${cap(t)} for ${s}`,
				`How MSPs approach ${t}`,
				`${cap(t)} and ${rng.pick(TOPICS)}`,
				`Running ${t} at scale`,
				`${cap(t)}: a guide for the ${rng.pick(ROLES)}`,
				`Selling ${t} to ${s}`,
			]);
		}
		if (titles.has(title)) title = `${title} (${i})`;
		titles.add(title);
		let description = '';
		do {
			description = rng.pick([
				`How ${segment} approach ${topic}, what the ${rng.pick(ROLES)} measures, and where ${rng.pick(VENDORS)} fits in.`,
				`What ${topic} involves for an MSP, how it is priced per ${rng.pick(UNITS)}, and the questions ${segment} ask about it.`,
				`The tools, roles and metrics behind ${topic}, with examples from ${segment}.`,
				`A practical guide to ${topic}: who owns it, how it is sold, and how ${rng.pick(METRICS)} shows it works.`,
			]);
		} while (description.length > 160);

		const topics = [topic, ...rng.sample(TOPICS.filter((t) => t !== topic), 11)];
		const taken = new Set(PAGE_IDS);
		const sections: SectionPlan[] = [];
		const count = rng.int(6, 10);
		for (let s = 0; s < count; s++) {
			const h2 = uniqueHeading(taken, () => h2Title(rng, topics, segment));
			const subsections = Array.from({ length: rng.pick([0, 1, 1, 1, 2]) }, () => uniqueHeading(taken, () => h3Title(rng, topics)));
			sections.push({ ...h2, subsections });
		}
		plans.push({ slug: `chapter-${i}`, order: i, title, description, topics, segment, sections });
	}

	// Each glossary entry is explained in an h3 of its own, spread over the chapters.
	const glossarySee = new Map<string, string>();
	GLOSSARY.forEach((entry, index) => {
		const plan = plans[Math.floor((index * plans.length) / GLOSSARY.length)]!;
		const taken = new Set([...PAGE_IDS, ...plan.sections.flatMap((s) => [s.id, ...s.subsections.map((h) => h.id)])]);
		const heading = uniqueHeading(taken, () => (entry.expansion ? `${entry.expansion} (${entry.term})` : `${entry.term} in practice`));
		rng.pick(plan.sections).subsections.push(heading);
		glossarySee.set(entry.id, `${plan.slug}#${heading.id}`);
	});
	return { plans, glossarySee };
}

// ---------------------------------------------------------------------------------------------
// Chapter text
// ---------------------------------------------------------------------------------------------

function crossLinks(rng: Rng, plans: ChapterPlan[], self: number): string[] {
	if (plans.length < 2) return [];
	const out: string[] = [];
	const count = rng.int(3, 6);
	for (let i = 0; i < count; i++) {
		// Mostly nearby chapters (as real learning paths link), sometimes anywhere.
		let other = rng.chance(0.7) ? self + rng.pick([-3, -2, -1, 1, 2, 3, 5, 8]) : rng.int(0, plans.length - 1);
		other = ((other % plans.length) + plans.length) % plans.length;
		if (other === self) other = (self + 1) % plans.length;
		const target = plans[other]!;
		const section = rng.pick(target.sections);
		const heading = section.subsections.length && rng.chance(0.4) ? rng.pick(section.subsections) : section;
		const link = `[${heading.title}](/${target.slug}/#${heading.id})`;
		out.push(
			rng.pick([
				`For the background, see ${link} in "${target.title}".`,
				`This connects to ${link}, which covers the same question from another angle.`,
				`Read ${link} before a first meeting about it.`,
				`The section ${link} has a worked example.`,
			]),
		);
	}
	return out;
}

function writeChapter(rng: Rng, plan: ChapterPlan, plans: ChapterPlan[], index: number, target: number): { mdx: string; words: number; links: number } {
	const w: Writer = { rng, terms: rng.sample(GLOSSARY, rng.int(5, 8)), marked: new Set(), links: crossLinks(rng, plans, index), words: 0, topics: plan.topics };
	const linkCount = w.links.length;

	// Blocks per heading, filled first with a base amount of text, then topped up to the word target.
	type Blocks = string[];
	const opening = [paragraph(w, 3, 4)];
	const objectives = rng.sample(['Explain', 'Compare', 'Describe', 'Apply', 'Recognise', 'Estimate'], rng.int(3, 5)).map(
		(verb) => `- ${verb} ${topic(w)} ${rng.pick(['for', 'with', 'at'])} ${rng.pick(SEGMENTS)}.`,
	);
	w.words += wordCount(objectives.join(' '));
	const body: Array<{ heading: HeadingPlan; depth: 2 | 3; blocks: Blocks }> = [];
	const tableAt = rng.int(0, plan.sections.length - 1);
	plan.sections.forEach((section, s) => {
		const blocks: Blocks = [paragraph(w, 2, 3)];
		if (s === tableAt) blocks.push(table(w));
		else {
			const extra = rng.pick(['none', 'none', 'list', 'steps', 'callout', 'table'] as const);
			if (extra === 'list') blocks.push(bulletList(w));
			else if (extra === 'steps') blocks.push(numberedSteps(w));
			else if (extra === 'callout') blocks.push(callout(w));
			else if (extra === 'table') blocks.push(table(w));
		}
		body.push({ heading: section, depth: 2, blocks });
		for (const sub of section.subsections) body.push({ heading: sub, depth: 3, blocks: [paragraph(w, 2, 3)] });
	});
	// Every chapter uses at least one glossary term and places all its links.
	if (!w.marked.size) body[0]!.blocks.push(`This is also where ${termText(w)} comes in, and most new hires meet it in their first week.`);
	while (w.words < target - 100) {
		const block = rng.pick(body).blocks;
		block.splice(1, 0, paragraph(w, 2, 4));
	}
	while (w.links.length) rng.pick(body).blocks.push(paragraph(w, 1, 2) + ' ' + w.links.shift()!);

	const takeaways = Array.from({ length: rng.int(3, 5) }, () => `- ${sentence(w)}`);
	const questions = Array.from({ length: 3 }, () => {
		const q = rng.pick([
			`What should the ${rng.pick(ROLES)} check first when ${rng.pick(INCIDENTS)}?`,
			`Why do ${rng.pick(SEGMENTS)} care about ${topic(w)}?`,
			`Which metric shows that ${topic(w)} is working, and who reviews it?`,
			`How would you explain ${rng.pick(MODELS)} to a ${rng.pick(CLIENT_ROLES)}?`,
		]);
		return `<Question q="${q}">\n\n${paragraph(w, 1, 2)}\n\n</Question>`;
	});

	const lines = [
		'---',
		`title: ${JSON.stringify(plan.title)}`,
		`description: ${JSON.stringify(plan.description)}`,
		`order: ${plan.order}`,
		'---',
		'',
		...opening,
		'',
		'<Objectives>',
		'',
		...objectives,
		'',
		'</Objectives>',
		'',
	];
	for (const { heading, depth, blocks } of body) lines.push(`${'#'.repeat(depth)} ${heading.title}`, '', ...blocks.flatMap((b) => [b, '']));
	lines.push('## Key takeaways', '', ...takeaways, '', '## Check your understanding', '', '<KnowledgeCheck>', ...questions, '</KnowledgeCheck>', '');
	w.words += wordCount(takeaways.join(' '));
	return { mdx: lines.join('\n'), words: w.words, links: linkCount };
}

// ---------------------------------------------------------------------------------------------
// Corpus
// ---------------------------------------------------------------------------------------------

/** Writes the corpus and returns what was written. */
export function generateCorpus({ dir, pages, seed = 1, lock = true, words = 1500 }: CorpusOptions): CorpusSummary {
	if (!Number.isInteger(pages) || pages < 1) throw new Error(`pages must be a whole number of at least 1 (got ${pages})`);
	const rng = new Rng(seed);
	const { plans, glossarySee } = planChapters(rng, pages);

	rmSync(join(dir, 'chapters'), { recursive: true, force: true });
	mkdirSync(join(dir, 'chapters'), { recursive: true });
	let totalWords = 0;
	let totalLinks = 0;
	let bytes = 0;
	plans.forEach((plan, index) => {
		// Each chapter gets its own stream, so its text does not depend on how long earlier chapters were.
		const chapterRng = new Rng(`${seed}:${plan.slug}`);
		const { mdx, words: count, links } = writeChapter(chapterRng, plan, plans, index, chapterRng.int(words - 150, words + 150));
		writeFileSync(join(dir, 'chapters', `${plan.slug}.mdx`), mdx);
		totalWords += count;
		totalLinks += links;
		bytes += Buffer.byteLength(mdx);
	});

	const entries = GLOSSARY.map((entry) => ({ ...entry, see: glossarySee.get(entry.id)! }));
	const yaml = stringify(
		entries.map(({ id, term, expansion, definition, see, aliases }) => ({ id, term, ...(expansion ? { expansion } : {}), definition, see, ...(aliases ? { aliases } : {}) })),
		{ lineWidth: 0 },
	);
	writeFileSync(join(dir, 'glossary.yaml'), `# Generated by tests/bench/generate-corpus.ts (seed ${JSON.stringify(seed)}).\n${yaml}`);

	const lockPath = join(dir, 'anchors.lock.json');
	rmSync(lockPath, { force: true });
	if (lock) {
		// Exactly what the build publishes (see publishedAnchors in src/utils/anchors-lock.ts): the home
		// page's learning path, the glossary's letters and entries, the search page, every chapter heading.
		const letters = groupByLetter(entries.map((e) => ({ aliases: [], formerIds: [], ...e }) as GlossaryEntry)).map(({ letter }) =>
			letter === '#' ? 'letter-0-9' : `letter-${letter.toLowerCase()}`,
		);
		const locked: Record<string, string[]> = {
			'/': ['learning-path'],
			'/glossary/': [...entries.map((e) => e.id), ...letters].sort(),
			'/search/': [],
		};
		for (const plan of plans) {
			const ids = plan.sections.flatMap((s) => [s.id, ...s.subsections.map((h) => h.id)]);
			locked[`/${plan.slug}/`] = [...ids, ...CLOSING.map(headingId)].sort();
		}
		const pagesSorted = Object.fromEntries(Object.entries(locked).sort(([a], [b]) => a.localeCompare(b)));
		writeFileSync(lockPath, `${JSON.stringify({ version: 1, pages: pagesSorted }, null, '\t')}\n`);
	}

	return {
		dir,
		pages,
		slugs: plans.map((p) => p.slug),
		words: totalWords,
		headings: plans.reduce((sum, p) => sum + p.sections.reduce((n, s) => n + 1 + s.subsections.length, 0) + CLOSING.length, 0),
		crossLinks: totalLinks,
		glossaryEntries: entries.length,
		bytes,
	};
}

// ---------------------------------------------------------------------------------------------
// CLI
// ---------------------------------------------------------------------------------------------

/** Reads `--name value` options from `argv`. */
export function readFlags(argv: readonly string[]): Map<string, string> {
	const flags = new Map<string, string>();
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (!arg.startsWith('--')) continue;
		const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
		if (inline !== undefined) flags.set(name, inline);
		else if (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--')) flags.set(name, argv[++i]!);
		else flags.set(name, 'true');
	}
	return flags;
}

/**
 * True when `file` is the script being run. vite-node rewrites process.argv (dropping the script
 * path), so on Linux the original command line is read from /proc.
 */
export function isEntry(file: string): boolean {
	let args: string[] = process.argv;
	try {
		args = readFileSync('/proc/self/cmdline', 'utf8').split('\0');
	} catch {
		/* not Linux: process.argv works for node/tsx */
	}
	return args.some((arg) => arg && !arg.startsWith('-') && resolve(arg) === file);
}

if (isEntry(import.meta.filename)) {
	const flags = readFlags(process.argv.slice(2));
	const out = flags.get('out');
	if (!out || !flags.get('pages')) {
		console.error('Usage: vite-node tests/bench/generate-corpus.ts -- --pages 100 --out <dir> [--seed 1] [--no-lock]');
		process.exit(2);
	}
	const started = performance.now();
	const summary = generateCorpus({ dir: resolve(out), pages: Number(flags.get('pages')), seed: flags.get('seed') ?? 1, lock: !flags.has('no-lock') });
	console.log(
		`Wrote ${summary.pages} chapters (${summary.words.toLocaleString('en')} words, ${summary.headings} headings, ${summary.crossLinks} cross-links, ` +
			`${(summary.bytes / 1024).toFixed(0)} KB of MDX) and ${summary.glossaryEntries} glossary entries to ${summary.dir} in ${Math.round(performance.now() - started)} ms.`,
	);
}
