type RequesterLike = { name: string; shopName: string | null; shopUnit: string | null; phone?: string | null };

/** How a requester is read out on the phone: the shop and its unit first, then the person. */
export const requesterLabel = (r: RequesterLike): string => {
  const shop = [r.shopName, r.shopUnit].filter(Boolean).join(' ');
  return shop ? `${shop} · ${r.name}` : r.name;
};
