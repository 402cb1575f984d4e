/**
 * A person holding a position over a span of time. `endsOn` is exclusive and null while open.
 * `acting` marks 代理/兼任: holding it on behalf of someone, with the same authority.
 */
export type Assignment = {
  id: string;
  siteId: string;
  staffId: string;
  positionId: string;
  startsOn: Date;
  endsOn: Date | null;
  acting: boolean;
};

export type Staff = {
  id: string;
  siteId: string;
  name: string;
  employeeNo: string;
  phone: string | null;
  active: boolean;
};
