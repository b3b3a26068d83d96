/**
 * The address bar holds the scenario: `#scenario=<base64url of the scenario JSON v2>`. We write only
 * the fields that differ from the defaults (still a valid v2 scenario: missing keys take defaults).
 * Links from format 1 still open: `parseScenario` migrates them.
 */
import type { Scenario } from '../domain';

const PREFIX = 'scenario=';

function base64UrlFromText(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function textFromBase64Url(encoded: string): string {
  const base64 = encoded.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (ch) => ch.charCodeAt(0)));
}

/** The scenario's fields that differ from `defaults`, with `version`. */
export function scenarioDelta(s: Scenario, defaults: Scenario): Record<string, unknown> {
  const delta: Record<string, unknown> = { version: 2 };
  for (const [key, value] of Object.entries(s)) {
    if (key === 'version') continue;
    const base = (defaults as unknown as Record<string, unknown>)[key];
    if (JSON.stringify(value) !== JSON.stringify(base)) delta[key] = value;
  }
  if (s.localRetentionHours === s.retentionHours) delete delta['localRetentionHours'];
  // Egress derived from consumer groups is not input: the link carries the groups.
  if (s.consumerGroups !== null) {
    delete delta['avgEgressMiBps'];
    delete delta['peakEgressMiBps'];
  }
  return delta;
}

export function hashFromScenarioInput(input: unknown): string {
  return `#${PREFIX}${base64UrlFromText(JSON.stringify(input))}`;
}

export type HashRead =
  { readonly kind: 'none' } | { readonly kind: 'ok'; readonly input: unknown } | { readonly kind: 'error'; readonly message: string };

/** Reads `#scenario=…`; anything malformed comes back as a message, never a throw. */
export function readScenarioHash(hash: string): HashRead {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const param = body.split('&').find((part) => part.startsWith(PREFIX));
  if (param === undefined) return { kind: 'none' };
  const encoded = param.slice(PREFIX.length);
  if (!/^[A-Za-z0-9_-]*$/.test(encoded) || encoded.length === 0)
    return { kind: 'error', message: "the link's scenario is not base64url text" };
  if (encoded.length > 20_000) return { kind: 'error', message: "the link's scenario is too long" };
  let text: string;
  try {
    text = textFromBase64Url(encoded);
  } catch {
    return { kind: 'error', message: "the link's scenario is not valid base64url UTF-8" };
  }
  try {
    return { kind: 'ok', input: JSON.parse(text) as unknown };
  } catch {
    return { kind: 'error', message: "the link's scenario is not valid JSON" };
  }
}
