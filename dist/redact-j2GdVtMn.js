const require_rolldown_runtime = require("./rolldown-runtime-Ct0TAKH9.js");
// src/core/redact.ts
function maskedValues(text) {
	return [...text.matchAll(/^::add-mask::(.+)$/gm)].map((m) => m[1].trim()).filter((v) => v.length >= 4);
}
function encodingsOf(secret) {
	const bytes = new TextEncoder().encode(secret);
	const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
	const base64 = btoa(String.fromCharCode(...bytes));
	const unpadded = base64.replace(/=+$/, "");
	return [
		secret,
		hex,
		hex.toUpperCase(),
		base64,
		unpadded,
		unpadded.replace(/\+/g, "-").replace(/\//g, "_")
	];
}
function redactSecrets(text, secrets = []) {
	let out = text;
	const literal = [...new Set([...secrets, ...maskedValues(text)])].filter((s) => s.length >= 4).flatMap(encodingsOf).filter((s) => s.length >= 4).sort((a, b) => b.length - a.length);
	for (const s of new Set(literal)) out = out.split(s).join("***");
	for (const [re, to] of PATTERNS) out = out.replace(re, to);
	return out;
}
function redactDeep(value, secrets = []) {
	const walk = (v) => {
		if (typeof v === "string") return redactSecrets(v, secrets);
		if (Array.isArray(v)) return v.map(walk);
		if (v instanceof Uint8Array || v === null || typeof v !== "object") return v;
		return Object.fromEntries(Object.entries(v).map(([k, x]) => [redactSecrets(k, secrets), walk(x)]));
	};
	return walk(value);
}
function redactBytes(bytes, secrets = []) {
	let text;
	try {
		text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
	} catch {
		return bytes;
	}
	const out = redactSecrets(text, secrets);
	return out === text ? bytes : new TextEncoder().encode(out);
}
var PATTERNS;
function init_redact() {
	return (init_redact = require_rolldown_runtime.__esmMin((() => {
		PATTERNS = [
			[/\bgh[pousr]_[A-Za-z0-9]{36,255}\b/g, "***"],
			[/\bgithub_pat_[A-Za-z0-9_]{22,255}\b/g, "***"],
			[/\bnpm_[A-Za-z0-9]{36}\b/g, "***"],
			[/\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g, "***"],
			[/\b(aws_secret_access_key|AWS_SECRET_ACCESS_KEY)(\s*[=:]\s*)["']?[A-Za-z0-9/+=]{40}["']?/g, `$1$2***`],
			[/\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g, "***"],
			[/\b(Bearer|token)(\s+)[A-Za-z0-9\-._~+/]{16,}=*/g, `$1$2***`],
			[/\b(Authorization:\s*Basic\s+)[A-Za-z0-9+/=]{8,}/gi, `$1***`],
			[/-----BEGIN ((?:[A-Z]+ )*)PRIVATE KEY-----[\s\S]*?(?:-----END \1PRIVATE KEY-----|$)/g, `-----BEGIN $1PRIVATE KEY-----***`],
			[/(\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:)[^\s@/]{3,}@/gi, `$1***@`]
		];
	})))();
}
Object.defineProperty(exports, "init_redact", {
	enumerable: true,
	get: function() {
		return init_redact;
	}
});
Object.defineProperty(exports, "redactBytes", {
	enumerable: true,
	get: function() {
		return redactBytes;
	}
});
Object.defineProperty(exports, "redactDeep", {
	enumerable: true,
	get: function() {
		return redactDeep;
	}
});
Object.defineProperty(exports, "redactSecrets", {
	enumerable: true,
	get: function() {
		return redactSecrets;
	}
});
