import { describe, expect, it } from 'vitest';
import {
  hashOfferToken,
  isOfferTokenShape,
  newOfferToken,
  offerCsrf,
  offerCsrfMatches,
  openToken,
  sealToken,
} from '../src/offers/tokens.js';

describe('offer tokens', () => {
  it('are 256 random bits in base64url, stored as their SHA-256 hex, never repeated', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 1000; i++) {
      const { token, tokenHash } = newOfferToken();
      expect(isOfferTokenShape(token)).toBe(true);
      expect(Buffer.from(token, 'base64url')).toHaveLength(32);
      expect(tokenHash).toMatch(/^[0-9a-f]{64}$/);
      expect(tokenHash).toBe(hashOfferToken(token));
      expect(tokenHash).not.toContain(token);
      seen.add(token);
    }
    expect(seen.size).toBe(1000);
  });

  it('bind the CSRF value to the secret and the token hash', () => {
    const { tokenHash } = newOfferToken();
    const csrf = offerCsrf('secret-a', tokenHash);
    expect(offerCsrfMatches('secret-a', tokenHash, csrf)).toBe(true);
    expect(offerCsrfMatches('secret-b', tokenHash, csrf)).toBe(false);
    expect(offerCsrfMatches('secret-a', newOfferToken().tokenHash, csrf)).toBe(false);
    expect(offerCsrfMatches('secret-a', tokenHash, undefined)).toBe(false);
  });

  it('seal a link so that only the secret opens it', () => {
    const link = `https://tilbud.example.dk/o/${newOfferToken().token}`;
    const sealed = sealToken('secret-a', link);
    expect(sealed).not.toContain(link.slice(-43));
    expect(openToken('secret-a', sealed)).toBe(link);
    expect(() => openToken('secret-b', sealed)).toThrow();
  });
});
