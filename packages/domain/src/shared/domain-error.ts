/**
 * Base of every error the domain throws. `code` is stable and machine-readable (clients switch
 * on it); `facts` carries what a localized message needs. Nothing here knows about HTTP.
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;
  readonly facts: Readonly<Record<string, unknown>>;

  constructor(message: string, facts: Record<string, unknown> = {}) {
    super(message);
    this.name = new.target.name;
    this.facts = facts;
  }
}
