export namespace app {
	
	export class ActionView {
	    action: dunning.Action;
	    approved: boolean;
	    pending: string;
	    text?: string;
	
	    static createFrom(source: any = {}) {
	        return new ActionView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.action = this.convertValues(source["action"], dunning.Action);
	        this.approved = source["approved"];
	        this.pending = source["pending"];
	        this.text = source["text"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class AgedBalanceView {
	    date: string;
	    labels: string[];
	    rows: report.AgedRow[];
	    total: report.AgedRow;
	
	    static createFrom(source: any = {}) {
	        return new AgedBalanceView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.date = source["date"];
	        this.labels = source["labels"];
	        this.rows = this.convertValues(source["rows"], report.AgedRow);
	        this.total = this.convertValues(source["total"], report.AgedRow);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class AllocationView {
	    invoiceId: number;
	    number: string;
	    remaining: number;
	    amount: number;
	
	    static createFrom(source: any = {}) {
	        return new AllocationView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.invoiceId = source["invoiceId"];
	        this.number = source["number"];
	        this.remaining = source["remaining"];
	        this.amount = source["amount"];
	    }
	}
	export class BankImportResult {
	    added: number;
	    duplicates: number;
	    credits: number;
	    creditSum: number;
	    creditSums: backend.CurrencyAmount[];
	    currencies: string[];
	    format: string;
	    autoConfirmed: number;
	    autoSum: number;
	    foreign: number;
	    dryRun: boolean;
	
	    static createFrom(source: any = {}) {
	        return new BankImportResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.added = source["added"];
	        this.duplicates = source["duplicates"];
	        this.credits = source["credits"];
	        this.creditSum = source["creditSum"];
	        this.creditSums = this.convertValues(source["creditSums"], backend.CurrencyAmount);
	        this.currencies = source["currencies"];
	        this.format = source["format"];
	        this.autoConfirmed = source["autoConfirmed"];
	        this.autoSum = source["autoSum"];
	        this.foreign = source["foreign"];
	        this.dryRun = source["dryRun"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class SuggestionView {
	    transactionKey: string;
	    clientId: number;
	    allocations: backend.Allocation[];
	    score: number;
	    reasons: string[];
	    needsEuroAmount?: boolean;
	    clientCode: string;
	    clientName: string;
	    invoices: AllocationView[];
	    credit: number;
	
	    static createFrom(source: any = {}) {
	        return new SuggestionView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.transactionKey = source["transactionKey"];
	        this.clientId = source["clientId"];
	        this.allocations = this.convertValues(source["allocations"], backend.Allocation);
	        this.score = source["score"];
	        this.reasons = source["reasons"];
	        this.needsEuroAmount = source["needsEuroAmount"];
	        this.clientCode = source["clientCode"];
	        this.clientName = source["clientName"];
	        this.invoices = this.convertValues(source["invoices"], AllocationView);
	        this.credit = source["credit"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class BankLineView {
	    line: backend.BankLine;
	    suggestions: SuggestionView[];
	    clientName?: string;
	
	    static createFrom(source: any = {}) {
	        return new BankLineView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.line = this.convertValues(source["line"], backend.BankLine);
	        this.suggestions = this.convertValues(source["suggestions"], SuggestionView);
	        this.clientName = source["clientName"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class BankPreview {
	    fileName: string;
	    format: string;
	    csv?: bank.CSVPreview;
	    presets: bank.Preset[];
	    needsMap: boolean;
	
	    static createFrom(source: any = {}) {
	        return new BankPreview(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.fileName = source["fileName"];
	        this.format = source["format"];
	        this.csv = this.convertValues(source["csv"], bank.CSVPreview);
	        this.presets = this.convertValues(source["presets"], bank.Preset);
	        this.needsMap = source["needsMap"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class BankSettings {
	    autoConfirm: boolean;
	    staleDays: number;
	
	    static createFrom(source: any = {}) {
	        return new BankSettings(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.autoConfirm = source["autoConfirm"];
	        this.staleDays = source["staleDays"];
	    }
	}
	export class BulkFailure {
	    actionId: string;
	    clientName: string;
	    message: string;
	
	    static createFrom(source: any = {}) {
	        return new BulkFailure(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.actionId = source["actionId"];
	        this.clientName = source["clientName"];
	        this.message = source["message"];
	    }
	}
	export class RepriseDay {
	    date: string;
	    actions: ActionView[];
	
	    static createFrom(source: any = {}) {
	        return new RepriseDay(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.date = source["date"];
	        this.actions = this.convertValues(source["actions"], ActionView);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class RepriseStep {
	    name: string;
	    count: number;
	
	    static createFrom(source: any = {}) {
	        return new RepriseStep(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.count = source["count"];
	    }
	}
	export class RepriseView {
	    reason: string;
	    lastRun: string;
	    absentDays: number;
	    clients: number;
	    invoices: number;
	    passed: number;
	    perDay: number;
	    first: string;
	    last: string;
	    steps: RepriseStep[];
	    days: RepriseDay[];
	
	    static createFrom(source: any = {}) {
	        return new RepriseView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.reason = source["reason"];
	        this.lastRun = source["lastRun"];
	        this.absentDays = source["absentDays"];
	        this.clients = source["clients"];
	        this.invoices = source["invoices"];
	        this.passed = source["passed"];
	        this.perDay = source["perDay"];
	        this.first = source["first"];
	        this.last = source["last"];
	        this.steps = this.convertValues(source["steps"], RepriseStep);
	        this.days = this.convertValues(source["days"], RepriseDay);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class SlowAction {
	    actionId: string;
	    clientName: string;
	    step: string;
	    channel: string;
	    invoices: string[];
	    message: string;
	
	    static createFrom(source: any = {}) {
	        return new SlowAction(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.actionId = source["actionId"];
	        this.clientName = source["clientName"];
	        this.step = source["step"];
	        this.channel = source["channel"];
	        this.invoices = source["invoices"];
	        this.message = source["message"];
	    }
	}
	export class RunSummary {
	    queued: number;
	    texts: number;
	    letters: number;
	    waiting: number;
	    why: string;
	    slow: SlowAction[];
	
	    static createFrom(source: any = {}) {
	        return new RunSummary(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.queued = source["queued"];
	        this.texts = source["texts"];
	        this.letters = source["letters"];
	        this.waiting = source["waiting"];
	        this.why = source["why"];
	        this.slow = this.convertValues(source["slow"], SlowAction);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class UnallocatedView {
	    clientId: number;
	    clientName: string;
	    amount: number;
	    currency?: string;
	    date: string;
	    label: string;
	    source: string;
	
	    static createFrom(source: any = {}) {
	        return new UnallocatedView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.clientId = source["clientId"];
	        this.clientName = source["clientName"];
	        this.amount = source["amount"];
	        this.currency = source["currency"];
	        this.date = source["date"];
	        this.label = source["label"];
	        this.source = source["source"];
	    }
	}
	export class TodayView {
	    date: string;
	    toSend: ActionView[];
	    toReview: ActionView[];
	    toCall: ActionView[];
	    tasks: ActionView[];
	    done: ActionView[];
	    skipped: ActionView[];
	    caughtUp: number;
	    notices: dunning.Notice[];
	    upcoming: ActionView[];
	    bankWarning: string;
	    unallocated: UnallocatedView[];
	    followUps: backend.FollowUp[];
	    run?: RunSummary;
	    reprise?: RepriseView;
	
	    static createFrom(source: any = {}) {
	        return new TodayView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.date = source["date"];
	        this.toSend = this.convertValues(source["toSend"], ActionView);
	        this.toReview = this.convertValues(source["toReview"], ActionView);
	        this.toCall = this.convertValues(source["toCall"], ActionView);
	        this.tasks = this.convertValues(source["tasks"], ActionView);
	        this.done = this.convertValues(source["done"], ActionView);
	        this.skipped = this.convertValues(source["skipped"], ActionView);
	        this.caughtUp = source["caughtUp"];
	        this.notices = this.convertValues(source["notices"], dunning.Notice);
	        this.upcoming = this.convertValues(source["upcoming"], ActionView);
	        this.bankWarning = source["bankWarning"];
	        this.unallocated = this.convertValues(source["unallocated"], UnallocatedView);
	        this.followUps = this.convertValues(source["followUps"], backend.FollowUp);
	        this.run = this.convertValues(source["run"], RunSummary);
	        this.reprise = this.convertValues(source["reprise"], RepriseView);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class BulkResult {
	    view: TodayView;
	    done: number;
	    failed: BulkFailure[];
	
	    static createFrom(source: any = {}) {
	        return new BulkResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.view = this.convertValues(source["view"], TodayView);
	        this.done = source["done"];
	        this.failed = this.convertValues(source["failed"], BulkFailure);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CallScript {
	    actionId: string;
	    clientName: string;
	    contactName: string;
	    phone: string;
	    email: string;
	    lines: dunning.Line[];
	    total: number;
	    history: string[];
	    script: string[];
	
	    static createFrom(source: any = {}) {
	        return new CallScript(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.actionId = source["actionId"];
	        this.clientName = source["clientName"];
	        this.contactName = source["contactName"];
	        this.phone = source["phone"];
	        this.email = source["email"];
	        this.lines = this.convertValues(source["lines"], dunning.Line);
	        this.total = source["total"];
	        this.history = source["history"];
	        this.script = source["script"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ClaimSummary {
	    principal: number;
	    penalties: number;
	    indemnity: number;
	    total: number;
	    invoices: number;
	
	    static createFrom(source: any = {}) {
	        return new ClaimSummary(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.principal = source["principal"];
	        this.penalties = source["penalties"];
	        this.indemnity = source["indemnity"];
	        this.total = source["total"];
	        this.invoices = source["invoices"];
	    }
	}
	export class ClientChaseView {
	    chase: backend.ClientChase;
	    scenarioId: string;
	    scenarioName: string;
	
	    static createFrom(source: any = {}) {
	        return new ClientChaseView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.chase = this.convertValues(source["chase"], backend.ClientChase);
	        this.scenarioId = source["scenarioId"];
	        this.scenarioName = source["scenarioName"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ClientPaymentRequest {
	    clientId: number;
	    date: string;
	    amount: number;
	    method: string;
	    reference: string;
	    allocations: backend.Allocation[];
	
	    static createFrom(source: any = {}) {
	        return new ClientPaymentRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.clientId = source["clientId"];
	        this.date = source["date"];
	        this.amount = source["amount"];
	        this.method = source["method"];
	        this.reference = source["reference"];
	        this.allocations = this.convertValues(source["allocations"], backend.Allocation);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ClientView {
	    client: backend.Client;
	    overview: backend.ClientRow;
	    events: backend.Event[];
	    claim: ClaimSummary;
	    credit: number;
	
	    static createFrom(source: any = {}) {
	        return new ClientView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.client = this.convertValues(source["client"], backend.Client);
	        this.overview = this.convertValues(source["overview"], backend.ClientRow);
	        this.events = this.convertValues(source["events"], backend.Event);
	        this.claim = this.convertValues(source["claim"], ClaimSummary);
	        this.credit = source["credit"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ProceedingEvent {
	    kind: string;
	    nature: string;
	    date: string;
	    published: string;
	    reference: string;
	
	    static createFrom(source: any = {}) {
	        return new ProceedingEvent(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.nature = source["nature"];
	        this.date = source["date"];
	        this.published = source["published"];
	        this.reference = source["reference"];
	    }
	}
	export class ProceedingView {
	    kind: string;
	    label: string;
	    court: string;
	    openedOn: string;
	    publishedOn: string;
	    administrator: string;
	    mandataire: string;
	    closedOn: string;
	    open: boolean;
	    events: ProceedingEvent[];
	
	    static createFrom(source: any = {}) {
	        return new ProceedingView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.label = source["label"];
	        this.court = source["court"];
	        this.openedOn = source["openedOn"];
	        this.publishedOn = source["publishedOn"];
	        this.administrator = source["administrator"];
	        this.mandataire = source["mandataire"];
	        this.closedOn = source["closedOn"];
	        this.open = source["open"];
	        this.events = this.convertValues(source["events"], ProceedingEvent);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ClientWatchView {
	    clientId: number;
	    siren: string;
	    consumer: boolean;
	    checked: boolean;
	    checkedAt: string;
	    closed: boolean;
	    closedOn: string;
	    created: string;
	    struckOff: string;
	    legalForm: string;
	    errors: string[];
	    proceeding?: ProceedingView;
	    past: ProceedingView[];
	    stopReason: string;
	    deadline: string;
	    daysLeft: number;
	    declared: boolean;
	    declaredOn: string;
	    declarationDocId: number;
	    advice: string[];
	    overindebted: string;
	    overindebtedRules: string[];
	
	    static createFrom(source: any = {}) {
	        return new ClientWatchView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.clientId = source["clientId"];
	        this.siren = source["siren"];
	        this.consumer = source["consumer"];
	        this.checked = source["checked"];
	        this.checkedAt = source["checkedAt"];
	        this.closed = source["closed"];
	        this.closedOn = source["closedOn"];
	        this.created = source["created"];
	        this.struckOff = source["struckOff"];
	        this.legalForm = source["legalForm"];
	        this.errors = source["errors"];
	        this.proceeding = this.convertValues(source["proceeding"], ProceedingView);
	        this.past = this.convertValues(source["past"], ProceedingView);
	        this.stopReason = source["stopReason"];
	        this.deadline = source["deadline"];
	        this.daysLeft = source["daysLeft"];
	        this.declared = source["declared"];
	        this.declaredOn = source["declaredOn"];
	        this.declarationDocId = source["declarationDocId"];
	        this.advice = source["advice"];
	        this.overindebted = source["overindebted"];
	        this.overindebtedRules = source["overindebtedRules"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CollectedPayment {
	    paymentId: number;
	    date: string;
	    clientId: number;
	    clientCode: string;
	    clientName: string;
	    amount: number;
	    method: string;
	    reference: string;
	    invoices: string[];
	    unallocated: number;
	
	    static createFrom(source: any = {}) {
	        return new CollectedPayment(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.paymentId = source["paymentId"];
	        this.date = source["date"];
	        this.clientId = source["clientId"];
	        this.clientCode = source["clientCode"];
	        this.clientName = source["clientName"];
	        this.amount = source["amount"];
	        this.method = source["method"];
	        this.reference = source["reference"];
	        this.invoices = source["invoices"];
	        this.unallocated = source["unallocated"];
	    }
	}
	export class CollectedView {
	    month: string;
	    total: number;
	    payments: CollectedPayment[];
	
	    static createFrom(source: any = {}) {
	        return new CollectedView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.month = source["month"];
	        this.total = source["total"];
	        this.payments = this.convertValues(source["payments"], CollectedPayment);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CompanyLookup {
	    siren: string;
	    vatNumber: string;
	    directory: boolean;
	    directoryCode?: string;
	    directoryError?: string;
	    legalName?: string;
	    legalForm?: string;
	    siret?: string;
	    address: backend.Address;
	    closed: boolean;
	
	    static createFrom(source: any = {}) {
	        return new CompanyLookup(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.siren = source["siren"];
	        this.vatNumber = source["vatNumber"];
	        this.directory = source["directory"];
	        this.directoryCode = source["directoryCode"];
	        this.directoryError = source["directoryError"];
	        this.legalName = source["legalName"];
	        this.legalForm = source["legalForm"];
	        this.siret = source["siret"];
	        this.address = this.convertValues(source["address"], backend.Address);
	        this.closed = source["closed"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Composed {
	    template: template.Template;
	    rendered: template.Rendered;
	    toName: string;
	    to: string;
	    attachments: backend.OutboxAttachment[];
	    problems: string[];
	
	    static createFrom(source: any = {}) {
	        return new Composed(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.template = this.convertValues(source["template"], template.Template);
	        this.rendered = this.convertValues(source["rendered"], template.Rendered);
	        this.toName = source["toName"];
	        this.to = source["to"];
	        this.attachments = this.convertValues(source["attachments"], backend.OutboxAttachment);
	        this.problems = source["problems"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CreditNoteRequest {
	    invoiceId: number;
	    number: string;
	    date: string;
	    amount: number;
	    reason: string;
	
	    static createFrom(source: any = {}) {
	        return new CreditNoteRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.invoiceId = source["invoiceId"];
	        this.number = source["number"];
	        this.date = source["date"];
	        this.amount = source["amount"];
	        this.reason = source["reason"];
	    }
	}
	export class PromiseDue {
	    invoiceId: number;
	    number: string;
	    clientId: number;
	    clientName: string;
	    until: string;
	    remaining: number;
	
	    static createFrom(source: any = {}) {
	        return new PromiseDue(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.invoiceId = source["invoiceId"];
	        this.number = source["number"];
	        this.clientId = source["clientId"];
	        this.clientName = source["clientName"];
	        this.until = source["until"];
	        this.remaining = source["remaining"];
	    }
	}
	export class DashboardView {
	    today: string;
	    figures: report.Dashboard;
	    agingCounts: Record<string, number>;
	    byChannel: report.ChannelStat[];
	    byStep: report.ChannelStat[];
	    promises: PromiseDue[];
	    bankWarning: string;
	
	    static createFrom(source: any = {}) {
	        return new DashboardView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.today = source["today"];
	        this.figures = this.convertValues(source["figures"], report.Dashboard);
	        this.agingCounts = source["agingCounts"];
	        this.byChannel = this.convertValues(source["byChannel"], report.ChannelStat);
	        this.byStep = this.convertValues(source["byStep"], report.ChannelStat);
	        this.promises = this.convertValues(source["promises"], PromiseDue);
	        this.bankWarning = source["bankWarning"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class DashboardWork {
	    toSend: number;
	    toReview: number;
	    toCall: number;
	    limitations: dunning.Notice[];
	
	    static createFrom(source: any = {}) {
	        return new DashboardWork(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.toSend = source["toSend"];
	        this.toReview = source["toReview"];
	        this.toCall = source["toCall"];
	        this.limitations = this.convertValues(source["limitations"], dunning.Notice);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class DeadlineView {
	    clientId: number;
	    clientCode: string;
	    clientName: string;
	    proceeding: string;
	    openedOn: string;
	    deadline: string;
	    daysLeft: number;
	    declared: boolean;
	    declaredOn?: string;
	    documentId?: number;
	    owed: number;
	    message: string;
	    foreclosed: boolean;
	    advice: string[];
	
	    static createFrom(source: any = {}) {
	        return new DeadlineView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.clientId = source["clientId"];
	        this.clientCode = source["clientCode"];
	        this.clientName = source["clientName"];
	        this.proceeding = source["proceeding"];
	        this.openedOn = source["openedOn"];
	        this.deadline = source["deadline"];
	        this.daysLeft = source["daysLeft"];
	        this.declared = source["declared"];
	        this.declaredOn = source["declaredOn"];
	        this.documentId = source["documentId"];
	        this.owed = source["owed"];
	        this.message = source["message"];
	        this.foreclosed = source["foreclosed"];
	        this.advice = source["advice"];
	    }
	}
	export class DeclarationRequest {
	    clientId: number;
	    mandataire: string;
	    registered: boolean;
	    registeredNumber: string;
	    security: string;
	
	    static createFrom(source: any = {}) {
	        return new DeclarationRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.clientId = source["clientId"];
	        this.mandataire = source["mandataire"];
	        this.registered = source["registered"];
	        this.registeredNumber = source["registeredNumber"];
	        this.security = source["security"];
	    }
	}
	export class DemoRequest {
	    clients: number;
	    invoices: number;
	
	    static createFrom(source: any = {}) {
	        return new DemoRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.clients = source["clients"];
	        this.invoices = source["invoices"];
	    }
	}
	export class DemoStatus {
	    demo: boolean;
	    loadedAt: string;
	    clients: number;
	    invoices: number;
	    domains: string;
	
	    static createFrom(source: any = {}) {
	        return new DemoStatus(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.demo = source["demo"];
	        this.loadedAt = source["loadedAt"];
	        this.clients = source["clients"];
	        this.invoices = source["invoices"];
	        this.domains = source["domains"];
	    }
	}
	export class DocumentView {
	    document: backend.Document;
	    label: string;
	    url: string;
	    path: string;
	    warnings: string[];
	    leftOut: string[];
	    deadline: string;
	
	    static createFrom(source: any = {}) {
	        return new DocumentView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.document = this.convertValues(source["document"], backend.Document);
	        this.label = source["label"];
	        this.url = source["url"];
	        this.path = source["path"];
	        this.warnings = source["warnings"];
	        this.leftOut = source["leftOut"];
	        this.deadline = source["deadline"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ExportResult {
	    path: string;
	    count: number;
	
	    static createFrom(source: any = {}) {
	        return new ExportResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.count = source["count"];
	    }
	}
	export class ImportPreview {
	    token: string;
	    kind: string;
	    fileName: string;
	    encoding: string;
	    separator: string;
	    headers: string[];
	    sample: string[][];
	    rowCount: number;
	    fields: importer.Field[];
	    mapping: Record<string, number>;
	    remembered: boolean;
	
	    static createFrom(source: any = {}) {
	        return new ImportPreview(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.token = source["token"];
	        this.kind = source["kind"];
	        this.fileName = source["fileName"];
	        this.encoding = source["encoding"];
	        this.separator = source["separator"];
	        this.headers = source["headers"];
	        this.sample = source["sample"];
	        this.rowCount = source["rowCount"];
	        this.fields = this.convertValues(source["fields"], importer.Field);
	        this.mapping = source["mapping"];
	        this.remembered = source["remembered"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ImportRequest {
	    token: string;
	    mapping: Record<string, number>;
	    skipInvalid: boolean;
	    dryRun: boolean;
	
	    static createFrom(source: any = {}) {
	        return new ImportRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.token = source["token"];
	        this.mapping = source["mapping"];
	        this.skipInvalid = source["skipInvalid"];
	        this.dryRun = source["dryRun"];
	    }
	}
	export class RowError {
	    line: number;
	    column: string;
	    value: string;
	    message: string;
	
	    static createFrom(source: any = {}) {
	        return new RowError(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.line = source["line"];
	        this.column = source["column"];
	        this.value = source["value"];
	        this.message = source["message"];
	    }
	}
	export class ImportResult {
	    kind: string;
	    rows: number;
	    created: number;
	    updated: number;
	    unchanged: number;
	    invalid: number;
	    errors: RowError[];
	    errorCount: number;
	    written: boolean;
	    dryRun: boolean;
	
	    static createFrom(source: any = {}) {
	        return new ImportResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.rows = source["rows"];
	        this.created = source["created"];
	        this.updated = source["updated"];
	        this.unchanged = source["unchanged"];
	        this.invalid = source["invalid"];
	        this.errors = this.convertValues(source["errors"], RowError);
	        this.errorCount = source["errorCount"];
	        this.written = source["written"];
	        this.dryRun = source["dryRun"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class InboxSettings {
	    enabled: boolean;
	    folders: string[];
	    pollMinutes: number;
	    lookBackDays: number;
	
	    static createFrom(source: any = {}) {
	        return new InboxSettings(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.enabled = source["enabled"];
	        this.folders = source["folders"];
	        this.pollMinutes = source["pollMinutes"];
	        this.lookBackDays = source["lookBackDays"];
	    }
	}
	export class InboxStatus {
	    watching: boolean;
	    phase: string;
	    folder: string;
	    done: number;
	    total: number;
	    since: string;
	    error: string;
	    toHandle: number;
	    unmatched: number;
	
	    static createFrom(source: any = {}) {
	        return new InboxStatus(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.watching = source["watching"];
	        this.phase = source["phase"];
	        this.folder = source["folder"];
	        this.done = source["done"];
	        this.total = source["total"];
	        this.since = source["since"];
	        this.error = source["error"];
	        this.toHandle = source["toHandle"];
	        this.unmatched = source["unmatched"];
	    }
	}
	export class InteractionView {
	    interaction: backend.Interaction;
	    clientName: string;
	    invoices: string[];
	    classLabel: string;
	    proposal: string;
	
	    static createFrom(source: any = {}) {
	        return new InteractionView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.interaction = this.convertValues(source["interaction"], backend.Interaction);
	        this.clientName = source["clientName"];
	        this.invoices = source["invoices"];
	        this.classLabel = source["classLabel"];
	        this.proposal = source["proposal"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class InvoiceChaseView {
	    chase: backend.InvoiceChase;
	    scenarioId: string;
	    scenarioName: string;
	    status: string;
	    next?: ActionView;
	
	    static createFrom(source: any = {}) {
	        return new InvoiceChaseView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.chase = this.convertValues(source["chase"], backend.InvoiceChase);
	        this.scenarioId = source["scenarioId"];
	        this.scenarioName = source["scenarioName"];
	        this.status = source["status"];
	        this.next = this.convertValues(source["next"], ActionView);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class PenaltySegment {
	    from: string;
	    to: string;
	    days: number;
	    ratePct: string;
	    base: number;
	    amount: number;
	
	    static createFrom(source: any = {}) {
	        return new PenaltySegment(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.from = source["from"];
	        this.to = source["to"];
	        this.days = source["days"];
	        this.ratePct = source["ratePct"];
	        this.base = source["base"];
	        this.amount = source["amount"];
	    }
	}
	export class PenaltyView {
	    applicable: boolean;
	    consumer: boolean;
	    days: number;
	    total: number;
	    indemnity: number;
	    until: string;
	    segments: PenaltySegment[];
	    basis: string;
	    note: string;
	    warnings: string[];
	
	    static createFrom(source: any = {}) {
	        return new PenaltyView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.applicable = source["applicable"];
	        this.consumer = source["consumer"];
	        this.days = source["days"];
	        this.total = source["total"];
	        this.indemnity = source["indemnity"];
	        this.until = source["until"];
	        this.segments = this.convertValues(source["segments"], PenaltySegment);
	        this.basis = source["basis"];
	        this.note = source["note"];
	        this.warnings = source["warnings"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class PaymentLine {
	    date: string;
	    amount: number;
	    method: string;
	    reference: string;
	
	    static createFrom(source: any = {}) {
	        return new PaymentLine(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.date = source["date"];
	        this.amount = source["amount"];
	        this.method = source["method"];
	        this.reference = source["reference"];
	    }
	}
	export class InvoiceView {
	    invoice: backend.Invoice;
	    clientCode: string;
	    clientName: string;
	    clientPhone: string;
	    remaining: number;
	    daysOverdue: number;
	    payments: PaymentLine[];
	    penalty: PenaltyView;
	
	    static createFrom(source: any = {}) {
	        return new InvoiceView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.invoice = this.convertValues(source["invoice"], backend.Invoice);
	        this.clientCode = source["clientCode"];
	        this.clientName = source["clientName"];
	        this.clientPhone = source["clientPhone"];
	        this.remaining = source["remaining"];
	        this.daysOverdue = source["daysOverdue"];
	        this.payments = this.convertValues(source["payments"], PaymentLine);
	        this.penalty = this.convertValues(source["penalty"], PenaltyView);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class MailConfig {
	    settings: mail.Settings;
	    paymentLink: string;
	    oauth: oauth.Config;
	
	    static createFrom(source: any = {}) {
	        return new MailConfig(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.settings = this.convertValues(source["settings"], mail.Settings);
	        this.paymentLink = source["paymentLink"];
	        this.oauth = this.convertValues(source["oauth"], oauth.Config);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class OAuthInfo {
	    provider: string;
	    name: string;
	    account: string;
	    signedIn: boolean;
	    builtin: Record<string, boolean>;
	
	    static createFrom(source: any = {}) {
	        return new OAuthInfo(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.provider = source["provider"];
	        this.name = source["name"];
	        this.account = source["account"];
	        this.signedIn = source["signedIn"];
	        this.builtin = source["builtin"];
	    }
	}
	export class MailSettingsView {
	    config: MailConfig;
	    configured: boolean;
	    hasPassword: boolean;
	    hasToken: boolean;
	    presets: mail.Preset[];
	    oauth: OAuthInfo;
	    blocked: string;
	
	    static createFrom(source: any = {}) {
	        return new MailSettingsView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.config = this.convertValues(source["config"], MailConfig);
	        this.configured = source["configured"];
	        this.hasPassword = source["hasPassword"];
	        this.hasToken = source["hasToken"];
	        this.presets = this.convertValues(source["presets"], mail.Preset);
	        this.oauth = this.convertValues(source["oauth"], OAuthInfo);
	        this.blocked = source["blocked"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class MailStatus {
	    ready: boolean;
	    why: string;
	    signIn: boolean;
	    provider: string;
	    blocked: boolean;
	
	    static createFrom(source: any = {}) {
	        return new MailStatus(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ready = source["ready"];
	        this.why = source["why"];
	        this.signIn = source["signIn"];
	        this.provider = source["provider"];
	        this.blocked = source["blocked"];
	    }
	}
	export class MessageView {
	    view: InteractionView;
	    text: string;
	
	    static createFrom(source: any = {}) {
	        return new MessageView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.view = this.convertValues(source["view"], InteractionView);
	        this.text = source["text"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class NoticeLine {
	    invoiceId: number;
	    number: string;
	    issueDate: string;
	    dueDate: string;
	    daysLate: number;
	    amountInclTax: number;
	    paid: number;
	    remaining: number;
	    penalty: number;
	    indemnity: number;
	
	    static createFrom(source: any = {}) {
	        return new NoticeLine(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.invoiceId = source["invoiceId"];
	        this.number = source["number"];
	        this.issueDate = source["issueDate"];
	        this.dueDate = source["dueDate"];
	        this.daysLate = source["daysLate"];
	        this.amountInclTax = source["amountInclTax"];
	        this.paid = source["paid"];
	        this.remaining = source["remaining"];
	        this.penalty = source["penalty"];
	        this.indemnity = source["indemnity"];
	    }
	}
	export class NoticeDraft {
	    clientId: number;
	    clientCode: string;
	    clientName: string;
	    consumer: boolean;
	    lines: NoticeLine[];
	    principal: number;
	    penalties: number;
	    indemnity: number;
	    credit: number;
	    totalClaimed: number;
	    leftOut: string[];
	    deadlineDays: number;
	    date: string;
	    intro: string[];
	    consequences: string[];
	    warnings: string[];
	
	    static createFrom(source: any = {}) {
	        return new NoticeDraft(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.clientId = source["clientId"];
	        this.clientCode = source["clientCode"];
	        this.clientName = source["clientName"];
	        this.consumer = source["consumer"];
	        this.lines = this.convertValues(source["lines"], NoticeLine);
	        this.principal = source["principal"];
	        this.penalties = source["penalties"];
	        this.indemnity = source["indemnity"];
	        this.credit = source["credit"];
	        this.totalClaimed = source["totalClaimed"];
	        this.leftOut = source["leftOut"];
	        this.deadlineDays = source["deadlineDays"];
	        this.date = source["date"];
	        this.intro = source["intro"];
	        this.consequences = source["consequences"];
	        this.warnings = source["warnings"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class NoticeRequest {
	    invoiceId: number;
	    deadlineDays: number;
	    registered: boolean;
	    registeredNumber: string;
	    intro: string[];
	    consequences: string[];
	
	    static createFrom(source: any = {}) {
	        return new NoticeRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.invoiceId = source["invoiceId"];
	        this.deadlineDays = source["deadlineDays"];
	        this.registered = source["registered"];
	        this.registeredNumber = source["registeredNumber"];
	        this.intro = source["intro"];
	        this.consequences = source["consequences"];
	    }
	}
	
	export class OutboxView {
	    messages: backend.OutboxMessage[];
	    counts: Record<string, number>;
	    followUps: backend.FollowUp[];
	    sentToday: number;
	    dailyCap: number;
	    ready: boolean;
	    notReady: string;
	    smsNotReady: string;
	
	    static createFrom(source: any = {}) {
	        return new OutboxView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.messages = this.convertValues(source["messages"], backend.OutboxMessage);
	        this.counts = source["counts"];
	        this.followUps = this.convertValues(source["followUps"], backend.FollowUp);
	        this.sentToday = source["sentToday"];
	        this.dailyCap = source["dailyCap"];
	        this.ready = source["ready"];
	        this.notReady = source["notReady"];
	        this.smsNotReady = source["smsNotReady"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class PaymentRequest {
	    invoiceId: number;
	    date: string;
	    amount: number;
	    method: string;
	    reference: string;
	
	    static createFrom(source: any = {}) {
	        return new PaymentRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.invoiceId = source["invoiceId"];
	        this.date = source["date"];
	        this.amount = source["amount"];
	        this.method = source["method"];
	        this.reference = source["reference"];
	    }
	}
	
	
	export class PreviewRequest {
	    template: template.Template;
	    clientId: number;
	    invoiceIds: number[];
	
	    static createFrom(source: any = {}) {
	        return new PreviewRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.template = this.convertValues(source["template"], template.Template);
	        this.clientId = source["clientId"];
	        this.invoiceIds = source["invoiceIds"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	
	export class RateInfo {
	    rows: latefee.RateRow[];
	    userRows: string[];
	    warning: string;
	
	    static createFrom(source: any = {}) {
	        return new RateInfo(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.rows = this.convertValues(source["rows"], latefee.RateRow);
	        this.userRows = source["userRows"];
	        this.warning = source["warning"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Reconciliation {
	    unmatched: BankLineView[];
	    waiting: backend.CurrencyAmount[];
	    debits: number;
	    matched: BankLineView[];
	    ignored: BankLineView[];
	    lastImport: string;
	    settings: BankSettings;
	
	    static createFrom(source: any = {}) {
	        return new Reconciliation(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.unmatched = this.convertValues(source["unmatched"], BankLineView);
	        this.waiting = this.convertValues(source["waiting"], backend.CurrencyAmount);
	        this.debits = source["debits"];
	        this.matched = this.convertValues(source["matched"], BankLineView);
	        this.ignored = this.convertValues(source["ignored"], BankLineView);
	        this.lastImport = source["lastImport"];
	        this.settings = this.convertValues(source["settings"], BankSettings);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class RecoveryView {
	    problem: string;
	    store: string;
	    backups: store.BackupInfo[];
	
	    static createFrom(source: any = {}) {
	        return new RecoveryView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.problem = source["problem"];
	        this.store = source["store"];
	        this.backups = this.convertValues(source["backups"], store.BackupInfo);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	
	export class RiskReason {
	    level: string;
	    text: string;
	
	    static createFrom(source: any = {}) {
	        return new RiskReason(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.level = source["level"];
	        this.text = source["text"];
	    }
	}
	export class RiskView {
	    query: string;
	    siren: string;
	    name: string;
	    clientId: number;
	    clientCode: string;
	    verdict: string;
	    label: string;
	    summary: string;
	    reasons: RiskReason[];
	    suggestion: string;
	    errors: string[];
	
	    static createFrom(source: any = {}) {
	        return new RiskView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.query = source["query"];
	        this.siren = source["siren"];
	        this.name = source["name"];
	        this.clientId = source["clientId"];
	        this.clientCode = source["clientCode"];
	        this.verdict = source["verdict"];
	        this.label = source["label"];
	        this.summary = source["summary"];
	        this.reasons = this.convertValues(source["reasons"], RiskReason);
	        this.suggestion = source["suggestion"];
	        this.errors = source["errors"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	export class SMSCountView {
	    count: sms.Count;
	    cost: number;
	    priceSet: boolean;
	    warning: string;
	    sample: string;
	
	    static createFrom(source: any = {}) {
	        return new SMSCountView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.count = this.convertValues(source["count"], sms.Count);
	        this.cost = source["cost"];
	        this.priceSet = source["priceSet"];
	        this.warning = source["warning"];
	        this.sample = source["sample"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class SMSProviderInfo {
	    id: string;
	    name: string;
	
	    static createFrom(source: any = {}) {
	        return new SMSProviderInfo(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	    }
	}
	export class SMSSettingsView {
	    settings: sms.Settings;
	    hasKey: boolean;
	    providers: SMSProviderInfo[];
	    ready: boolean;
	    notReady: string;
	
	    static createFrom(source: any = {}) {
	        return new SMSSettingsView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.settings = this.convertValues(source["settings"], sms.Settings);
	        this.hasKey = source["hasKey"];
	        this.providers = this.convertValues(source["providers"], SMSProviderInfo);
	        this.ready = source["ready"];
	        this.notReady = source["notReady"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class SMSTestResult {
	    ok: boolean;
	    to: string;
	    message: string;
	
	    static createFrom(source: any = {}) {
	        return new SMSTestResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ok = source["ok"];
	        this.to = source["to"];
	        this.message = source["message"];
	    }
	}
	export class SchedulingView {
	    startAtLogin: boolean;
	    dailyRun: boolean;
	    dailyAt: string;
	    executable: string;
	    manual: string;
	    explanation: string[];
	
	    static createFrom(source: any = {}) {
	        return new SchedulingView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.startAtLogin = source["startAtLogin"];
	        this.dailyRun = source["dailyRun"];
	        this.dailyAt = source["dailyAt"];
	        this.executable = source["executable"];
	        this.manual = source["manual"];
	        this.explanation = source["explanation"];
	    }
	}
	export class SendingFacts {
	    registeredNumber: string;
	    sentOn: string;
	    acknowledgedOn: string;
	
	    static createFrom(source: any = {}) {
	        return new SendingFacts(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.registeredNumber = source["registeredNumber"];
	        this.sentOn = source["sentOn"];
	        this.acknowledgedOn = source["acknowledgedOn"];
	    }
	}
	export class Settings {
	    language: string;
	    theme: string;
	    segments: string[];
	    dataDir: string;
	    storePath: string;
	    backupDir: string;
	    version: string;
	
	    static createFrom(source: any = {}) {
	        return new Settings(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.language = source["language"];
	        this.theme = source["theme"];
	        this.segments = source["segments"];
	        this.dataDir = source["dataDir"];
	        this.storePath = source["storePath"];
	        this.backupDir = source["backupDir"];
	        this.version = source["version"];
	    }
	}
	
	export class StartupProgress {
	    step: string;
	    count: number;
	
	    static createFrom(source: any = {}) {
	        return new StartupProgress(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.step = source["step"];
	        this.count = source["count"];
	    }
	}
	
	export class TemplateView {
	    template: template.Template;
	    custom: boolean;
	
	    static createFrom(source: any = {}) {
	        return new TemplateView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.template = this.convertValues(source["template"], template.Template);
	        this.custom = source["custom"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	export class WatchSettingsView {
	    enabled: boolean;
	    lastRun: string;
	    sent: string;
	    clients: number;
	
	    static createFrom(source: any = {}) {
	        return new WatchSettingsView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.enabled = source["enabled"];
	        this.lastRun = source["lastRun"];
	        this.sent = source["sent"];
	        this.clients = source["clients"];
	    }
	}

}

export namespace backend {
	
	export class Address {
	    line1?: string;
	    line2?: string;
	    postalCode?: string;
	    city?: string;
	    country?: string;
	
	    static createFrom(source: any = {}) {
	        return new Address(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.line1 = source["line1"];
	        this.line2 = source["line2"];
	        this.postalCode = source["postalCode"];
	        this.city = source["city"];
	        this.country = source["country"];
	    }
	}
	export class Allocation {
	    invoiceId: number;
	    amount: number;
	
	    static createFrom(source: any = {}) {
	        return new Allocation(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.invoiceId = source["invoiceId"];
	        this.amount = source["amount"];
	    }
	}
	export class BankLine {
	    key: string;
	    account: string;
	    bookedOn: string;
	    valueDate?: string;
	    amount: number;
	    currency: string;
	    label: string;
	    reference?: string;
	    payer?: string;
	    source: string;
	    importedAt: string;
	    status: string;
	    paymentId?: number;
	    clientId?: number;
	    note?: string;
	
	    static createFrom(source: any = {}) {
	        return new BankLine(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.account = source["account"];
	        this.bookedOn = source["bookedOn"];
	        this.valueDate = source["valueDate"];
	        this.amount = source["amount"];
	        this.currency = source["currency"];
	        this.label = source["label"];
	        this.reference = source["reference"];
	        this.payer = source["payer"];
	        this.source = source["source"];
	        this.importedAt = source["importedAt"];
	        this.status = source["status"];
	        this.paymentId = source["paymentId"];
	        this.clientId = source["clientId"];
	        this.note = source["note"];
	    }
	}
	export class ChaseSettings {
	    minGapDays: number;
	    sendStart: number;
	    sendEnd: number;
	    weekdays: boolean[];
	    alsaceMoselle: boolean;
	    companyDefaultScenarioId: string;
	    segmentScenario: Record<string, string>;
	    undatedPromiseDays: number;
	
	    static createFrom(source: any = {}) {
	        return new ChaseSettings(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.minGapDays = source["minGapDays"];
	        this.sendStart = source["sendStart"];
	        this.sendEnd = source["sendEnd"];
	        this.weekdays = source["weekdays"];
	        this.alsaceMoselle = source["alsaceMoselle"];
	        this.companyDefaultScenarioId = source["companyDefaultScenarioId"];
	        this.segmentScenario = source["segmentScenario"];
	        this.undatedPromiseDays = source["undatedPromiseDays"];
	    }
	}
	export class Contact {
	    firstName?: string;
	    lastName?: string;
	    role?: string;
	    email?: string;
	    phone?: string;
	    billing?: boolean;
	    emailInvalid?: boolean;
	    smsConsent?: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Contact(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.firstName = source["firstName"];
	        this.lastName = source["lastName"];
	        this.role = source["role"];
	        this.email = source["email"];
	        this.phone = source["phone"];
	        this.billing = source["billing"];
	        this.emailInvalid = source["emailInvalid"];
	        this.smsConsent = source["smsConsent"];
	    }
	}
	export class Client {
	    id: number;
	    code: string;
	    name: string;
	    type: string;
	    legalForm?: string;
	    siren?: string;
	    siret?: string;
	    vatNumber?: string;
	    address: Address;
	    deliveryAddress?: Address;
	    email?: string;
	    phone?: string;
	    contacts?: Contact[];
	    language: string;
	    segment: string;
	    notes?: string;
	    paymentMethod?: string;
	    court?: string;
	    latePaymentRateBP?: number;
	    createdAt: string;
	    updatedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new Client(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.code = source["code"];
	        this.name = source["name"];
	        this.type = source["type"];
	        this.legalForm = source["legalForm"];
	        this.siren = source["siren"];
	        this.siret = source["siret"];
	        this.vatNumber = source["vatNumber"];
	        this.address = this.convertValues(source["address"], Address);
	        this.deliveryAddress = this.convertValues(source["deliveryAddress"], Address);
	        this.email = source["email"];
	        this.phone = source["phone"];
	        this.contacts = this.convertValues(source["contacts"], Contact);
	        this.language = source["language"];
	        this.segment = source["segment"];
	        this.notes = source["notes"];
	        this.paymentMethod = source["paymentMethod"];
	        this.court = source["court"];
	        this.latePaymentRateBP = source["latePaymentRateBP"];
	        this.createdAt = source["createdAt"];
	        this.updatedAt = source["updatedAt"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Pause {
	    until: string;
	    reason: string;
	    since?: string;
	
	    static createFrom(source: any = {}) {
	        return new Pause(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.until = source["until"];
	        this.reason = source["reason"];
	        this.since = source["since"];
	    }
	}
	export class ClientChase {
	    clientId: number;
	    scenarioId?: string;
	    pause?: Pause;
	    lastContact?: string;
	    updatedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new ClientChase(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.clientId = source["clientId"];
	        this.scenarioId = source["scenarioId"];
	        this.pause = this.convertValues(source["pause"], Pause);
	        this.lastContact = source["lastContact"];
	        this.updatedAt = source["updatedAt"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ClientRow {
	    id: number;
	    code: string;
	    name: string;
	    type: string;
	    segment: string;
	    city: string;
	    email: string;
	    invoiceCount: number;
	    outstanding: number;
	    overdue: number;
	    oldestDue: string;
	
	    static createFrom(source: any = {}) {
	        return new ClientRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.code = source["code"];
	        this.name = source["name"];
	        this.type = source["type"];
	        this.segment = source["segment"];
	        this.city = source["city"];
	        this.email = source["email"];
	        this.invoiceCount = source["invoiceCount"];
	        this.outstanding = source["outstanding"];
	        this.overdue = source["overdue"];
	        this.oldestDue = source["oldestDue"];
	    }
	}
	export class ClientPage {
	    rows: ClientRow[];
	    total: number;
	
	    static createFrom(source: any = {}) {
	        return new ClientPage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.rows = this.convertValues(source["rows"], ClientRow);
	        this.total = source["total"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ClientQuery {
	    search: string;
	    segment: string;
	    type: string;
	    overdue: boolean;
	    sort: string;
	    desc: boolean;
	    offset: number;
	    limit: number;
	
	    static createFrom(source: any = {}) {
	        return new ClientQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.search = source["search"];
	        this.segment = source["segment"];
	        this.type = source["type"];
	        this.overdue = source["overdue"];
	        this.sort = source["sort"];
	        this.desc = source["desc"];
	        this.offset = source["offset"];
	        this.limit = source["limit"];
	    }
	}
	
	export class Signatory {
	    firstName?: string;
	    lastName?: string;
	    title?: string;
	    email?: string;
	    phone?: string;
	
	    static createFrom(source: any = {}) {
	        return new Signatory(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.firstName = source["firstName"];
	        this.lastName = source["lastName"];
	        this.title = source["title"];
	        this.email = source["email"];
	        this.phone = source["phone"];
	    }
	}
	export class Company {
	    legalName: string;
	    legalForm?: string;
	    siren?: string;
	    siret?: string;
	    vatNumber?: string;
	    rcsCity?: string;
	    shareCapital?: string;
	    address: Address;
	    email?: string;
	    phone?: string;
	    website?: string;
	    iban?: string;
	    bic?: string;
	    logo?: string;
	    logoType?: string;
	    signatory: Signatory;
	    paymentTermsDays: number;
	    latePaymentRateBP?: number;
	
	    static createFrom(source: any = {}) {
	        return new Company(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.legalName = source["legalName"];
	        this.legalForm = source["legalForm"];
	        this.siren = source["siren"];
	        this.siret = source["siret"];
	        this.vatNumber = source["vatNumber"];
	        this.rcsCity = source["rcsCity"];
	        this.shareCapital = source["shareCapital"];
	        this.address = this.convertValues(source["address"], Address);
	        this.email = source["email"];
	        this.phone = source["phone"];
	        this.website = source["website"];
	        this.iban = source["iban"];
	        this.bic = source["bic"];
	        this.logo = source["logo"];
	        this.logoType = source["logoType"];
	        this.signatory = this.convertValues(source["signatory"], Signatory);
	        this.paymentTermsDays = source["paymentTermsDays"];
	        this.latePaymentRateBP = source["latePaymentRateBP"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class CurrencyAmount {
	    currency: string;
	    amount: number;
	    count: number;
	
	    static createFrom(source: any = {}) {
	        return new CurrencyAmount(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.currency = source["currency"];
	        this.amount = source["amount"];
	        this.count = source["count"];
	    }
	}
	export class Dispute {
	    reason: string;
	    note?: string;
	    since: string;
	    resolved: boolean;
	    resolvedOn?: string;
	
	    static createFrom(source: any = {}) {
	        return new Dispute(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.reason = source["reason"];
	        this.note = source["note"];
	        this.since = source["since"];
	        this.resolved = source["resolved"];
	        this.resolvedOn = source["resolvedOn"];
	    }
	}
	export class Document {
	    id: number;
	    kind: string;
	    clientId: number;
	    invoiceIds: number[];
	    date: string;
	    createdAt: string;
	    file: string;
	    sha256: string;
	    size: number;
	    amount: number;
	    channel: string;
	    recipient?: string;
	    messageId?: string;
	    registeredNumber?: string;
	    sentOn?: string;
	    acknowledgedOn?: string;
	    deadlineDays?: number;
	    draft?: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Document(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.kind = source["kind"];
	        this.clientId = source["clientId"];
	        this.invoiceIds = source["invoiceIds"];
	        this.date = source["date"];
	        this.createdAt = source["createdAt"];
	        this.file = source["file"];
	        this.sha256 = source["sha256"];
	        this.size = source["size"];
	        this.amount = source["amount"];
	        this.channel = source["channel"];
	        this.recipient = source["recipient"];
	        this.messageId = source["messageId"];
	        this.registeredNumber = source["registeredNumber"];
	        this.sentOn = source["sentOn"];
	        this.acknowledgedOn = source["acknowledgedOn"];
	        this.deadlineDays = source["deadlineDays"];
	        this.draft = source["draft"];
	    }
	}
	export class Event {
	    id: number;
	    at: string;
	    kind: string;
	    clientId?: number;
	    entityId?: number;
	    summary: string;
	
	    static createFrom(source: any = {}) {
	        return new Event(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.at = source["at"];
	        this.kind = source["kind"];
	        this.clientId = source["clientId"];
	        this.entityId = source["entityId"];
	        this.summary = source["summary"];
	    }
	}
	export class FollowUp {
	    id: number;
	    clientId: number;
	    clientName: string;
	    invoiceIds: number[];
	    channel: string;
	    reason: string;
	    outboxId?: number;
	    createdOn: string;
	    doneOn?: string;
	    createdAt: string;
	
	    static createFrom(source: any = {}) {
	        return new FollowUp(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.clientId = source["clientId"];
	        this.clientName = source["clientName"];
	        this.invoiceIds = source["invoiceIds"];
	        this.channel = source["channel"];
	        this.reason = source["reason"];
	        this.outboxId = source["outboxId"];
	        this.createdOn = source["createdOn"];
	        this.doneOn = source["doneOn"];
	        this.createdAt = source["createdAt"];
	    }
	}
	export class Instalment {
	    dueDate: string;
	    amount: number;
	
	    static createFrom(source: any = {}) {
	        return new Instalment(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.dueDate = source["dueDate"];
	        this.amount = source["amount"];
	    }
	}
	export class Interaction {
	    id: number;
	    clientId: number;
	    invoiceIds: number[];
	    folder: string;
	    uid: number;
	    messageId: string;
	    inReplyTo?: string;
	    fromName: string;
	    fromEmail: string;
	    subject: string;
	    receivedAt: string;
	    excerpt: string;
	    attachments: string[];
	    class: string;
	    phrase: string;
	    reason: string;
	    promiseDate?: string;
	    returnDate?: string;
	    disputeReason?: string;
	    bounceAddress?: string;
	    corrected: boolean;
	    alternative?: string;
	    alternativeReason?: string;
	    alternativeDate?: string;
	    linkedBy: string;
	    linkReason: string;
	    status: string;
	    decision?: string;
	    handledAt: string;
	    problems?: string[];
	
	    static createFrom(source: any = {}) {
	        return new Interaction(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.clientId = source["clientId"];
	        this.invoiceIds = source["invoiceIds"];
	        this.folder = source["folder"];
	        this.uid = source["uid"];
	        this.messageId = source["messageId"];
	        this.inReplyTo = source["inReplyTo"];
	        this.fromName = source["fromName"];
	        this.fromEmail = source["fromEmail"];
	        this.subject = source["subject"];
	        this.receivedAt = source["receivedAt"];
	        this.excerpt = source["excerpt"];
	        this.attachments = source["attachments"];
	        this.class = source["class"];
	        this.phrase = source["phrase"];
	        this.reason = source["reason"];
	        this.promiseDate = source["promiseDate"];
	        this.returnDate = source["returnDate"];
	        this.disputeReason = source["disputeReason"];
	        this.bounceAddress = source["bounceAddress"];
	        this.corrected = source["corrected"];
	        this.alternative = source["alternative"];
	        this.alternativeReason = source["alternativeReason"];
	        this.alternativeDate = source["alternativeDate"];
	        this.linkedBy = source["linkedBy"];
	        this.linkReason = source["linkReason"];
	        this.status = source["status"];
	        this.decision = source["decision"];
	        this.handledAt = source["handledAt"];
	        this.problems = source["problems"];
	    }
	}
	export class Invoice {
	    id: number;
	    number: string;
	    clientId: number;
	    issueDate: string;
	    dueDate: string;
	    amountExclTax: number;
	    vatAmount: number;
	    amountInclTax: number;
	    currency: string;
	    amountPaid: number;
	    itemised?: number;
	    paymentMethod?: string;
	    orderReference?: string;
	    attachmentPath?: string;
	    status: string;
	    notes?: string;
	    createdAt: string;
	    updatedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new Invoice(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.number = source["number"];
	        this.clientId = source["clientId"];
	        this.issueDate = source["issueDate"];
	        this.dueDate = source["dueDate"];
	        this.amountExclTax = source["amountExclTax"];
	        this.vatAmount = source["vatAmount"];
	        this.amountInclTax = source["amountInclTax"];
	        this.currency = source["currency"];
	        this.amountPaid = source["amountPaid"];
	        this.itemised = source["itemised"];
	        this.paymentMethod = source["paymentMethod"];
	        this.orderReference = source["orderReference"];
	        this.attachmentPath = source["attachmentPath"];
	        this.status = source["status"];
	        this.notes = source["notes"];
	        this.createdAt = source["createdAt"];
	        this.updatedAt = source["updatedAt"];
	    }
	}
	export class StepRecord {
	    stepId: string;
	    date: string;
	    actionId?: string;
	    status: string;
	    channel?: string;
	    instalment?: number;
	    outcome?: string;
	
	    static createFrom(source: any = {}) {
	        return new StepRecord(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.stepId = source["stepId"];
	        this.date = source["date"];
	        this.actionId = source["actionId"];
	        this.status = source["status"];
	        this.channel = source["channel"];
	        this.instalment = source["instalment"];
	        this.outcome = source["outcome"];
	    }
	}
	export class LimitationInterruption {
	    on: string;
	    reason: string;
	    note?: string;
	
	    static createFrom(source: any = {}) {
	        return new LimitationInterruption(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.on = source["on"];
	        this.reason = source["reason"];
	        this.note = source["note"];
	    }
	}
	export class PaymentPlan {
	    instalments: Instalment[];
	    agreedOn?: string;
	
	    static createFrom(source: any = {}) {
	        return new PaymentPlan(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.instalments = this.convertValues(source["instalments"], Instalment);
	        this.agreedOn = source["agreedOn"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Promise {
	    until: string;
	    since: string;
	    note?: string;
	    kept: boolean;
	    broken: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Promise(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.until = source["until"];
	        this.since = source["since"];
	        this.note = source["note"];
	        this.kept = source["kept"];
	        this.broken = source["broken"];
	    }
	}
	export class InvoiceChase {
	    invoiceId: number;
	    scenarioId?: string;
	    dispute?: Dispute;
	    promise?: Promise;
	    debitFailed: boolean;
	    plan?: PaymentPlan;
	    postponedTo?: string;
	    interruption?: LimitationInterruption;
	    stepsDone?: StepRecord[];
	    updatedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new InvoiceChase(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.invoiceId = source["invoiceId"];
	        this.scenarioId = source["scenarioId"];
	        this.dispute = this.convertValues(source["dispute"], Dispute);
	        this.promise = this.convertValues(source["promise"], Promise);
	        this.debitFailed = source["debitFailed"];
	        this.plan = this.convertValues(source["plan"], PaymentPlan);
	        this.postponedTo = source["postponedTo"];
	        this.interruption = this.convertValues(source["interruption"], LimitationInterruption);
	        this.stepsDone = this.convertValues(source["stepsDone"], StepRecord);
	        this.updatedAt = source["updatedAt"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class InvoiceRow {
	    id: number;
	    number: string;
	    clientId: number;
	    clientCode: string;
	    clientName: string;
	    issueDate: string;
	    dueDate: string;
	    amountInclTax: number;
	    amountPaid: number;
	    remaining: number;
	    status: string;
	    daysOverdue: number;
	
	    static createFrom(source: any = {}) {
	        return new InvoiceRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.number = source["number"];
	        this.clientId = source["clientId"];
	        this.clientCode = source["clientCode"];
	        this.clientName = source["clientName"];
	        this.issueDate = source["issueDate"];
	        this.dueDate = source["dueDate"];
	        this.amountInclTax = source["amountInclTax"];
	        this.amountPaid = source["amountPaid"];
	        this.remaining = source["remaining"];
	        this.status = source["status"];
	        this.daysOverdue = source["daysOverdue"];
	    }
	}
	export class InvoicePage {
	    rows: InvoiceRow[];
	    total: number;
	    totalRemaining: number;
	
	    static createFrom(source: any = {}) {
	        return new InvoicePage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.rows = this.convertValues(source["rows"], InvoiceRow);
	        this.total = source["total"];
	        this.totalRemaining = source["totalRemaining"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class InvoiceQuery {
	    search: string;
	    status: string;
	    clientId: number;
	    overdue: boolean;
	    aging: string;
	    sort: string;
	    desc: boolean;
	    offset: number;
	    limit: number;
	
	    static createFrom(source: any = {}) {
	        return new InvoiceQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.search = source["search"];
	        this.status = source["status"];
	        this.clientId = source["clientId"];
	        this.overdue = source["overdue"];
	        this.aging = source["aging"];
	        this.sort = source["sort"];
	        this.desc = source["desc"];
	        this.offset = source["offset"];
	        this.limit = source["limit"];
	    }
	}
	
	
	export class OutboxAttachment {
	    name: string;
	    contentType: string;
	    file: string;
	    documentId?: number;
	
	    static createFrom(source: any = {}) {
	        return new OutboxAttachment(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.contentType = source["contentType"];
	        this.file = source["file"];
	        this.documentId = source["documentId"];
	    }
	}
	export class OutboxMessage {
	    id: number;
	    channel?: string;
	    actionId: string;
	    clientId: number;
	    clientName: string;
	    invoiceIds: number[];
	    invoiceNumbers: string[];
	    stepName: string;
	    template: string;
	    messageId: string;
	    inReplyTo?: string;
	    date: string;
	    toName: string;
	    to: string[];
	    subject: string;
	    text: string;
	    html: string;
	    attachments: OutboxAttachment[];
	    state: string;
	    attempts: number;
	    nextAttempt: string;
	    errorKind?: string;
	    lastError?: string;
	    queuedAt: string;
	    sentAt: string;
	    sentFolder?: string;
	    providerId?: string;
	    delivery?: string;
	    deliveryNote?: string;
	    segments?: number;
	    cost?: number;
	
	    static createFrom(source: any = {}) {
	        return new OutboxMessage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.channel = source["channel"];
	        this.actionId = source["actionId"];
	        this.clientId = source["clientId"];
	        this.clientName = source["clientName"];
	        this.invoiceIds = source["invoiceIds"];
	        this.invoiceNumbers = source["invoiceNumbers"];
	        this.stepName = source["stepName"];
	        this.template = source["template"];
	        this.messageId = source["messageId"];
	        this.inReplyTo = source["inReplyTo"];
	        this.date = source["date"];
	        this.toName = source["toName"];
	        this.to = source["to"];
	        this.subject = source["subject"];
	        this.text = source["text"];
	        this.html = source["html"];
	        this.attachments = this.convertValues(source["attachments"], OutboxAttachment);
	        this.state = source["state"];
	        this.attempts = source["attempts"];
	        this.nextAttempt = source["nextAttempt"];
	        this.errorKind = source["errorKind"];
	        this.lastError = source["lastError"];
	        this.queuedAt = source["queuedAt"];
	        this.sentAt = source["sentAt"];
	        this.sentFolder = source["sentFolder"];
	        this.providerId = source["providerId"];
	        this.delivery = source["delivery"];
	        this.deliveryNote = source["deliveryNote"];
	        this.segments = source["segments"];
	        this.cost = source["cost"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Overview {
	    clients: number;
	    invoices: number;
	    unpaid: number;
	    overdueCount: number;
	    outstanding: number;
	    overdue: number;
	
	    static createFrom(source: any = {}) {
	        return new Overview(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.clients = source["clients"];
	        this.invoices = source["invoices"];
	        this.unpaid = source["unpaid"];
	        this.overdueCount = source["overdueCount"];
	        this.outstanding = source["outstanding"];
	        this.overdue = source["overdue"];
	    }
	}
	
	
	
	export class Step {
	    id: string;
	    name: string;
	    anchor: string;
	    days: number;
	    channel: string;
	    template: string;
	    review: boolean;
	    minAmount: number;
	    attach?: string[];
	    tone?: string;
	
	    static createFrom(source: any = {}) {
	        return new Step(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.anchor = source["anchor"];
	        this.days = source["days"];
	        this.channel = source["channel"];
	        this.template = source["template"];
	        this.review = source["review"];
	        this.minAmount = source["minAmount"];
	        this.attach = source["attach"];
	        this.tone = source["tone"];
	    }
	}
	export class Scenario {
	    id: string;
	    name: string;
	    description?: string;
	    steps: Step[];
	    repeatLastEmailEveryDays: number;
	    doNotChase: boolean;
	    thankYou: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Scenario(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.description = source["description"];
	        this.steps = this.convertValues(source["steps"], Step);
	        this.repeatLastEmailEveryDays = source["repeatLastEmailEveryDays"];
	        this.doNotChase = source["doNotChase"];
	        this.thankYou = source["thankYou"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	

}

export namespace bank {
	
	export class CSVMapping {
	    preset?: string;
	    date: number;
	    valueDate: number;
	    label: number;
	    detail: number;
	    amount: number;
	    credit: number;
	    debit: number;
	    currency: number;
	    reference: number;
	    payer: number;
	    id: number;
	    dateLayout?: string;
	    skipRows?: number;
	
	    static createFrom(source: any = {}) {
	        return new CSVMapping(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.preset = source["preset"];
	        this.date = source["date"];
	        this.valueDate = source["valueDate"];
	        this.label = source["label"];
	        this.detail = source["detail"];
	        this.amount = source["amount"];
	        this.credit = source["credit"];
	        this.debit = source["debit"];
	        this.currency = source["currency"];
	        this.reference = source["reference"];
	        this.payer = source["payer"];
	        this.id = source["id"];
	        this.dateLayout = source["dateLayout"];
	        this.skipRows = source["skipRows"];
	    }
	}
	export class CSVPreview {
	    headers: string[];
	    rows: string[][];
	    mapping: CSVMapping;
	    recognised: boolean;
	    encoding: string;
	    separator: string;
	
	    static createFrom(source: any = {}) {
	        return new CSVPreview(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.headers = source["headers"];
	        this.rows = source["rows"];
	        this.mapping = this.convertValues(source["mapping"], CSVMapping);
	        this.recognised = source["recognised"];
	        this.encoding = source["encoding"];
	        this.separator = source["separator"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Preset {
	    id: string;
	    name: string;
	    headers: string[];
	    mapping: CSVMapping;
	
	    static createFrom(source: any = {}) {
	        return new Preset(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.headers = source["headers"];
	        this.mapping = this.convertValues(source["mapping"], CSVMapping);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}

}

export namespace discover {
	
	export class Result {
	    found: boolean;
	    source: string;
	    sourceText: string;
	    provider: string;
	    providerName: string;
	    oauth: string;
	    settings: mail.Settings;
	    appPassword: boolean;
	    appPasswordHelp: string;
	    note: string;
	
	    static createFrom(source: any = {}) {
	        return new Result(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.found = source["found"];
	        this.source = source["source"];
	        this.sourceText = source["sourceText"];
	        this.provider = source["provider"];
	        this.providerName = source["providerName"];
	        this.oauth = source["oauth"];
	        this.settings = this.convertValues(source["settings"], mail.Settings);
	        this.appPassword = source["appPassword"];
	        this.appPasswordHelp = source["appPasswordHelp"];
	        this.note = source["note"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}

}

export namespace dunning {
	
	export class Line {
	    invoiceId: number;
	    number: string;
	    instalment?: number;
	    instalments?: number;
	    dueDate: string;
	    amount: number;
	    daysOverdue: number;
	    scenarioId: string;
	    stepId: string;
	    stepName: string;
	    plannedFor: string;
	    caughtUp: boolean;
	    repeat?: boolean;
	    reason: string;
	
	    static createFrom(source: any = {}) {
	        return new Line(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.invoiceId = source["invoiceId"];
	        this.number = source["number"];
	        this.instalment = source["instalment"];
	        this.instalments = source["instalments"];
	        this.dueDate = source["dueDate"];
	        this.amount = source["amount"];
	        this.daysOverdue = source["daysOverdue"];
	        this.scenarioId = source["scenarioId"];
	        this.stepId = source["stepId"];
	        this.stepName = source["stepName"];
	        this.plannedFor = source["plannedFor"];
	        this.caughtUp = source["caughtUp"];
	        this.repeat = source["repeat"];
	        this.reason = source["reason"];
	    }
	}
	export class Action {
	    id: string;
	    date: string;
	    plannedFor: string;
	    clientId: number;
	    clientCode: string;
	    clientName: string;
	    invoiceIds: number[];
	    invoiceNumbers: string[];
	    scenarioId: string;
	    stepId: string;
	    stepName: string;
	    channel: string;
	    template: string;
	    tone?: string;
	    attach?: string[];
	    status: string;
	    reason: string;
	    total: number;
	    caughtUp: boolean;
	    repeat?: boolean;
	    lines: Line[];
	
	    static createFrom(source: any = {}) {
	        return new Action(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.date = source["date"];
	        this.plannedFor = source["plannedFor"];
	        this.clientId = source["clientId"];
	        this.clientCode = source["clientCode"];
	        this.clientName = source["clientName"];
	        this.invoiceIds = source["invoiceIds"];
	        this.invoiceNumbers = source["invoiceNumbers"];
	        this.scenarioId = source["scenarioId"];
	        this.stepId = source["stepId"];
	        this.stepName = source["stepName"];
	        this.channel = source["channel"];
	        this.template = source["template"];
	        this.tone = source["tone"];
	        this.attach = source["attach"];
	        this.status = source["status"];
	        this.reason = source["reason"];
	        this.total = source["total"];
	        this.caughtUp = source["caughtUp"];
	        this.repeat = source["repeat"];
	        this.lines = this.convertValues(source["lines"], Line);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class Notice {
	    kind: string;
	    date: string;
	    clientId: number;
	    clientCode: string;
	    invoiceId?: number;
	    invoiceNumber?: string;
	    message: string;
	
	    static createFrom(source: any = {}) {
	        return new Notice(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.date = source["date"];
	        this.clientId = source["clientId"];
	        this.clientCode = source["clientCode"];
	        this.invoiceId = source["invoiceId"];
	        this.invoiceNumber = source["invoiceNumber"];
	        this.message = source["message"];
	    }
	}

}

export namespace importer {
	
	export class Field {
	    key: string;
	    label: string;
	    required: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Field(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.label = source["label"];
	        this.required = source["required"];
	    }
	}

}

export namespace latefee {
	
	export class RateRow {
	    halfYear: string;
	    ecbPct: string;
	    legalParticulierPct: string;
	    legalAutresPct: string;
	
	    static createFrom(source: any = {}) {
	        return new RateRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.halfYear = source["halfYear"];
	        this.ecbPct = source["ecbPct"];
	        this.legalParticulierPct = source["legalParticulierPct"];
	        this.legalAutresPct = source["legalAutresPct"];
	    }
	}

}

export namespace mail {
	
	export class Preset {
	    id: string;
	    name: string;
	    smtpHost: string;
	    smtpPort: number;
	    smtpSecurity: string;
	    imapHost: string;
	    imapPort: number;
	    imapSecurity: string;
	    note: string;
	    savesSent: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Preset(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.smtpHost = source["smtpHost"];
	        this.smtpPort = source["smtpPort"];
	        this.smtpSecurity = source["smtpSecurity"];
	        this.imapHost = source["imapHost"];
	        this.imapPort = source["imapPort"];
	        this.imapSecurity = source["imapSecurity"];
	        this.note = source["note"];
	        this.savesSent = source["savesSent"];
	    }
	}
	export class Settings {
	    fromName: string;
	    fromAddress: string;
	    replyTo?: string;
	    smtpHost: string;
	    smtpPort: number;
	    smtpSecurity: string;
	    smtpAuth: string;
	    smtpUser: string;
	    imapHost: string;
	    imapPort: number;
	    imapSecurity: string;
	    imapUser?: string;
	    sentFolder?: string;
	    ratePerMinute: number;
	    dailyCap: number;
	    preset?: string;
	
	    static createFrom(source: any = {}) {
	        return new Settings(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.fromName = source["fromName"];
	        this.fromAddress = source["fromAddress"];
	        this.replyTo = source["replyTo"];
	        this.smtpHost = source["smtpHost"];
	        this.smtpPort = source["smtpPort"];
	        this.smtpSecurity = source["smtpSecurity"];
	        this.smtpAuth = source["smtpAuth"];
	        this.smtpUser = source["smtpUser"];
	        this.imapHost = source["imapHost"];
	        this.imapPort = source["imapPort"];
	        this.imapSecurity = source["imapSecurity"];
	        this.imapUser = source["imapUser"];
	        this.sentFolder = source["sentFolder"];
	        this.ratePerMinute = source["ratePerMinute"];
	        this.dailyCap = source["dailyCap"];
	        this.preset = source["preset"];
	    }
	}
	export class TestResult {
	    ok: boolean;
	    stage: string;
	    message: string;
	    sentFolder?: string;
	    steps: string[];
	
	    static createFrom(source: any = {}) {
	        return new TestResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ok = source["ok"];
	        this.stage = source["stage"];
	        this.message = source["message"];
	        this.sentFolder = source["sentFolder"];
	        this.steps = source["steps"];
	    }
	}

}

export namespace oauth {
	
	export class Config {
	    provider: string;
	    clientId?: string;
	    authUrl?: string;
	    tokenUrl?: string;
	    scopes?: string;
	    account?: string;
	
	    static createFrom(source: any = {}) {
	        return new Config(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.provider = source["provider"];
	        this.clientId = source["clientId"];
	        this.authUrl = source["authUrl"];
	        this.tokenUrl = source["tokenUrl"];
	        this.scopes = source["scopes"];
	        this.account = source["account"];
	    }
	}

}

export namespace report {
	
	export class AgedRow {
	    clientId: number;
	    clientCode: string;
	    clientName: string;
	    buckets: number[];
	    total: number;
	
	    static createFrom(source: any = {}) {
	        return new AgedRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.clientId = source["clientId"];
	        this.clientCode = source["clientCode"];
	        this.clientName = source["clientName"];
	        this.buckets = source["buckets"];
	        this.total = source["total"];
	    }
	}
	export class MonthFigure {
	    month: string;
	    value: number;
	    count?: number;
	
	    static createFrom(source: any = {}) {
	        return new MonthFigure(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.month = source["month"];
	        this.value = source["value"];
	        this.count = source["count"];
	    }
	}
	export class Behaviour {
	    clientId: number;
	    paidInvoices: number;
	    averageDaysLate: number;
	    shareLate: number;
	    trend: MonthFigure[];
	    score: number;
	    explanation: string[];
	    suggestedSegment: string;
	
	    static createFrom(source: any = {}) {
	        return new Behaviour(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.clientId = source["clientId"];
	        this.paidInvoices = source["paidInvoices"];
	        this.averageDaysLate = source["averageDaysLate"];
	        this.shareLate = source["shareLate"];
	        this.trend = this.convertValues(source["trend"], MonthFigure);
	        this.score = source["score"];
	        this.explanation = source["explanation"];
	        this.suggestedSegment = source["suggestedSegment"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Bucket {
	    key: string;
	    label: string;
	    amount: number;
	    count: number;
	
	    static createFrom(source: any = {}) {
	        return new Bucket(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.label = source["label"];
	        this.amount = source["amount"];
	        this.count = source["count"];
	    }
	}
	export class ChannelStat {
	    key: string;
	    sent: number;
	    paidWithin7: number;
	    share: number;
	
	    static createFrom(source: any = {}) {
	        return new ChannelStat(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.sent = source["sent"];
	        this.paidWithin7 = source["paidWithin7"];
	        this.share = source["share"];
	    }
	}
	export class Debtor {
	    clientId: number;
	    code: string;
	    name: string;
	    overdue: number;
	    outstanding: number;
	    oldestDaysLate: number;
	
	    static createFrom(source: any = {}) {
	        return new Debtor(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.clientId = source["clientId"];
	        this.code = source["code"];
	        this.name = source["name"];
	        this.overdue = source["overdue"];
	        this.outstanding = source["outstanding"];
	        this.oldestDaysLate = source["oldestDaysLate"];
	    }
	}
	export class Dashboard {
	    outstanding: number;
	    overdue: number;
	    aging: Bucket[];
	    dso: number;
	    dsoTrend: MonthFigure[];
	    collected: MonthFigure[];
	    collectedThisMonth: number;
	    topDebtors: Debtor[];
	    openInvoices: number;
	    overdueInvoices: number;
	
	    static createFrom(source: any = {}) {
	        return new Dashboard(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.outstanding = source["outstanding"];
	        this.overdue = source["overdue"];
	        this.aging = this.convertValues(source["aging"], Bucket);
	        this.dso = source["dso"];
	        this.dsoTrend = this.convertValues(source["dsoTrend"], MonthFigure);
	        this.collected = this.convertValues(source["collected"], MonthFigure);
	        this.collectedThisMonth = source["collectedThisMonth"];
	        this.topDebtors = this.convertValues(source["topDebtors"], Debtor);
	        this.openInvoices = source["openInvoices"];
	        this.overdueInvoices = source["overdueInvoices"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	

}

export namespace sms {
	
	export class Count {
	    encoding: string;
	    chars: number;
	    units: number;
	    segments: number;
	    perSegment: number;
	    remaining: number;
	    unicode: string[];
	
	    static createFrom(source: any = {}) {
	        return new Count(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.encoding = source["encoding"];
	        this.chars = source["chars"];
	        this.units = source["units"];
	        this.segments = source["segments"];
	        this.perSegment = source["perSegment"];
	        this.remaining = source["remaining"];
	        this.unicode = source["unicode"];
	    }
	}
	export class Settings {
	    provider: string;
	    sender: string;
	    ovhService?: string;
	    pricePerSegment: number;
	    windowStart: number;
	    windowEnd: number;
	
	    static createFrom(source: any = {}) {
	        return new Settings(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.provider = source["provider"];
	        this.sender = source["sender"];
	        this.ovhService = source["ovhService"];
	        this.pricePerSegment = source["pricePerSegment"];
	        this.windowStart = source["windowStart"];
	        this.windowEnd = source["windowEnd"];
	    }
	}

}

export namespace store {
	
	export class BackupInfo {
	    name: string;
	    path: string;
	    size: number;
	    createdAt: string;
	    automatic: boolean;
	
	    static createFrom(source: any = {}) {
	        return new BackupInfo(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.path = source["path"];
	        this.size = source["size"];
	        this.createdAt = source["createdAt"];
	        this.automatic = source["automatic"];
	    }
	}

}

export namespace template {
	
	export class Issue {
	    line: number;
	    column: number;
	    offset: number;
	    name: string;
	    message: string;
	
	    static createFrom(source: any = {}) {
	        return new Issue(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.line = source["line"];
	        this.column = source["column"];
	        this.offset = source["offset"];
	        this.name = source["name"];
	        this.message = source["message"];
	    }
	}
	export class Rendered {
	    subject: string;
	    text: string;
	    html: string;
	    missing: string[];
	
	    static createFrom(source: any = {}) {
	        return new Rendered(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.subject = source["subject"];
	        this.text = source["text"];
	        this.html = source["html"];
	        this.missing = source["missing"];
	    }
	}
	export class Template {
	    key: string;
	    lang: string;
	    name: string;
	    subject: string;
	    body: string;
	
	    static createFrom(source: any = {}) {
	        return new Template(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.lang = source["lang"];
	        this.name = source["name"];
	        this.subject = source["subject"];
	        this.body = source["body"];
	    }
	}
	export class VarInfo {
	    name: string;
	    group: string;
	    labelFr: string;
	    labelEn: string;
	    example: string;
	
	    static createFrom(source: any = {}) {
	        return new VarInfo(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.group = source["group"];
	        this.labelFr = source["labelFr"];
	        this.labelEn = source["labelEn"];
	        this.example = source["example"];
	    }
	}

}

