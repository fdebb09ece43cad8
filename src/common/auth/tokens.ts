import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: for sign-in links, sessions and calendar feeds. */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored instead of a token. The purpose is part of the hash, binding the token to it. */
export function hashToken(purpose: string, token: string): string {
  return createHash('sha256').update(`${purpose}:${token}`).digest('hex');
}
