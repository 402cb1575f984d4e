import type { RequesterKind } from '../shared/principal.js';

/** A merchant (shop tenant), owner or customer who raises tickets. */
export type Requester = {
  id: string;
  siteId: string;
  kind: RequesterKind;
  name: string;
  shopName: string | null;
  shopUnit: string | null;
  phone: string | null;
};
